package cn.nanhu.talent.employer;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.employer.EmployerDtos.DedicatedHrView;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.identity.StaffDirectory.StaffSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dedicated HR (专属HR): the SERVICE staff member who serves an employer one to one. Admins
 * assign one; an approved employer without one gets the SERVICE member with the fewest employers.
 */
@ApplicationScoped
public class DedicatedHr {

    private final StaffDirectory staff;
    private final AuditLog audit;

    public DedicatedHr(StaffDirectory staff, AuditLog audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    public DedicatedHrView assign(String employerId, String staffId, String adminId) {
        Employer e = Ids.looksLikeId(employerId) ? Employer.findById(employerId) : null;
        if (e == null) {
            throw new ApiException.NotFound("没有这个单位 / no such employer");
        }
        StaffSummary hr = staff.find(staffId.strip()).filter(s -> s.can(Roles.SERVICE))
                .orElseThrow(() -> InvalidInput.of("staffId", "需要一个启用的 SERVICE 工作人员 / staffId must be an enabled SERVICE staff member"));
        String previous = e.dedicatedHrId;
        e.dedicatedHrId = hr.id();
        audit.record("STAFF", adminId, "DEDICATED_HR_ASSIGNED", "EMPLOYER", e.id,
                previous == null ? Map.of("staffId", hr.id()) : Map.of("staffId", hr.id(), "previous", previous));
        return new DedicatedHrView(hr.id(), hr.displayName());
    }

    /** The employer's dedicated HR, or 404 while none is assigned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DedicatedHrView of(String employerId) {
        Employer e = Employer.findById(employerId);
        return staff.find(e.dedicatedHrId == null ? "" : e.dedicatedHrId)
                .map(s -> new DedicatedHrView(s.id(), s.displayName()))
                .orElseThrow(() -> new ApiException.NotFound("还没有为你分配专属HR / no dedicated HR assigned yet"));
    }

    /** The staff id stored as the employer's dedicated HR, whether or not still enabled; empty while none is assigned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> staffIdOf(String employerId) {
        Employer e = employerId == null ? null : Employer.findById(employerId);
        return Optional.ofNullable(e == null ? null : e.dedicatedHrId);
    }

    /** An employer as the service log names it: its name and who its dedicated HR is (null while none). */
    public record ServedEmployer(String id, String name, String dedicatedHrId) {
    }

    /** The employer, in any status, or empty when there is no such employer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServedEmployer> servedEmployer(String employerId) {
        Employer e = Ids.looksLikeId(employerId) ? Employer.findById(employerId) : null;
        return Optional.ofNullable(e).map(x -> new ServedEmployer(x.id, x.name, x.dedicatedHrId));
    }

    /** The names of those of the given employers that exist, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names(Collection<String> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        return Employer.<Employer>list("id in ?1", employerIds).stream().collect(Collectors.toMap(e -> e.id, e -> e.name));
    }

    void assignAutomatically(Employer e) {
        List<StaffSummary> pool = staff.withRole(Roles.SERVICE);
        pool.stream()
                .min(Comparator.comparingLong((StaffSummary s) -> Employer.count("dedicatedHrId", s.id())).thenComparing(StaffSummary::id))
                .ifPresent(hr -> {
                    e.dedicatedHrId = hr.id();
                    audit.record("SYSTEM", null, "DEDICATED_HR_ASSIGNED", "EMPLOYER", e.id, Map.of("staffId", hr.id(), "automatic", true));
                });
    }
}
