package cn.nanhu.talent.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One row of the push ledger: a job pushed to a channel, or its withdrawal (a tombstone). Rows
 * with a feed position are the channel's feed; rows of webhook channels follow the webhook's fate.
 */
@Entity
@Table(name = "channel_delivery")
public class ChannelDelivery extends PanacheEntityBase {

    /** A job offered to the partner, or withdrawn from it. */
    public enum Kind { PUSH, TOMBSTONE }

    /** Why the row exists: the job matched the filter when published, an admin chose it, or the job was withdrawn. */
    public enum Trigger { AUTO, MANUAL, SYSTEM }

    /** FED: in the feed only; PENDING, SENT, DEAD: where its webhook stands. */
    public enum State { FED, PENDING, SENT, DEAD }

    @Id
    public String id;
    @Column(name = "channel_id")
    public String channelId;
    @Column(name = "job_id")
    public String jobId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    public Trigger trigger;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "feed_seq")
    public Long feedSeq;
    @Enumerated(EnumType.STRING)
    public State state;
    public int attempts;
    @Column(name = "pushed_at")
    public OffsetDateTime pushedAt;
    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "outbox_id")
    public String outboxId;
    public long views;
    public long applications;
}
