package cn.nanhu.talent.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/**
 * Keeps the statistics current, in the transaction of the change that moves them. Features call
 * the method of the subject that changed, after the change: the subject's facts are read again,
 * and the difference to what it contributed before goes into the counters. Calling it when
 * nothing counted changed costs a few indexed reads and writes nothing.
 */
@ApplicationScoped
public class Tally {

    private final EntityManager em;
    private final Sources sources;
    private final Counters counters;

    Tally(EntityManager em, Sources sources, Counters counters) {
        this.em = em;
        this.sources = sources;
        this.counters = counters;
    }

    /** Registered, resubmitted, approved, rejected, suspended or reinstated. */
    public void employer(String employerId) {
        sync(SubjectKind.EMPLOYER, employerId);
    }

    /** Any status change or edit of a job; an edit that moves the job also moves its applications. */
    public void job(String jobId) {
        if (sync(SubjectKind.JOB, jobId)) {
            @SuppressWarnings("unchecked")
            List<String> apps = em.createNativeQuery("select id from application where job_id = ?1").setParameter(1, jobId).getResultList();
            apps.forEach(id -> sync(SubjectKind.APPLICATION, id));
        }
    }

    /** A registration (求职登记) saved or erased. */
    public void seeker(String userId) {
        sync(SubjectKind.SEEKER, userId);
    }

    /** An application sent or moved along the pipeline. */
    public void application(String applicationId) {
        sync(SubjectKind.APPLICATION, applicationId);
    }

    /** A consultation opened or answered. */
    public void consultation(String consultationId) {
        sync(SubjectKind.CONSULTATION, consultationId);
    }

    public void fair(String fairId) {
        sync(SubjectKind.FAIR, fairId);
    }

    /** An employer's registration for a fair decided. */
    public void fairRegistration(String registrationId) {
        sync(SubjectKind.FAIR_REG, registrationId);
    }

    /** A ticket taken or checked in. */
    public void fairTicket(String ticketId) {
        sync(SubjectKind.FAIR_TICKET, ticketId);
    }

    /**
     * The extension point of distribution channels: adds {@code n} to a CHANNEL_* metric of one
     * channel on one China day (e.g. jobs pushed, feed views, applications through it), under
     * CHANNEL and under ALL. A rebuild leaves these counters as they are: the channel feature
     * owns them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void channel(Metric metric, String channelId, LocalDate day, long n) {
        if (!metric.channelFamily()) {
            throw new IllegalArgumentException(metric + " is not a channel metric");
        }
        TreeMap<Facts.Key, Long> deltas = new TreeMap<>();
        deltas.put(new Facts.Key(metric, day, Dimension.ALL, ""), n);
        deltas.put(new Facts.Key(metric, day, Dimension.CHANNEL, channelId), n);
        counters.add(deltas);
    }

    /** Swaps the subject's stored contribution for its current one; true when its dimensions changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean sync(SubjectKind kind, String id) {
        // the change itself may still sit in the persistence context
        em.flush();
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select facts from stats_subject where kind = ?1 and subject_id = ?2 for update")
                .setParameter(1, kind.name()).setParameter(2, id).getResultList();
        Facts before = stored.isEmpty() ? Facts.NONE : Facts.decode(stored.get(0));
        Facts after = sources.load(kind, List.of(id)).getOrDefault(id, Facts.NONE);
        if (after.equals(before)) {
            return false;
        }
        counters.add(Facts.delta(before, after));
        if (after.isEmpty()) {
            em.createNativeQuery("delete from stats_subject where kind = ?1 and subject_id = ?2")
                    .setParameter(1, kind.name()).setParameter(2, id).executeUpdate();
        } else if (stored.isEmpty()) {
            em.createNativeQuery("insert into stats_subject (kind, subject_id, facts) values (?1, ?2, ?3)")
                    .setParameter(1, kind.name()).setParameter(2, id).setParameter(3, after.encode()).executeUpdate();
        } else {
            em.createNativeQuery("update stats_subject set facts = ?3 where kind = ?1 and subject_id = ?2")
                    .setParameter(1, kind.name()).setParameter(2, id).setParameter(3, after.encode()).executeUpdate();
        }
        return !before.isEmpty() && !after.dims().equals(before.dims());
    }
}
