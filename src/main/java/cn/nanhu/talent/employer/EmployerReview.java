package cn.nanhu.talent.employer;

import cn.nanhu.talent.review.ReviewKind;
import cn.nanhu.talent.review.ReviewSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reviewer's decision does to an employer. Approval verifies it (and its members become
 * EMPLOYER on their next token), confirms the 规上 badge only when the reviewer says so, and gives
 * it a dedicated HR if it has none.
 */
@ApplicationScoped
public class EmployerReview implements ReviewSubjects {

    private final DedicatedHr dedicatedHr;
    private final EmployerEvents events;
    private final Clock clock;

    public EmployerReview(DedicatedHr dedicatedHr, EmployerEvents events, Clock clock) {
        this.dedicatedHr = dedicatedHr;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ReviewKind kind() {
        return ReviewKind.EMPLOYER;
    }

    @Override
    public Map<String, Object> details(String subjectId) {
        Employer e = Employer.findById(subjectId);
        Map<String, Object> d = new LinkedHashMap<>();
        if (e == null) {
            return d;
        }
        d.put("employer", EmployerService.view(e, null));
        d.put("creditCodeValid", UnifiedCreditCode.isValid(e.creditCode));
        d.put("licenseFileUrl", "/api/v1/files/" + e.licenseFileId);
        d.put("aboveDesignatedSizeClaimed", e.aboveSizeClaimed);
        return d;
    }

    @Override
    public void approved(String subjectId, String reviewerId, Map<String, Object> options) {
        Employer e = Employer.findById(subjectId);
        e.status = Employer.Status.APPROVED;
        e.statusReason = null;
        e.aboveSizeConfirmed = e.aboveSizeClaimed && Boolean.TRUE.equals(options.get("confirmAboveDesignatedSize"));
        e.approvedAt = OffsetDateTime.now(clock);
        e.updatedAt = e.approvedAt;
        if (e.dedicatedHrId == null) {
            dedicatedHr.assignAutomatically(e);
        }
        events.reviewed(e, true, null);
    }

    @Override
    public void rejected(String subjectId, String reviewerId, String reason) {
        Employer e = Employer.findById(subjectId);
        e.status = Employer.Status.REJECTED;
        e.statusReason = reason;
        e.updatedAt = OffsetDateTime.now(clock);
        events.reviewed(e, false, reason);
    }
}
