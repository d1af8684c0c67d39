package cn.nanhu.talent.seeker;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.files.FilePurpose;
import cn.nanhu.talent.files.FileService;
import cn.nanhu.talent.identity.SubjectKind;
import cn.nanhu.talent.reference.DictDtos.DivisionView;
import cn.nanhu.talent.reference.ReferenceData;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileRequest;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileSnapshot;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Seekers' registrations (求职登记): validated against the dictionaries, given only with consent to
 * the privacy policy in force, the ID number sealed. Other features ask here for a seeker who may
 * apply and for the snapshot an application carries.
 */
@ApplicationScoped
public class SeekerService {

    /** A seeker's own education; "不限" only makes sense on a job. */
    public static final List<String> EDUCATION = List.of("初中", "高中", "中专", "大专", "本科", "硕士", "博士");
    /** The youngest age at which one may work (劳动法 第十五条). */
    static final int MIN_AGE = 16;

    private final ReferenceData reference;
    private final FileService files;
    private final Pii pii;
    private final SeekerConfig config;
    private final SeekerChanges changes;
    private final EntityManager em;
    private final Clock clock;

    public SeekerService(ReferenceData reference, FileService files, Pii pii, SeekerConfig config, SeekerChanges changes,
            EntityManager em, Clock clock) {
        this.reference = reference;
        this.files = files;
        this.pii = pii;
        this.config = config;
        this.changes = changes;
        this.em = em;
        this.clock = clock;
    }

    public String privacyPolicyVersion() {
        return config.privacyPolicyVersion();
    }

    /** Creates or replaces the caller's registration. */
    @Transactional
    public ProfileView put(String userId, ProfileRequest r) {
        requireConsent(r.consentVersion());
        validate(userId, r);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SeekerProfile p = SeekerProfile.findById(userId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = p == null;
        if (created) {
            p = new SeekerProfile();
            p.userId = userId;
            p.createdAt = now;
        }
        p.name = r.name().strip();
        p.gender = r.gender();
        p.birthYear = r.birthYear();
        p.education = r.education().strip();
        p.major = blankToNull(r.major());
        p.school = blankToNull(r.school());
        p.graduationYear = r.graduationYear();
        p.experienceYears = r.experienceYears();
        p.currentDistrictCode = blankToNull(r.currentDistrictCode());
        p.desiredDistrictCodes = SeekerProfile.join(distinct(r.desiredDistrictCodes()));
        p.desiredOccupationCodes = SeekerProfile.join(distinct(r.desiredOccupationCodes()));
        p.desiredSalaryMin = r.desiredSalaryMin();
        p.skills = SeekerProfile.join(distinct(r.skills()));
        p.intro = blankToNull(r.intro());
        p.resumeFileId = blankToNull(r.resumeFileId());
        p.visibility = r.visibility() == null ? SeekerProfile.Visibility.APPLIED_ONLY : SeekerProfile.Visibility.valueOf(r.visibility());
        if (r.idNumber() != null) {
            String id = IdNumber.normalise(r.idNumber());
            if (id.isEmpty()) {
                p.idNumberSealed = null;
                p.idNumberMasked = null;
            } else {
                p.idNumberSealed = pii.encrypt(id);
                p.idNumberMasked = Masking.idNumber(id);
                recordConsent(userId, "ID_NUMBER", config.privacyPolicyVersion(), now);
            }
        }
        // requireConsent made sure it is the version in force
        String version = config.privacyPolicyVersion();
        if (created || !Objects.equals(p.consentVersion, version)) {
            p.consentVersion = version;
            p.consentedAt = now;
            recordConsent(userId, "PRIVACY_POLICY", version, now);
        }
        p.completeness = completeness(p);
        p.updatedAt = now;
        if (created) {
            p.persist();
        }
        em.flush();
        changes.changed(userId);
        return view(p);
    }

    /**
     * Checks a registration against the dictionaries and rules exactly as {@link #put} does, without
     * storing anything and without asking for consent: for a registration a staff member makes on a
     * person's behalf, which the person later accepts through {@link #put}. A résumé file cannot be
     * checked without its owner, so {@code resumeFileId} must be absent. 400 naming the fields.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(ProfileRequest r) {
        if (r.resumeFileId() != null) {
            throw InvalidInput.of("resumeFileId", "代为登记不能附简历 / a registration made on someone's behalf has no résumé");
        }
        validate(null, r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView get(String userId) {
        SeekerProfile p = SeekerProfile.findById(userId);
        if (p == null) {
            throw new ApiException.NotFound("尚未求职登记 / no registration yet: PUT /api/v1/seeker/profile first");
        }
        return view(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String userId) {
        return SeekerProfile.findById(userId) != null;
    }

    /** Where the seeker is and wants to work (current district first), or nothing before they register. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> places(String userId) {
        SeekerProfile p = SeekerProfile.findById(userId);
        if (p == null) {
            return List.of();
        }
        LinkedHashSet<String> places = new LinkedHashSet<>();
        if (p.currentDistrictCode != null) {
            places.add(p.currentDistrictCode);
        }
        places.addAll(p.desiredDistricts());
        return List.copyOf(places);
    }

    /**
     * The caller's registration, locked until the caller's transaction ends, when the seeker may act
     * on it: registered, and agreed to the privacy policy in force. Otherwise 428 saying what to do.
     * The lock puts one seeker's applications in a queue, so caps and idempotency keys hold under
     * concurrent requests.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SeekerProfile requireReady(String userId) {
        return ready(SeekerProfile.findById(userId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Like {@link #requireReady}, to read: no lock. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeekerProfile readyProfile(String userId) {
        return ready(SeekerProfile.findById(userId));
    }

    private SeekerProfile ready(SeekerProfile p) {
        if (p == null) {
            throw new ApiException.PreconditionRequired("profile-required",
                    "请先完成求职登记 / register first: PUT /api/v1/seeker/profile");
        }
        if (!config.privacyPolicyVersion().equals(p.consentVersion)) {
            throw consentRequired();
        }
        return p;
    }

    /** The registration as an employer receives it with an application. */
    public ProfileSnapshot snapshot(SeekerProfile p) {
        return new ProfileSnapshot(p.name, p.gender, p.birthYear, p.education, p.major, p.school, p.graduationYear,
                p.experienceYears, p.currentDistrictCode, districtName(p.currentDistrictCode), p.desiredOccupations(),
                p.desiredSalaryMin, p.skillList(), p.intro, p.resumeFileId, p.completeness);
    }

    /** Erases a deleted user's registration; their consent records stay, as evidence of what they agreed to. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(String userId) {
        if (SeekerProfile.delete("userId", userId) > 0) {
            changes.changed(userId);
        }
    }

    private void requireConsent(String version) {
        if (version == null || !version.strip().equals(config.privacyPolicyVersion())) {
            throw consentRequired();
        }
    }

    private ApiException consentRequired() {
        return new ApiException.PreconditionRequired("consent-required", "请先阅读并同意《隐私政策》（版本 "
                + config.privacyPolicyVersion() + "），并在 consentVersion 中提交该版本号 / agree to the privacy policy version "
                + config.privacyPolicyVersion() + " and send it as consentVersion");
    }

    private void validate(String userId, ProfileRequest r) {
        List<Violation> bad = new ArrayList<>();
        int thisYear = OffsetDateTime.now(clock).atZoneSameInstant(Clocks.ZONE).getYear();
        if (!EDUCATION.contains(r.education().strip())) {
            bad.add(new Violation("education", "学历取值为 " + String.join("、", EDUCATION) + " / education must be one of the listed values"));
        }
        if (r.birthYear() != null && r.birthYear() > thisYear - MIN_AGE) {
            bad.add(new Violation("birthYear", "年满 16 周岁方可求职登记 / a seeker must be at least 16"));
        }
        if (r.graduationYear() != null && r.graduationYear() > thisYear + 6) {
            bad.add(new Violation("graduationYear", "毕业年份无效 / graduationYear is too far ahead"));
        }
        if (r.currentDistrictCode() != null && !r.currentDistrictCode().isBlank() && reference.division(r.currentDistrictCode().strip()).isEmpty()) {
            bad.add(new Violation("currentDistrictCode", "没有这个行政区划代码 / no such division code"));
        }
        for (String code : nullToEmpty(r.desiredDistrictCodes())) {
            if (reference.division(code.strip()).isEmpty()) {
                bad.add(new Violation("desiredDistrictCodes", "没有这个行政区划代码：" + code + " / no such division code"));
            }
        }
        for (String code : nullToEmpty(r.desiredOccupationCodes())) {
            if (reference.occupation(code.strip()).isEmpty()) {
                bad.add(new Violation("desiredOccupationCodes", "没有这个职业分类代码：" + code + " / no such occupation code"));
            }
        }
        if (r.resumeFileId() != null && !r.resumeFileId().isBlank() && !usableResume(r.resumeFileId().strip(), userId)) {
            bad.add(new Violation("resumeFileId", "请先以 purpose=RESUME 上传简历文件 / upload the résumé first (purpose RESUME)"));
        }
        if (r.idNumber() != null && !r.idNumber().isBlank()) {
            if (!IdNumber.isValid(IdNumber.normalise(r.idNumber()))) {
                bad.add(new Violation("idNumber", "身份证号码无效（校验位不符）/ not a valid ID number"));
            }
            if (!Boolean.TRUE.equals(r.idNumberConsent())) {
                bad.add(new Violation("idNumberConsent", "提供身份证号码须单独同意其收集与使用 / an ID number needs its own consent: idNumberConsent=true"));
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
    }

    private boolean usableResume(String fileId, String userId) {
        return files.isOwnedBy(fileId, SubjectKind.USER, userId)
                && files.info(fileId).map(f -> f.purpose() == FilePurpose.RESUME || f.purpose() == FilePurpose.ATTACHMENT).orElse(false);
    }

    private void recordConsent(String userId, String kind, String version, OffsetDateTime at) {
        em.createNativeQuery("insert into seeker_consent (id, user_id, kind, policy_version, given_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Ids.newId(clock)).setParameter(2, userId).setParameter(3, kind).setParameter(4, version)
                .setParameter(5, at).executeUpdate();
    }

    /**
     * How complete the registration is, 0–100: what an employer needs most (who, where, what work)
     * weighs most. The weights add up to 100.
     */
    static int completeness(SeekerProfile p) {
        int score = 0;
        score += p.name != null ? 10 : 0;
        score += p.education != null ? 10 : 0;
        score += 5; // experienceYears is required
        score += p.gender != null ? 5 : 0;
        score += p.birthYear != null ? 5 : 0;
        score += p.school != null ? 5 : 0;
        score += p.major != null ? 5 : 0;
        score += p.graduationYear != null ? 5 : 0;
        score += p.currentDistrictCode != null ? 10 : 0;
        score += !p.desiredDistricts().isEmpty() ? 10 : 0;
        score += !p.desiredOccupations().isEmpty() ? 10 : 0;
        score += p.desiredSalaryMin != null ? 5 : 0;
        score += !p.skillList().isEmpty() ? 5 : 0;
        score += p.intro != null ? 5 : 0;
        score += p.resumeFileId != null ? 5 : 0;
        return score;
    }

    private ProfileView view(SeekerProfile p) {
        return new ProfileView(p.name, p.gender, p.birthYear, p.education, p.major, p.school, p.graduationYear,
                p.experienceYears, p.currentDistrictCode, districtName(p.currentDistrictCode), p.desiredDistricts(),
                p.desiredOccupations(), p.desiredSalaryMin, p.skillList(), p.intro, p.resumeFileId, p.visibility.name(),
                p.idNumberMasked, p.completeness, p.consentVersion, p.consentedAt,
                config.privacyPolicyVersion().equals(p.consentVersion), config.privacyPolicyVersion(), p.updatedAt);
    }

    private String districtName(String code) {
        return code == null ? null : reference.division(code).map(DivisionView::name).orElse(null);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }

    private static List<String> nullToEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
