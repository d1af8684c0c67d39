package cn.nanhu.talent.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** Request and response bodies of the service log. */
public final class ServiceDtos {

    private ServiceDtos() {
    }

    static final String CHANNELS = "PHONE|VISIT|WECHAT|ONSITE";
    static final String CHANNEL_MESSAGE = "服务方式取值为 PHONE、VISIT、WECHAT、ONSITE / channel must be PHONE, VISIT, WECHAT or ONSITE";

    /** A service to log: to exactly one of an employer or a seeker. */
    public record RecordRequest(
            @Size(max = 26, message = "单位无效 / employerId is invalid") String employerId,
            @Size(max = 26, message = "求职者无效 / seekerUserId is invalid") String seekerUserId,
            @NotBlank(message = "服务方式必填 / channel is required") @Pattern(regexp = CHANNELS, message = CHANNEL_MESSAGE) String channel,
            @NotNull(message = "服务时间必填 / servedAt is required") OffsetDateTime servedAt,
            @NotBlank(message = "服务内容必填 / note is required") @Size(max = 2000, message = "服务内容最多 2000 字 / note is at most 2000 characters") String note,
            LocalDate followUpOn) {
    }

    /** An edit of a record by its author; whom it was for does not change. */
    public record RecordUpdate(
            @NotBlank(message = "服务方式必填 / channel is required") @Pattern(regexp = CHANNELS, message = CHANNEL_MESSAGE) String channel,
            @NotNull(message = "服务时间必填 / servedAt is required") OffsetDateTime servedAt,
            @NotBlank(message = "服务内容必填 / note is required") @Size(max = 2000, message = "服务内容最多 2000 字 / note is at most 2000 characters") String note,
            LocalDate followUpOn) {
    }

    public record Created(String id) {
    }

    /**
     * Whom a record is for. An employer by name; a person by name and masked phone only. {@code kind}
     * is EMPLOYER, SEEKER, or DELEGATED for a person registered on their behalf who has not claimed it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubjectView(String kind, String id, String name, String maskedPhone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordView(String id, SubjectView subject, String channel, OffsetDateTime servedAt, String note,
            LocalDate followUpOn, OffsetDateTime followUpDoneAt, String staffId, String staffName, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, boolean editable) {
    }

    /** One staff member's service over a period: records by channel, and how many employers and people they served. */
    public record StaffSummary(String staffId, String staffName, long records, Map<String, Long> byChannel, long employers,
            long seekers) {
    }

    /** The summary of every staff member who logged a service in the period, busiest first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(LocalDate from, LocalDate to, java.util.List<StaffSummary> staff) {
    }
}
