package cn.nanhu.talent.identity;

import java.util.Set;

/** The role names carried in access tokens and used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String SEEKER = "SEEKER";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String REVIEWER = "REVIEWER";
    public static final String SERVICE = "SERVICE";
    public static final String ADMIN = "ADMIN";

    /** The roles a staff account may hold. */
    public static final Set<String> STAFF = Set.of(REVIEWER, SERVICE, ADMIN);

    private Roles() {
    }
}
