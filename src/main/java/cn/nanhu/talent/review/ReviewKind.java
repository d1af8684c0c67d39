package cn.nanhu.talent.review;

/** The kinds of subject that go through the review queue. */
public enum ReviewKind { EMPLOYER, JOB, FAIR_REGISTRATION }
