package cn.nanhu.talent.fair;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A job fair (云招聘专场). Its status follows from publication, cancellation and the clock: see {@link #statusAt}. */
@Entity
@Table(name = "fair")
public class Fair extends PanacheEntityBase {

    public enum Mode { ONLINE, OFFLINE }

    /** DRAFT until published; then PUBLISHED, ONGOING and ENDED by the clock; CANCELLED by an admin. */
    public enum Status { DRAFT, PUBLISHED, ONGOING, ENDED, CANCELLED }

    @Id
    public String id;
    public String title;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Mode mode;
    @Column(name = "start_at")
    public OffsetDateTime startAt;
    @Column(name = "end_at")
    public OffsetDateTime endAt;
    public String venue;
    @Column(name = "district_code")
    public String districtCode;
    public int capacity;
    public String description;
    @Column(name = "cover_file_id")
    public String coverFileId;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    /** Tickets given out. Only ever changed by the sign-up's conditional UPDATE, never by flushing an edited fair. */
    @Column(updatable = false)
    public int signups;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public Status statusAt(OffsetDateTime now) {
        if (cancelledAt != null) {
            return Status.CANCELLED;
        }
        if (publishedAt == null) {
            return Status.DRAFT;
        }
        if (now.isBefore(startAt)) {
            return Status.PUBLISHED;
        }
        return now.isBefore(endAt) ? Status.ONGOING : Status.ENDED;
    }

    /** Seekers and employers see it: published, not cancelled. */
    public boolean isPublic() {
        return publishedAt != null && cancelledAt == null;
    }
}
