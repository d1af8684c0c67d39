package cn.nanhu.talent.consult;

import cn.nanhu.talent.employer.DedicatedHr;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.identity.StaffDirectory.StaffSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who answers a new ticket. An employer's ticket goes to its dedicated HR while that member is an
 * enabled SERVICE member; everything else goes to the SERVICE pool by round robin: the enabled
 * member after the last one given a turn, by id. The position is a database row taken under a
 * row lock, so copies of the service never hand out the same turn twice.
 */
@ApplicationScoped
class ConsultationRouting {

    static final String POOL = "SERVICE";

    private final StaffDirectory staff;
    private final DedicatedHr dedicatedHr;
    private final EntityManager em;

    ConsultationRouting(StaffDirectory staff, DedicatedHr dedicatedHr, EntityManager em) {
        this.staff = staff;
        this.dedicatedHr = dedicatedHr;
        this.em = em;
    }

    /** The staff id to assign, or empty when there is no enabled SERVICE member at all (admins see it). */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<String> assigneeFor(String employerId) {
        if (employerId != null) {
            Optional<String> hr = dedicatedHr.staffIdOf(employerId)
                    .filter(id -> staff.find(id).map(s -> s.can(Roles.SERVICE)).orElse(false));
            if (hr.isPresent()) {
                return hr;
            }
        }
        return nextInPool();
    }

    private Optional<String> nextInPool() {
        // Lock the position first: a second copy waits here and then sees the turn this one took.
        Object last = em.createNativeQuery("select last_staff_id from consultation_rotation where pool = ?1 for update")
                .setParameter(1, POOL).getSingleResult();
        List<StaffSummary> pool = staff.withRole(Roles.SERVICE).stream().sorted(Comparator.comparing(StaffSummary::id)).toList();
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        String previous = last == null ? null : last.toString();
        StaffSummary next = pool.stream().filter(s -> previous == null || s.id().compareTo(previous) > 0).findFirst()
                .orElse(pool.get(0));
        em.createNativeQuery("update consultation_rotation set last_staff_id = ?1 where pool = ?2")
                .setParameter(1, next.id()).setParameter(2, POOL).executeUpdate();
        return Optional.of(next.id());
    }
}
