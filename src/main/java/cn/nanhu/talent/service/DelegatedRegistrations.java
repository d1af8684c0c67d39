package cn.nanhu.talent.service;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.files.FileService;
import cn.nanhu.talent.identity.SubjectKind;
import cn.nanhu.talent.seeker.SeekerService;
import cn.nanhu.talent.service.DelegatedDtos.Created;
import cn.nanhu.talent.service.DelegatedDtos.DelegatedRequest;
import cn.nanhu.talent.service.DelegatedRegistration.ConsentMethod;
import cn.nanhu.talent.service.DelegatedRegistration.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Registrations made on a seeker's behalf (委托登记), the staff side: a staff member registers a
 * person who has no mini-program, with their recorded consent and a service record. The person's
 * side (claiming, declining) and erasure are {@link DelegatedClaims}.
 */
@ApplicationScoped
public class DelegatedRegistrations {

    static final String NOTE = "委托登记：代为办理求职登记 / registered for a job seeker on their behalf";

    private final SeekerService seekers;
    private final ServiceRecords records;
    private final FileService files;
    private final DelegatedViews views;
    private final AuditLog audit;
    private final Pii pii;
    private final Clock clock;

    public DelegatedRegistrations(SeekerService seekers, ServiceRecords records, FileService files, DelegatedViews views,
            AuditLog audit, Pii pii, Clock clock) {
        this.seekers = seekers;
        this.records = records;
        this.files = files;
        this.views = views;
        this.audit = audit;
        this.pii = pii;
        this.clock = clock;
    }

    @Transactional
    public Created create(Staff staff, DelegatedRequest r) {
        check(staff, r);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String phone = r.phone().strip();
        DelegatedRegistration d = new DelegatedRegistration();
        d.id = Ids.newId(clock);
        d.status = Status.AWAITING_CLAIM;
        d.name = r.name().strip();
        d.gender = r.gender();
        d.birthYear = r.birthYear();
        d.education = r.education().strip();
        d.major = blankToNull(r.major());
        d.school = blankToNull(r.school());
        d.graduationYear = r.graduationYear();
        d.experienceYears = r.experienceYears();
        d.currentDistrictCode = blankToNull(r.currentDistrictCode());
        d.desiredDistrictCodes = DelegatedRegistration.join(distinct(r.desiredDistrictCodes()));
        d.desiredOccupationCodes = DelegatedRegistration.join(distinct(r.desiredOccupationCodes()));
        d.desiredSalaryMin = r.desiredSalaryMin();
        d.skills = DelegatedRegistration.join(distinct(r.skills()));
        d.intro = blankToNull(r.intro());
        d.phoneHash = pii.hash(phone);
        d.phoneEnc = pii.encrypt(phone);
        d.phoneMasked = Masking.phone(phone);
        d.consentMethod = ConsentMethod.valueOf(r.consent().method());
        d.consentEvidenceFileId = blankToNull(r.consent().evidenceFileId());
        d.consentStatement = r.consent().statement().strip();
        d.createdBy = staff.id();
        d.createdAt = now;
        d.updatedAt = now;
        ServiceRecord s = records.write(staff.id(), ServiceRecord.SubjectKind.DELEGATED, d.id, channelOf(d.consentMethod), now, NOTE);
        d.serviceRecordId = s.id;
        d.persist();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("consentMethod", d.consentMethod.name());
        if (d.consentEvidenceFileId != null) {
            detail.put("evidenceFileId", d.consentEvidenceFileId);
        }
        detail.put("phone", d.phoneMasked);
        detail.put("serviceRecordId", s.id);
        audit.record("STAFF", staff.id(), "DELEGATED_REGISTRATION_CREATED", "DELEGATED_REGISTRATION", d.id, detail);
        return new Created(d.id, d.status.name());
    }

    /** A dedicated HR's own registrations, or everyone's for an admin, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DelegatedDtos.StaffView> forStaff(Staff staff, String status, PageRequest page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        if (!staff.admin()) {
            q.append(" and createdBy = :me");
            p.put("me", staff.id());
        }
        if (status != null && !status.isBlank()) {
            q.append(" and status = :status");
            p.put("status", parseStatus(status));
        }
        return page(q, p, page).map(views::staff);
    }

    private void check(Staff staff, DelegatedRequest r) {
        List<Violation> bad = new ArrayList<>();
        String evidence = blankToNull(r.consent().evidenceFileId());
        if ("WRITTEN".equals(r.consent().method()) && evidence == null) {
            bad.add(new Violation("consent.evidenceFileId", "书面同意须上传凭证 / a WRITTEN consent needs its evidence file"));
        }
        if (evidence != null && !files.isOwnedBy(evidence, SubjectKind.STAFF, staff.id())) {
            bad.add(new Violation("consent.evidenceFileId", "请先由本人上传凭证文件 / upload the evidence file yourself first"));
        }
        try {
            seekers.check(r.profile(null, null, null));
        } catch (InvalidInput e) {
            bad.addAll(e.violations());
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
    }

    static Page<DelegatedRegistration> page(StringBuilder q, Map<String, Object> p, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        if (cursor != null) {
            q.append(" and id < :after");
            p.put("after", cursor.part(0));
        }
        List<DelegatedRegistration> rows = DelegatedRegistration.<DelegatedRegistration>find(q + " order by id desc", p)
                .page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), d -> Cursor.of(d.id));
    }

    private static Status parseStatus(String raw) {
        try {
            return Status.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("status", "status 取值为 AWAITING_CLAIM、CLAIMED、DECLINED、EXPIRED / status must be AWAITING_CLAIM, CLAIMED, DECLINED or EXPIRED");
        }
    }

    /** The service given when registering: by phone for a recorded call, face to face otherwise. */
    static ServiceRecord.Channel channelOf(ConsentMethod method) {
        return method == ConsentMethod.PHONE_RECORDED ? ServiceRecord.Channel.PHONE : ServiceRecord.Channel.ONSITE;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
