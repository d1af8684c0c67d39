package cn.nanhu.talent.console;

import cn.nanhu.talent.identity.Roles;
import java.util.Arrays;
import java.util.Set;

/** The staff member behind a console request: who, with which roles, and the session's CSRF token. */
public record Staffer(String sessionId, String staffId, String displayName, Set<String> roles, String csrf) {

    public boolean hasAny(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }
}
