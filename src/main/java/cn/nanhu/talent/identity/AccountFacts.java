package cn.nanhu.talent.identity;

import cn.nanhu.talent.identity.IdentityDtos.EmployerMembership;
import java.util.Optional;
import java.util.Set;

/**
 * What other features know about a WeChat user, asked by identity without depending on them:
 * the employer feature adds the {@code EMPLOYER} role and the membership, the seeker feature says
 * whether a profile exists. Every implementation is consulted.
 */
public interface AccountFacts {

    /** Roles beyond {@code SEEKER} that the user holds now. */
    default Set<String> extraRoles(String userId) {
        return Set.of();
    }

    default boolean hasSeekerProfile(String userId) {
        return false;
    }

    default Optional<EmployerMembership> employerMembership(String userId) {
        return Optional.empty();
    }
}
