package cn.nanhu.talent.job;

/** A committed change that search must follow: one job, or every job of an employer. */
record JobChanged(String jobId, String employerId) {
}
