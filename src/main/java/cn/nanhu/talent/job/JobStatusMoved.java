package cn.nanhu.talent.job;

/**
 * A job changed status. Fired synchronously inside the transaction that moves it, so an observer's
 * writes (e.g. pushing the job to partner channels) commit with the move or not at all.
 */
public record JobStatusMoved(String jobId, JobStatus from, JobStatus to) {
}
