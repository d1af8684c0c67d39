package cn.nanhu.talent.employer;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.employer.EmployerDtos.StaffEmployerView;
import cn.nanhu.talent.identity.StaffDirectory;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Employers in the back office: search, view, suspend and reinstate. Every change is audited. */
@ApplicationScoped
public class EmployerAdmin {

    private final StaffDirectory staff;
    private final AuditLog audit;
    private final EmployerEvents events;
    private final Clock clock;

    public EmployerAdmin(StaffDirectory staff, AuditLog audit, EmployerEvents events, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffEmployerView> search(String q, Employer.Status status, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            p.and("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(name) like :q escape '\\' or creditCode like :code escape '\\')");
            String term = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            p.and("q", "%" + term + "%").and("code", "%" + term.toUpperCase(Locale.ROOT) + "%");
        }
        if (cursor != null) {
            where.append(" and id > :after");
            p.and("after", cursor.part(0));
        }
        List<Employer> rows = Employer.<Employer>find(where + " order by id", p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), e -> Cursor.of(e.id)).map(this::staffView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffEmployerView get(String id) {
        return staffView(find(id));
    }

    @Transactional
    public StaffEmployerView suspend(String id, String reason, String adminId) {
        Employer e = find(id);
        if (e.status != Employer.Status.APPROVED) {
            throw new ApiException.InvalidState("只能暂停已认证的单位 / only an approved employer can be suspended");
        }
        e.status = Employer.Status.SUSPENDED;
        e.statusReason = reason;
        e.updatedAt = OffsetDateTime.now(clock);
        audit.record("STAFF", adminId, "EMPLOYER_SUSPENDED", "EMPLOYER", e.id, Map.of("reason", reason));
        events.statusChanged(e);
        return staffView(e);
    }

    @Transactional
    public StaffEmployerView reinstate(String id, String adminId) {
        Employer e = find(id);
        if (e.status != Employer.Status.SUSPENDED) {
            throw new ApiException.InvalidState("只能恢复被暂停的单位 / only a suspended employer can be reinstated");
        }
        e.status = Employer.Status.APPROVED;
        e.statusReason = null;
        e.updatedAt = OffsetDateTime.now(clock);
        audit.record("STAFF", adminId, "EMPLOYER_REINSTATED", "EMPLOYER", e.id, Map.of());
        events.statusChanged(e);
        return staffView(e);
    }

    private StaffEmployerView staffView(Employer e) {
        String hrName = e.dedicatedHrId == null ? null : staff.find(e.dedicatedHrId).map(StaffDirectory.StaffSummary::displayName).orElse(null);
        return new StaffEmployerView(EmployerService.view(e, null), e.dedicatedHrId, hrName, UnifiedCreditCode.isValid(e.creditCode));
    }

    private static Employer find(String id) {
        Employer e = Ids.looksLikeId(id) ? Employer.findById(id) : null;
        if (e == null) {
            throw new ApiException.NotFound("没有这个单位 / no such employer");
        }
        return e;
    }
}
