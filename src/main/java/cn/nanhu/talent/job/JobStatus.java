package cn.nanhu.talent.job;

/** Where a job post stands; see {@link JobTransitions} for the allowed moves. */
public enum JobStatus { DRAFT, PENDING_REVIEW, PUBLISHED, CLOSED, EXPIRED, REJECTED }
