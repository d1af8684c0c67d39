package cn.nanhu.talent.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the review queue. */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewItemView(String id, String kind, String subjectId, String status, long version,
            OffsetDateTime submittedAt, String summary, List<String> flags, String claimedBy, OffsetDateTime claimedUntil,
            String decidedBy, OffsetDateTime decidedAt, String reason) {
    }

    /** An item with its subject's details, for the reviewer's detail page. */
    public record ReviewItemDetail(ReviewItemView item, Map<String, Object> subject) {
    }

    /**
     * A decision. {@code version} is the item version the reviewer saw; a REJECT needs a reason,
     * written out or picked from the templates by {@code reasonTemplate}.
     */
    public record DecisionRequest(
            @NotNull(message = "decision 必填 / decision is required")
            @Pattern(regexp = "APPROVE|REJECT", message = "decision 只能是 APPROVE 或 REJECT / decision must be APPROVE or REJECT") String decision,
            @Size(max = 500, message = "理由最多 500 字 / reason is at most 500 characters") String reason,
            @Size(max = 32, message = "模板代码过长 / reasonTemplate is too long") String reasonTemplate,
            @NotNull(message = "version 必填 / version is required") Long version,
            Boolean confirmAboveDesignatedSize) {
    }

    /** A ready-made rejection reason. */
    public record ReasonTemplate(String code, String kind, String text) {
    }
}
