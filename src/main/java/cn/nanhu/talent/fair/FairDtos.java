package cn.nanhu.talent.fair;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of job fairs. */
public final class FairDtos {

    private FairDtos() {
    }

    /** A fair as an admin writes it; the same body creates a draft and edits it. */
    public record FairRequest(
            @NotBlank(message = "标题必填 / title is required") @Size(max = 80, message = "标题最多 80 字 / title is at most 80 characters") String title,
            @NotBlank(message = "形式必填 / mode is required") @Pattern(regexp = "ONLINE|OFFLINE", message = "mode 取值为 ONLINE 或 OFFLINE / mode must be ONLINE or OFFLINE") String mode,
            @NotNull(message = "开始时间必填 / startAt is required") OffsetDateTime startAt,
            @NotNull(message = "结束时间必填 / endAt is required") OffsetDateTime endAt,
            @Size(max = 200, message = "场地最多 200 字 / venue is at most 200 characters") String venue,
            @Size(max = 12, message = "行政区划代码无效 / districtCode is invalid") String districtCode,
            @NotNull(message = "名额必填 / capacity is required") @Min(value = 1, message = "名额至少为 1 / capacity is at least 1")
            @Max(value = 100_000, message = "名额最多 100000 / capacity is at most 100000") Integer capacity,
            @NotBlank(message = "介绍必填 / description is required") @Size(max = 5000, message = "介绍最多 5000 字 / description is at most 5000 characters") String description,
            @Size(max = 26, message = "封面文件无效 / coverFileId is invalid") String coverFileId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FairView(String id, String title, String mode, String status, OffsetDateTime startAt, OffsetDateTime endAt,
            String venue, String districtCode, String districtName, int capacity, int signups, int remaining, String description,
            String coverFileId, OffsetDateTime publishedAt) {
    }

    public record Created(String id, String status) {
    }

    public record RegistrationRequest(
            @NotEmpty(message = "请选择参会职位 / jobIds is required") @Size(max = 50, message = "最多 50 个职位 / at most 50 jobIds")
            List<@NotBlank(message = "职位不能为空 / a job id cannot be blank") String> jobIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationView(String id, String fairId, String fairTitle, String status, String reason, List<String> jobIds,
            OffsetDateTime createdAt) {
    }

    public record Signup(String id, String ticketCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TicketView(String id, String fairId, String fairTitle, String fairStatus, OffsetDateTime startAt,
            OffsetDateTime endAt, String venue, String ticketCode, OffsetDateTime checkedInAt) {
    }

    public record CheckinRequest(@NotBlank(message = "票号必填 / ticketCode is required") @Size(max = 16, message = "票号无效 / ticketCode is invalid") String ticketCode) {
    }

    public record CheckinView(String ticketId, String fairId, OffsetDateTime checkedInAt) {
    }

    /** A fair's figures: employers and jobs of approved registrations, tickets, check-ins, applications made from the fair. */
    public record FairStats(String fairId, String status, long employers, long jobs, int capacity, long signups, long checkins,
            long applications) {
    }
}
