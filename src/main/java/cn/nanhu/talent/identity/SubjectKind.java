package cn.nanhu.talent.identity;

/** The two kinds of account a token can belong to. */
public enum SubjectKind { USER, STAFF }
