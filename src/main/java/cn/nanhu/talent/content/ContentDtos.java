package cn.nanhu.talent.content;

import cn.nanhu.talent.job.JobDtos.JobSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of announcements and articles. */
public final class ContentDtos {

    private ContentDtos() {
    }

    static final String TITLE_REQUIRED = "标题必填 / title is required";
    static final String TITLE_SIZE = "标题最多 120 字 / title is at most 120 characters";
    static final String CONTENT_REQUIRED = "正文必填 / content is required";
    static final String CONTENT_SIZE = "正文最多 100000 字符 / content is at most 100000 characters";
    static final String SUMMARY_SIZE = "摘要最多 300 字 / summary is at most 300 characters";
    static final String TAGS_SIZE = "标签最多 20 个 / at most 20 tags";
    static final String TAG_SIZE = "标签无效 / a tag is invalid";
    static final String FILE_SIZE = "文件无效 / a file id is invalid";
    static final String ATTACHMENTS_SIZE = "附件最多 20 个 / at most 20 attachments";

    /**
     * An announcement as an admin writes it; the same body creates a draft and edits it (all fields
     * replaced). {@code version}, when sent with an edit, must be the one last read (409 otherwise).
     */
    public record AnnouncementRequest(
            @NotBlank(message = TITLE_REQUIRED) @Size(max = 120, message = TITLE_SIZE) String title,
            @NotBlank(message = "分类必填 / category is required") @Size(max = 24, message = "没有这个公告分类 / no such category") String category,
            @NotBlank(message = CONTENT_REQUIRED) @Size(max = 100_000, message = CONTENT_SIZE) String content,
            @Size(max = 20, message = TAGS_SIZE) List<@NotBlank(message = TAG_SIZE) @Size(max = 12, message = TAG_SIZE) String> tags,
            Boolean pinned,
            @Size(max = 300, message = SUMMARY_SIZE) String summary,
            @Size(max = 26, message = FILE_SIZE) String coverFileId,
            @Size(max = 20, message = ATTACHMENTS_SIZE) List<@NotBlank(message = FILE_SIZE) @Size(max = 26, message = FILE_SIZE) String> attachmentFileIds,
            Long version) {
    }

    /** An article as an admin writes it; like {@link AnnouncementRequest}, with a column and an optional employer. */
    public record ArticleRequest(
            @NotBlank(message = "栏目必填 / column is required") @Size(max = 24, message = "没有这个栏目 / no such column") String column,
            @NotBlank(message = TITLE_REQUIRED) @Size(max = 120, message = TITLE_SIZE) String title,
            @NotBlank(message = CONTENT_REQUIRED) @Size(max = 100_000, message = CONTENT_SIZE) String content,
            @Size(max = 26, message = "单位无效 / employerId is invalid") String employerId,
            @Size(max = 20, message = TAGS_SIZE) List<@NotBlank(message = TAG_SIZE) @Size(max = 12, message = TAG_SIZE) String> tags,
            Boolean pinned,
            @Size(max = 300, message = SUMMARY_SIZE) String summary,
            @Size(max = 26, message = FILE_SIZE) String coverFileId,
            @Size(max = 20, message = ATTACHMENTS_SIZE) List<@NotBlank(message = FILE_SIZE) @Size(max = 26, message = FILE_SIZE) String> attachmentFileIds,
            Long version) {
    }

    /** Publish now, or at {@code publishAt} when it lies in the future (then SCHEDULED until that time). */
    public record PublishRequest(OffsetDateTime publishAt) {

        /** The {@code publishAt} of an optional body: none (no body, or an empty one) means now. */
        static OffsetDateTime from(com.fasterxml.jackson.databind.ObjectMapper json, String body)
                throws com.fasterxml.jackson.core.JsonProcessingException {
            return body == null || body.isBlank() ? null : json.readValue(body, PublishRequest.class).publishAt();
        }
    }

    public record Created(String id, String status) {
    }

    /** An item as admins see it, whatever its status. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AdminView(String id, String kind, String status, String title, String summary, String category,
            String categoryLabel, String column, String columnLabel, String employerId, String content, List<String> tags,
            boolean pinned, String coverFileId, List<String> attachmentFileIds, OffsetDateTime publishAt, long viewCount,
            String createdBy, String updatedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }

    /** An item in a public list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemSummary(String id, String kind, String title, String summary, String category, String categoryLabel,
            String column, String columnLabel, String coverFileId, boolean pinned, OffsetDateTime publishedAt,
            List<String> tags, long viewCount) {
    }

    /** An attached file: its id, size in bytes and type (files carry no name). */
    public record Attachment(String id, long size, String contentType) {
    }

    /** The employer an article is about, with its badges and open jobs. */
    public record FeaturedEmployer(String id, String name, List<String> badges, List<JobSummary> jobs) {
    }

    /** A public item in full: sanitised HTML, attachments, the view count including this view. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemDetail(String id, String kind, String title, String summary, String category, String categoryLabel,
            String column, String columnLabel, String content, String coverFileId, List<Attachment> attachments, boolean pinned,
            OffsetDateTime publishedAt, List<String> tags, long viewCount, FeaturedEmployer employer) {
    }
}
