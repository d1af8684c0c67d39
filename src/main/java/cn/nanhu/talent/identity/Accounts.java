package cn.nanhu.talent.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Reads the current state of an account: whether it may be used, its roles and its token generation. */
@ApplicationScoped
public class Accounts {

    /** An account that may sign in, with the roles a new token should carry. */
    public record Active(Set<String> roles, int generation) {
    }

    private final Instance<AccountFacts> facts;

    public Accounts(Instance<AccountFacts> facts) {
        this.facts = facts;
    }

    Optional<Active> active(SubjectKind kind, String id) {
        if (kind == SubjectKind.USER) {
            AppUser user = AppUser.findById(id);
            return user == null || user.status != AppUser.Status.ACTIVE
                    ? Optional.empty() : Optional.of(new Active(userRoles(id), user.tokenGeneration));
        }
        StaffAccount staff = StaffAccount.findById(id);
        return staff == null || !staff.enabled ? Optional.empty() : Optional.of(new Active(staff.roleSet(), staff.tokenGeneration));
    }

    /** An enabled staff account with its roles and token generation; empty when it is gone or disabled. */
    public Optional<Active> activeStaff(String staffId) {
        return active(SubjectKind.STAFF, staffId);
    }

    /** The token generation of a usable account, or empty when the account is gone or disabled. */
    Optional<Integer> liveGeneration(SubjectKind kind, String id) {
        if (kind == SubjectKind.USER) {
            AppUser user = AppUser.findById(id);
            return user == null || user.status != AppUser.Status.ACTIVE ? Optional.empty() : Optional.of(user.tokenGeneration);
        }
        StaffAccount staff = StaffAccount.findById(id);
        return staff == null || !staff.enabled ? Optional.empty() : Optional.of(staff.tokenGeneration);
    }

    Set<String> userRoles(String userId) {
        Set<String> roles = new HashSet<>();
        roles.add(Roles.SEEKER);
        for (AccountFacts f : facts) {
            roles.addAll(f.extraRoles(userId));
        }
        return roles;
    }

    void bumpGeneration(SubjectKind kind, String id) {
        if (kind == SubjectKind.USER) {
            AppUser.update("tokenGeneration = tokenGeneration + 1 where id = ?1", id);
        } else {
            StaffAccount.update("tokenGeneration = tokenGeneration + 1 where id = ?1", id);
        }
    }
}
