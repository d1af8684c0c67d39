package cn.nanhu.talent.employer;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.employer.EmployerDtos.Created;
import cn.nanhu.talent.employer.EmployerDtos.EmployerRequest;
import cn.nanhu.talent.employer.EmployerDtos.EmployerView;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.reference.ReferenceData;
import cn.nanhu.talent.review.ReviewKind;
import cn.nanhu.talent.review.ReviewQueue;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-name registration: a WeChat user registers a company, becomes its owner, and the
 * registration waits in the review queue. A rejected registration can be corrected and resubmitted.
 */
@ApplicationScoped
public class EmployerService {

    private final ReviewQueue reviews;
    private final ReferenceData reference;
    private final LicenseCheck licenses;
    private final Pii pii;
    private final Tally tally;
    private final Clock clock;

    public EmployerService(ReviewQueue reviews, ReferenceData reference, LicenseCheck licenses, Pii pii, Tally tally, Clock clock) {
        this.reviews = reviews;
        this.reference = reference;
        this.licenses = licenses;
        this.pii = pii;
        this.tally = tally;
        this.clock = clock;
    }

    @Transactional
    public Created register(String userId, EmployerRequest request) {
        if (EmployerMember.ofUser(userId).isPresent()) {
            throw new ApiException.Conflict("你已属于一个用人单位 / you already belong to an employer");
        }
        String creditCode = validate(userId, request);
        if (Employer.count("creditCode", creditCode) > 0) {
            throw new ApiException.Conflict("该统一社会信用代码已注册 / this credit code is already registered");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Employer e = new Employer();
        e.id = Ids.newId(clock);
        e.createdAt = now;
        apply(e, request, creditCode);
        e.persist();
        EmployerMember owner = new EmployerMember();
        owner.employerId = e.id;
        owner.userId = userId;
        owner.role = EmployerMember.Role.OWNER;
        owner.joinedAt = now;
        owner.persist();
        submitForReview(e, false);
        return new Created(e.id, e.status.name());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployerView mine(String userId) {
        EmployerMember m = EmployerMember.ofUser(userId)
                .orElseThrow(() -> new ApiException.NotFound("你还没有登记用人单位 / you have not registered an employer"));
        return view(Employer.findById(m.employerId), m.role.name());
    }

    /** Corrects a pending or rejected registration and queues it again. Verified companies change through their dedicated HR. */
    @Transactional
    public EmployerView resubmit(String userId, EmployerRequest request) {
        EmployerMember m = EmployerMember.ofUser(userId)
                .orElseThrow(() -> new ApiException.NotFound("你还没有登记用人单位 / you have not registered an employer"));
        if (m.role != EmployerMember.Role.OWNER) {
            throw new ApiException.Forbidden("只有单位创建者可以修改登记信息 / only the owner can change the registration");
        }
        Employer e = Employer.findById(m.employerId);
        if (e.status != Employer.Status.REJECTED && e.status != Employer.Status.PENDING) {
            throw new ApiException.InvalidState("已认证的单位请联系专属HR修改信息 / a verified employer changes its details through its dedicated HR");
        }
        String creditCode = validate(userId, request);
        if (!creditCode.equals(e.creditCode) && Employer.count("creditCode", creditCode) > 0) {
            throw new ApiException.Conflict("该统一社会信用代码已注册 / this credit code is already registered");
        }
        apply(e, request, creditCode);
        submitForReview(e, true);
        return view(e, m.role.name());
    }

    /** The public profile: approved employers only; anything else is 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicEmployer publicProfile(String id) {
        Employer e = Ids.looksLikeId(id) ? Employer.findById(id) : null;
        if (e == null || e.status != Employer.Status.APPROVED) {
            throw new ApiException.NotFound("没有这个单位 / no such employer");
        }
        return profile(e);
    }

    /** The public profiles of those of the given employers that are approved, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, PublicEmployer> publicProfiles(Collection<String> ids) {
        Map<String, PublicEmployer> out = new HashMap<>();
        if (!ids.isEmpty()) {
            Employer.<Employer>list("id in ?1 and status = ?2", ids, Employer.Status.APPROVED).forEach(e -> out.put(e.id, profile(e)));
        }
        return out;
    }

    private PublicEmployer profile(Employer e) {
        return new PublicEmployer(e.id, e.name, e.industryCode,
                reference.industry(e.industryCode).map(i -> i.name()).orElse(null), e.districtCode,
                reference.division(e.districtCode).map(d -> d.name()).orElse(null), e.address, e.scale, badges(e));
    }

    private String validate(String userId, EmployerRequest r) {
        String creditCode = UnifiedCreditCode.normalise(r.creditCode());
        if (!UnifiedCreditCode.isValid(creditCode)) {
            throw InvalidInput.of("creditCode", "统一社会信用代码无效（校验位不符）/ not a valid unified social credit code (check digit)");
        }
        if (reference.industry(r.industryCode().strip()).isEmpty()) {
            throw InvalidInput.of("industryCode", "没有这个行业代码（GB/T 4754-2017）/ no such industry code");
        }
        if (reference.division(r.districtCode().strip()).isEmpty()) {
            throw InvalidInput.of("districtCode", "没有这个行政区划代码 / no such division code");
        }
        licenses.requireUsable(r.licenseFileId().strip(), userId);
        return creditCode;
    }

    private void apply(Employer e, EmployerRequest r, String creditCode) {
        e.name = r.name().strip();
        e.creditCode = creditCode;
        e.legalRepresentative = r.legalRepresentative().strip();
        e.industryCode = r.industryCode().strip();
        e.districtCode = r.districtCode().strip();
        e.address = r.address().strip();
        e.scale = r.scale();
        e.aboveSizeClaimed = r.aboveDesignatedSize();
        e.aboveSizeConfirmed = false;
        e.contactName = r.contactName().strip();
        e.contactPhoneEnc = pii.encrypt(r.contactPhone());
        e.contactPhoneHash = pii.hash(r.contactPhone());
        e.contactPhoneMasked = Masking.phone(r.contactPhone());
        e.licenseFileId = r.licenseFileId().strip();
        e.status = Employer.Status.PENDING;
        e.statusReason = null;
        e.updatedAt = OffsetDateTime.now(clock);
    }

    private void submitForReview(Employer e, boolean resubmission) {
        List<String> flags = new ArrayList<>();
        if (e.aboveSizeClaimed) {
            flags.add("ABOVE_SIZE_CLAIMED");
        }
        if (resubmission) {
            flags.add("RESUBMISSION");
        }
        String district = reference.division(e.districtCode).map(d -> d.name()).orElse(e.districtCode);
        reviews.submit(ReviewKind.EMPLOYER, e.id, e.name + "（" + e.creditCode + "）" + district, flags);
        tally.employer(e.id);
    }

    static List<String> badges(Employer e) {
        List<String> badges = new ArrayList<>();
        if (e.status == Employer.Status.APPROVED) {
            badges.add("VERIFIED");
            if (e.aboveSizeConfirmed) {
                badges.add("ABOVE_DESIGNATED_SIZE");
            }
        }
        return badges;
    }

    static EmployerView view(Employer e, String memberRole) {
        return new EmployerView(e.id, e.name, e.creditCode, e.legalRepresentative, e.industryCode, e.districtCode, e.address,
                e.scale, e.aboveSizeClaimed, e.contactName, e.contactPhoneMasked, e.licenseFileId, e.status.name(),
                e.statusReason, badges(e), memberRole, e.createdAt, e.updatedAt, e.approvedAt);
    }
}
