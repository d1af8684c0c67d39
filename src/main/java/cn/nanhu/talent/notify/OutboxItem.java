package cn.nanhu.talent.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A piece of work waiting for delivery by the {@link OutboxDispatcher}, written with the change that caused it. */
@Entity
@Table(name = "outbox")
public class OutboxItem extends PanacheEntityBase {

    /** Where an item is in its life: waiting (or being retried), delivered, or given up. */
    public enum Status { PENDING, SENT, DEAD }

    @Id
    public String id;
    public String kind;
    public String payload;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;
    @Column(name = "locked_by")
    public String lockedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "user_id")
    public String userId;
}
