package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelCounters.Counter;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobStatus;
import cn.nanhu.talent.job.JobStatusMoved;
import cn.nanhu.talent.notify.Outbox;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the push ledger: a job to a channel once, and a tombstone once when a pushed job is
 * withdrawn. Runs in the transaction of the job's move (or the admin's push), so a push exists
 * exactly when the publication commits; its webhook goes into the outbox in the same transaction.
 *
 * <p>Feed positions are taken by an UPDATE of the channel's row in channel_feed_seq. That row stays
 * locked until the pushing transaction ends, so the next push to the channel waits and takes the
 * next number only after this one committed (or rolled back, giving its number back): a reader
 * who sees position n can never later see a smaller one appear. Channels are locked in id order,
 * so two publications pushing to the same channels cannot deadlock.
 */
@ApplicationScoped
public class ChannelPusher {

    /** Statuses that withdraw a published job: closed by the employer, expired, or refused on re-review. */
    static final Set<JobStatus> WITHDRAWN = EnumSet.of(JobStatus.CLOSED, JobStatus.EXPIRED, JobStatus.REJECTED);

    private final ReferenceData reference;
    private final Outbox outbox;
    private final ChannelCounters counters;
    private final EntityManager em;
    private final Clock clock;

    public ChannelPusher(ReferenceData reference, Outbox outbox, ChannelCounters counters, EntityManager em, Clock clock) {
        this.reference = reference;
        this.outbox = outbox;
        this.counters = counters;
        this.em = em;
        this.clock = clock;
    }

    void onJobMoved(@Observes JobStatusMoved moved) {
        if (moved.to() == JobStatus.PUBLISHED) {
            Job job = Job.findById(moved.jobId());
            for (Channel c : Channel.<Channel>list("enabled = true order by id")) {
                if (c.filter().matches(job, reference)) {
                    push(c, job.id, ChannelDelivery.Trigger.AUTO, null);
                }
            }
        } else if (WITHDRAWN.contains(moved.to())) {
            tombstone(moved.jobId());
        }
    }

    /** Pushes the job to the channel unless it was pushed before; true when this call pushed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean push(Channel c, String jobId, ChannelDelivery.Trigger trigger, String actorId) {
        lock(c);
        if (exists(c.id, jobId, ChannelDelivery.Kind.PUSH)) {
            return false;
        }
        write(c, jobId, ChannelDelivery.Kind.PUSH, trigger, actorId, nextPosition(c));
        counters.add(c.id, Counter.PUSHED);
        return true;
    }

    /** Sends a tombstone to every channel the job was pushed to and has not been withdrawn from. */
    @Transactional(Transactional.TxType.MANDATORY)
    void tombstone(String jobId) {
        List<String> channelIds = em.createQuery("select d.channelId from ChannelDelivery d where d.jobId = :job and d.kind = :push"
                + " order by d.channelId", String.class)
                .setParameter("job", jobId).setParameter("push", ChannelDelivery.Kind.PUSH).getResultList();
        for (String channelId : channelIds) {
            Channel c = Channel.findById(channelId);
            lock(c);
            if (!exists(c.id, jobId, ChannelDelivery.Kind.TOMBSTONE)) {
                write(c, jobId, ChannelDelivery.Kind.TOMBSTONE, ChannelDelivery.Trigger.SYSTEM, null, nextPosition(c));
                counters.add(c.id, Counter.TOMBSTONES);
            }
        }
    }

    /**
     * Locks the channel's feed position row until the transaction ends. Every push locks, feed or
     * not, so two pushes of one job to one channel run one after the other and the second sees the
     * first; the lock is taken before looking, so a push found to exist uses up no position.
     */
    private void lock(Channel c) {
        em.createNativeQuery("update channel_feed_seq set last_seq = last_seq where channel_id = ?1")
                .setParameter(1, c.id).executeUpdate();
    }

    /** The next feed position of a channel with a feed (its row is locked already); null without a feed. */
    private Long nextPosition(Channel c) {
        if (!c.mode.feed()) {
            return null;
        }
        em.createNativeQuery("update channel_feed_seq set last_seq = last_seq + 1 where channel_id = ?1")
                .setParameter(1, c.id).executeUpdate();
        return ((Number) em.createNativeQuery("select last_seq from channel_feed_seq where channel_id = ?1")
                .setParameter(1, c.id).getSingleResult()).longValue();
    }

    private boolean exists(String channelId, String jobId, ChannelDelivery.Kind kind) {
        return ChannelDelivery.count("channelId = ?1 and jobId = ?2 and kind = ?3", channelId, jobId, kind) > 0;
    }

    private void write(Channel c, String jobId, ChannelDelivery.Kind kind, ChannelDelivery.Trigger trigger, String actorId, Long seq) {
        ChannelDelivery d = new ChannelDelivery();
        d.id = Ids.newId(clock);
        d.channelId = c.id;
        d.jobId = jobId;
        d.kind = kind;
        d.trigger = trigger;
        d.actorId = actorId;
        d.feedSeq = seq;
        d.state = c.mode.webhook() ? ChannelDelivery.State.PENDING : ChannelDelivery.State.FED;
        d.pushedAt = OffsetDateTime.now(clock);
        if (c.mode.webhook() && !c.enabled) {
            // only tombstones reach a disabled channel: kept as a dead letter an admin may send once it is enabled again
            d.state = ChannelDelivery.State.DEAD;
            d.lastError = "渠道已停用 / the channel is disabled";
        } else if (c.mode.webhook()) {
            d.outboxId = outbox.enqueue(WebhookHandler.KIND, "{\"deliveryId\":\"" + d.id + "\"}", null);
        }
        d.persist();
    }
}
