package cn.nanhu.talent.job;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Moves a job between statuses by the transition table, writing its history and telling search. */
@ApplicationScoped
public class JobLifecycle {

    private final JobChanges changes;
    private final Tally tally;
    private final Event<JobStatusMoved> moved;
    private final Clock clock;

    public JobLifecycle(JobChanges changes, Tally tally, Event<JobStatusMoved> moved, Clock clock) {
        this.changes = changes;
        this.tally = tally;
        this.moved = moved;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Job j, JobStatus to, String actorKind, String actorId, String reason) {
        if (!JobTransitions.allowed(j.status, to)) {
            throw new ApiException.InvalidState("职位当前状态为 " + j.status + "，不能变为 " + to
                    + " / a " + j.status + " job cannot become " + to);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        JobHistory h = new JobHistory();
        h.id = Ids.newId(clock);
        h.jobId = j.id;
        h.at = now;
        h.actorKind = actorKind;
        h.actorId = actorId;
        h.fromStatus = j.status;
        h.toStatus = to;
        h.reason = reason;
        h.persist();
        JobStatus from = j.status;
        j.status = to;
        j.statusReason = to == JobStatus.REJECTED || to == JobStatus.CLOSED ? reason : null;
        if (to == JobStatus.PUBLISHED) {
            j.publishedAt = now;
        }
        j.updatedAt = now;
        changes.job(j.id);
        tally.job(j.id);
        moved.fire(new JobStatusMoved(j.id, from, to));
    }

    /** A change that keeps the status (e.g. a new address) still has to reach search. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touched(Job j) {
        j.updatedAt = OffsetDateTime.now(clock);
        changes.job(j.id);
        tally.job(j.id);
    }

    /** Records the first status of a new job, so the history starts where the job does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Job j, String userId) {
        JobHistory h = new JobHistory();
        h.id = Ids.newId(clock);
        h.jobId = j.id;
        h.at = j.createdAt;
        h.actorKind = "USER";
        h.actorId = userId;
        h.toStatus = j.status;
        h.persist();
        changes.job(j.id);
    }
}
