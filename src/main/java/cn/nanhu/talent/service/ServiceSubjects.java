package cn.nanhu.talent.service;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.employer.DedicatedHr;
import cn.nanhu.talent.identity.UserDirectory;
import cn.nanhu.talent.seeker.SeekerService;
import cn.nanhu.talent.service.ServiceDtos.SubjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom a staff member may serve, and how the served are shown. A dedicated HR serves only the
 * employers they are dedicated HR of (another's is 404, so existence does not leak) and any seeker
 * who registered; an admin serves anyone. A person is shown by name and masked phone only.
 */
@ApplicationScoped
public class ServiceSubjects {

    private final DedicatedHr dedicatedHr;
    private final SeekerService seekers;
    private final UserDirectory users;

    public ServiceSubjects(DedicatedHr dedicatedHr, SeekerService seekers, UserDirectory users) {
        this.dedicatedHr = dedicatedHr;
        this.seekers = seekers;
        this.users = users;
    }

    /** The employer, when the staff member may serve it; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String servableEmployer(Staff staff, String employerId) {
        return dedicatedHr.servedEmployer(employerId.strip())
                .filter(e -> staff.admin() || staff.id().equals(e.dedicatedHrId()))
                .map(DedicatedHr.ServedEmployer::id)
                .orElseThrow(() -> new ApiException.NotFound("没有这个单位，或你不是它的专属HR / no such employer among those you serve"));
    }

    /** The seeker, when they registered (求职登记); 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String servableSeeker(String userId) {
        String id = userId.strip();
        if (!Ids.looksLikeId(id) || !seekers.exists(id)) {
            throw new ApiException.NotFound("没有这个求职者，或其尚未求职登记 / no such seeker with a registration");
        }
        return id;
    }

    /** The views of the subjects of some records, with one query per kind where it can. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<String, SubjectView> views(Collection<ServiceRecord> records) {
        Map<String, SubjectView> out = new HashMap<>();
        Set<String> employers = idsOf(records, ServiceRecord.SubjectKind.EMPLOYER);
        Map<String, String> names = dedicatedHr.names(employers);
        employers.forEach(id -> out.put(key(ServiceRecord.SubjectKind.EMPLOYER, id), new SubjectView("EMPLOYER", id, names.get(id), null)));
        for (String id : idsOf(records, ServiceRecord.SubjectKind.SEEKER)) {
            String name = seekers.exists(id) ? seekers.get(id).name() : null;
            out.put(key(ServiceRecord.SubjectKind.SEEKER, id), new SubjectView("SEEKER", id, name, users.maskedPhone(id).orElse(null)));
        }
        for (String id : idsOf(records, ServiceRecord.SubjectKind.DELEGATED)) {
            DelegatedRegistration d = DelegatedRegistration.findById(id);
            out.put(key(ServiceRecord.SubjectKind.DELEGATED, id),
                    new SubjectView("DELEGATED", id, d == null ? null : d.name, d == null ? null : d.phoneMasked));
        }
        return out;
    }

    static String key(ServiceRecord.SubjectKind kind, String id) {
        return kind.name() + ":" + id;
    }

    private static Set<String> idsOf(Collection<ServiceRecord> records, ServiceRecord.SubjectKind kind) {
        return records.stream().filter(r -> r.subjectKind == kind).map(r -> r.subjectId).collect(Collectors.toSet());
    }
}
