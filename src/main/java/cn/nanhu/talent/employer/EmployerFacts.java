package cn.nanhu.talent.employer;

import cn.nanhu.talent.identity.AccountFacts;
import cn.nanhu.talent.identity.IdentityDtos.EmployerMembership;
import cn.nanhu.talent.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Tells identity who is an EMPLOYER: a member of an approved, unsuspended employer. */
@ApplicationScoped
public class EmployerFacts implements AccountFacts {

    @Override
    public Set<String> extraRoles(String userId) {
        return EmployerMember.ofUser(userId)
                .map(m -> Employer.<Employer>findById(m.employerId))
                .filter(e -> e.status == Employer.Status.APPROVED)
                .map(e -> Set.of(Roles.EMPLOYER))
                .orElse(Set.of());
    }

    @Override
    public Optional<EmployerMembership> employerMembership(String userId) {
        return EmployerMember.ofUser(userId).map(m -> {
            Employer e = Employer.findById(m.employerId);
            return new EmployerMembership(e.id, e.name, e.status.name(), m.role.name());
        });
    }
}
