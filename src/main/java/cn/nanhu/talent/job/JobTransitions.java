package cn.nanhu.talent.job;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed status moves of a job, as one table, so every path (employer, reviewer, expirer)
 * obeys the same rules. CLOSED and EXPIRED are final: a new post is a new job.
 */
public final class JobTransitions {

    private static final Map<JobStatus, Set<JobStatus>> ALLOWED = new EnumMap<>(JobStatus.class);

    static {
        ALLOWED.put(JobStatus.DRAFT, EnumSet.of(JobStatus.PENDING_REVIEW, JobStatus.CLOSED));
        ALLOWED.put(JobStatus.PENDING_REVIEW, EnumSet.of(JobStatus.PUBLISHED, JobStatus.REJECTED, JobStatus.CLOSED));
        ALLOWED.put(JobStatus.PUBLISHED, EnumSet.of(JobStatus.PENDING_REVIEW, JobStatus.CLOSED, JobStatus.EXPIRED));
        ALLOWED.put(JobStatus.REJECTED, EnumSet.of(JobStatus.PENDING_REVIEW, JobStatus.CLOSED));
        ALLOWED.put(JobStatus.CLOSED, EnumSet.noneOf(JobStatus.class));
        ALLOWED.put(JobStatus.EXPIRED, EnumSet.noneOf(JobStatus.class));
    }

    private JobTransitions() {
    }

    public static boolean allowed(JobStatus from, JobStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The statuses in which the employer may still edit the post. */
    public static boolean editable(JobStatus status) {
        return allowed(status, JobStatus.PENDING_REVIEW) || status == JobStatus.PENDING_REVIEW;
    }
}
