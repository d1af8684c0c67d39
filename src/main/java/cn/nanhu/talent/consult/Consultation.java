package cn.nanhu.talent.consult;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A consultation ticket (求职咨询): opened by a seeker, or by an employer's member for the employer,
 * and answered by its assignee from the service staff. While OPEN it waits for staff and has a due time.
 */
@Entity
@Table(name = "consultation")
class Consultation extends PanacheEntityBase {

    /** OPEN: waiting for staff; ANSWERED: staff replied last; CLOSED: by the asking side, reopenable for a while. */
    enum Status { OPEN, ANSWERED, CLOSED }

    @Id
    public String id;
    @Column(name = "asker_user_id")
    public String askerUserId;
    @Column(name = "employer_id")
    public String employerId;
    public String topic;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "assignee_id")
    public String assigneeId;
    @Column(name = "waiting_since")
    public OffsetDateTime waitingSince;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "last_message_at")
    public OffsetDateTime lastMessageAt;
    @Column(name = "last_staff_reply_at")
    public OffsetDateTime lastStaffReplyAt;
    @Column(name = "last_message_id")
    public String lastMessageId;
    @Column(name = "last_staff_message_id")
    public String lastStaffMessageId;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "rating_score")
    public Integer ratingScore;
    @Column(name = "rating_comment")
    public String ratingComment;
    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;
    @Column(name = "asker_deleted")
    public boolean askerDeleted;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Waiting for staff and past the due time. */
    boolean overdueAt(OffsetDateTime now) {
        return status == Status.OPEN && dueAt != null && now.isAfter(dueAt);
    }

    boolean isEmployerTicket() {
        return employerId != null;
    }
}
