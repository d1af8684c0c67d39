package cn.nanhu.talent.stats;

/** The kinds of subject whose facts make up the figures, with the table and id column each lives in. */
enum SubjectKind {
    EMPLOYER("employer", "id"),
    JOB("job", "id"),
    SEEKER("seeker_profile", "user_id"),
    APPLICATION("application", "id"),
    CONSULTATION("consultation", "id"),
    FAIR("fair", "id"),
    FAIR_REG("fair_registration", "id"),
    FAIR_TICKET("fair_ticket", "id");

    final String table;
    final String idColumn;

    SubjectKind(String table, String idColumn) {
        this.table = table;
        this.idColumn = idColumn;
    }
}
