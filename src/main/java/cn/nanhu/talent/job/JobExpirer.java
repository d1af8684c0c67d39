package cn.nanhu.talent.job;

import cn.nanhu.talent.common.ScheduledWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Takes published jobs down when their closing date passes, so seekers never apply to a stale post. */
@ApplicationScoped
public class JobExpirer {

    private final JobLifecycle lifecycle;
    private final Clock clock;

    public JobExpirer(JobLifecycle lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Scheduled(identity = "job-expirer", every = "${jobs.expire.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ScheduledWork.run("job-expirer", this::runOnce);
    }

    /** Expires every published job past its date; returns how many. */
    @Transactional
    public int runOnce() {
        List<Job> due = Job.list("status = ?1 and expiresAt <= ?2", JobStatus.PUBLISHED, OffsetDateTime.now(clock));
        due.forEach(j -> lifecycle.move(j, JobStatus.EXPIRED, "SYSTEM", null, "已过截止日期 / past its closing date"));
        return due.size();
    }
}
