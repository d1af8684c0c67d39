package cn.nanhu.talent.consult;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of consultations. */
public final class ConsultDtos {

    private ConsultDtos() {
    }

    /** A new ticket; {@code asEmployer} opens it for the caller's employer, to go to its dedicated HR. */
    public record OpenRequest(
            @NotBlank(message = "主题必填 / topic is required") @Size(max = 60, message = "主题最多 60 字 / topic is at most 60 characters") String topic,
            @NotBlank(message = "内容必填 / content is required") @Size(max = 2000, message = "内容最多 2000 字 / content is at most 2000 characters") String content,
            Boolean asEmployer) {
    }

    public record MessageRequest(
            @NotBlank(message = "内容必填 / content is required") @Size(max = 2000, message = "内容最多 2000 字 / content is at most 2000 characters") String content) {
    }

    public record RatingRequest(
            @NotNull(message = "评分必填 / score is required") @Min(value = 1, message = "评分为 1-5 / score is 1 to 5")
            @Max(value = 5, message = "评分为 1-5 / score is 1 to 5") Integer score,
            @Size(max = 500, message = "评价最多 500 字 / comment is at most 500 characters") String comment) {
    }

    public record AssignRequest(
            @NotBlank(message = "staffId 必填 / staffId is required") @Size(max = 26, message = "staffId 无效 / staffId is invalid") String staffId) {
    }

    /** A message as either side sees it; {@code from} is ASKER or STAFF. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageView(String id, String from, String authorName, String content, boolean erased, OffsetDateTime createdAt) {
    }

    public record Rating(int score, String comment, OffsetDateTime ratedAt) {
    }

    /** A ticket as the asking side sees it; {@code messages} only on the ticket's own page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TicketView(String id, String topic, String status, boolean asEmployer, String assigneeName,
            OffsetDateTime createdAt, OffsetDateTime lastMessageAt, OffsetDateTime closedAt, boolean answeredUnread,
            boolean canReopen, Rating rating, List<MessageView> messages) {
    }

    /** Who asked, as staff may see them: a display name, the masked phone, the employer. Never an openid. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Asker(String displayName, String phoneMasked, String employerId, String employerName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignee(String id, String displayName) {
    }

    /** A ticket as staff see it, with its due time while it waits for them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffTicketView(String id, String topic, String status, String kind, Asker asker, Assignee assignee,
            OffsetDateTime dueAt, boolean overdue, OffsetDateTime createdAt, OffsetDateTime lastMessageAt,
            OffsetDateTime closedAt, Rating rating, List<MessageView> messages) {
    }
}
