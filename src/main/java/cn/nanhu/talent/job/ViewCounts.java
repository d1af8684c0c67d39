package cn.nanhu.talent.job;

import cn.nanhu.talent.common.ScheduledWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Views of job details, counted in this copy's memory and added to the stored counts every few
 * seconds ({@code jobs.views.flush-every}), all jobs in one transaction. Opening a job is the
 * commonest request after search; a write transaction per view (and the disk flush of its commit)
 * made each one cost the database several times a read.
 * <ul>
 * <li>The detail page shows the stored count plus this copy's views not yet added, so a seeker
 * sees their own view at once. Cards and the employer's list show the stored count: other copies'
 * views and this one's show there within the interval.</li>
 * <li>Each copy adds only its own views, so with several copies the stored count is their sum.</li>
 * <li>A copy that stops adds what it holds; while the database is away the views are kept and
 * added once it is back. Only a copy that dies outright loses its last interval's views.</li>
 * </ul>
 */
@ApplicationScoped
public class ViewCounts {

    private static final Logger LOG = Logger.getLogger(ViewCounts.class);

    /** Views not yet stored, by job; an entry is taken out whole when added, so no view is added twice. */
    private final ConcurrentHashMap<String, Long> pending = new ConcurrentHashMap<>();
    private final EntityManager em;

    public ViewCounts(EntityManager em) {
        this.em = em;
    }

    void count(String jobId) {
        pending.merge(jobId, 1L, Long::sum);
    }

    /** This copy's views of the job not stored yet. */
    long pending(String jobId) {
        return pending.getOrDefault(jobId, 0L);
    }

    @Scheduled(identity = "job-view-flush", every = "${jobs.views.flush-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        ScheduledWork.run("job-view-flush", this::flush);
    }

    /** Adds the views counted so far to the stored counts, in one transaction; on failure they are kept for the next time. */
    public void flush() {
        Map<String, Long> taken = new HashMap<>();
        for (String jobId : pending.keySet()) {
            Long views = pending.remove(jobId);
            if (views != null) {
                taken.put(jobId, views);
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> taken.forEach((jobId, views) ->
                    em.createNativeQuery("update job set view_count = view_count + ?1 where id = ?2")
                            .setParameter(1, views).setParameter(2, jobId).executeUpdate()));
        } catch (RuntimeException e) {
            taken.forEach((jobId, views) -> pending.merge(jobId, views, Long::sum));
            throw e;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warnf("Views of %d jobs could not be stored at shutdown: %s", pending.size(), e.getMessage());
        }
    }
}
