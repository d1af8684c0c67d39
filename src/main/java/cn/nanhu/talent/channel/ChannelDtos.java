package cn.nanhu.talent.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of channels, their ledger and their feed. */
public final class ChannelDtos {

    private ChannelDtos() {
    }

    /** Which jobs a channel wants; every part optional, an empty filter matches every job. */
    public record FilterBody(
            @Size(max = 50, message = "最多 50 个地区 / at most 50 districts") List<String> districts,
            @Size(max = 50, message = "最多 50 个职业 / at most 50 occupations") List<String> occupations,
            String education,
            @Size(max = 3, message = "最多 3 种工作性质 / at most 3 job types") List<String> jobTypes) {
    }

    /** A channel as an admin writes it; {@code version} is required when editing. */
    public record ChannelRequest(
            @NotBlank(message = "名称不能为空 / name is required") @Size(max = 100, message = "名称最多 100 字 / name is at most 100 characters") String name,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,31}", message = "代码为 2-32 位小写字母、数字或连字符 / code is 2-32 lower-case letters, digits or hyphens") String code,
            @NotBlank(message = "类型不能为空 / kind is required")
            @Pattern(regexp = "REGION|COLLEGE|LABOR_SOURCE", message = "类型取值为 REGION、COLLEGE、LABOR_SOURCE / kind must be REGION, COLLEGE or LABOR_SOURCE") String kind,
            String regionCode,
            String collegeCode,
            @Pattern(regexp = "FEED|WEBHOOK|BOTH", message = "推送方式取值为 FEED、WEBHOOK、BOTH / deliveryMode must be FEED, WEBHOOK or BOTH") String deliveryMode,
            @Size(max = 500, message = "网址最多 500 字符 / webhookUrl is at most 500 characters") String webhookUrl,
            @Valid FilterBody filter,
            @Min(value = 1, message = "rateLimit 至少为 1 / rateLimit must be at least 1")
            @Max(value = 10000, message = "rateLimit 最多为 10000 / rateLimit is at most 10000") Integer rateLimit,
            Long version) {
    }

    /** A new channel with its secrets, shown this once. */
    public record Created(String id, String code, String apiKey, String webhookSecret) {
    }

    public record ChannelView(String id, String code, String name, String kind, String regionCode, String regionName,
            String collegeCode, String collegeName, String deliveryMode, String webhookUrl, FilterBody filter,
            Integer rateLimit, boolean enabled, String apiKeyHint, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            long version) {
    }

    /** A new feed key, shown this once; the previous key stopped working. */
    public record ApiKeyIssued(String apiKey, String apiKeyHint) {
    }

    /** A new webhook secret, shown this once; webhooks from now on are signed with it. */
    public record SecretIssued(String webhookSecret) {
    }

    /** Jobs an admin pushes to a channel by hand. */
    public record PushRequest(
            @NotNull(message = "jobIds 不能为空 / jobIds is required")
            @NotEmpty(message = "jobIds 不能为空 / jobIds is required")
            @Size(max = 100, message = "一次最多 100 个职位 / at most 100 jobs at once")
            List<@NotBlank(message = "职位 id 不能为空 / a job id must not be blank") String> jobIds) {
    }

    /** What a manual push did: the jobs pushed now, and those the channel already had. */
    public record PushResult(List<String> pushed, List<String> alreadyPushed) {
    }

    /** A row of the push ledger, with the views and applications that came through the channel. */
    public record DeliveryView(String id, String channelId, String jobId, String jobTitle, String kind, String trigger,
            Long feedSeq, String state, int attempts, OffsetDateTime pushedAt, OffsetDateTime lastAttemptAt,
            OffsetDateTime deliveredAt, String lastError, long views, long applications) {
    }

    /** A job as partners receive it. */
    public record FeedJob(String title, String employerName, String occupationCode, String occupationName,
            String districtCode, String districtName, String address, int salaryMin, int salaryMax, String salaryText,
            int headcount, String education, int experienceYears, String jobType, List<String> tags, String description,
            OffsetDateTime expiresAt, OffsetDateTime publishedAt) {
    }

    /**
     * One feed entry: a job pushed ({@code JOB}, with the job) or withdrawn ({@code TOMBSTONE},
     * without); {@code seq} is its feed position, null in a webhook to a channel without a feed.
     */
    public record FeedItem(Long seq, String deliveryId, String type, String jobId, OffsetDateTime at, String link, FeedJob job) {
    }

    /**
     * A page of the feed. {@code nextCursor} is always set: it is the watermark to ask from next
     * time, also when this page was the end ({@code hasMore} false).
     */
    public record FeedPage(List<FeedItem> items, String nextCursor, boolean hasMore) {
    }

    /** A channel's counters on one day (China time). */
    public record DailyView(LocalDate day, long pushed, long views, long applications, long tombstones) {
    }
}
