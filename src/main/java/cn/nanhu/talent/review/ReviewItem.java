package cn.nanhu.talent.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** One submission waiting for, or having had, a reviewer's decision. */
@Entity
@Table(name = "review_item")
public class ReviewItem extends PanacheEntityBase {

    /** Where an item stands. A resubmission supersedes the pending item of the same subject. */
    public enum Status { PENDING, APPROVED, REJECTED, SUPERSEDED }

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public ReviewKind kind;
    @Column(name = "subject_id")
    public String subjectId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String summary;
    public String flags;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String reason;
    @Version
    public long version;
}
