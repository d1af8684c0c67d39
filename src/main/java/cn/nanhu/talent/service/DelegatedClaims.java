package cn.nanhu.talent.service;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.identity.UserDirectory;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileView;
import cn.nanhu.talent.seeker.SeekerService;
import cn.nanhu.talent.service.DelegatedDtos.Claimed;
import cn.nanhu.talent.service.DelegatedDtos.Declined;
import cn.nanhu.talent.service.DelegatedRegistration.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person's side of 委托登记: they find what staff registered for the phone they bound, and accept
 * it into their own 求职登记 or decline it. Declined and long-unclaimed registrations are erased, and
 * so is a claimed one when its seeker deletes the account.
 */
@ApplicationScoped
public class DelegatedClaims {

    private final SeekerService seekers;
    private final UserDirectory users;
    private final DelegatedViews views;
    private final AuditLog audit;
    private final Pii pii;
    private final Clock clock;

    public DelegatedClaims(SeekerService seekers, UserDirectory users, DelegatedViews views, AuditLog audit, Pii pii, Clock clock) {
        this.seekers = seekers;
        this.users = users;
        this.views = views;
        this.audit = audit;
        this.pii = pii;
        this.clock = clock;
    }

    /** The registrations made for the phone the caller bound; none without a bound phone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DelegatedDtos.SeekerView> forSeeker(String userId, PageRequest page) {
        Optional<String> hash = phoneHash(userId);
        if (hash.isEmpty()) {
            return Page.of(List.of());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("hash", hash.get());
        return DelegatedRegistrations.page(new StringBuilder("phoneHash = :hash"), p, page).map(views::seeker);
    }

    /**
     * Copies the registration into the caller's 求职登记 through the seeker feature, which asks for
     * the caller's own consent to the privacy policy in force (428 without it). A résumé and the
     * visibility the caller already chose are kept. The service log then names the seeker.
     */
    @Transactional
    public Claimed accept(String userId, String id, String consentVersion) {
        DelegatedRegistration d = awaiting(userId, id);
        String resume = null;
        String visibility = null;
        if (seekers.exists(userId)) {
            ProfileView existing = seekers.get(userId);
            resume = existing.resumeFileId();
            visibility = existing.visibility();
        }
        ProfileView profile = seekers.put(userId, DelegatedViews.profile(d, resume, visibility, consentVersion));
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.status = Status.CLAIMED;
        d.claimedBy = userId;
        d.resolvedAt = now;
        d.updatedAt = now;
        // the contents now live in the seeker's own registration; this row keeps who and how only
        d.eraseProfileFields();
        ServiceRecord.update("subjectKind = ?1, subjectId = ?2 where subjectKind = ?3 and subjectId = ?4",
                ServiceRecord.SubjectKind.SEEKER, userId, ServiceRecord.SubjectKind.DELEGATED, d.id);
        audit.record("USER", userId, "DELEGATED_REGISTRATION_CLAIMED", "DELEGATED_REGISTRATION", d.id, Map.of());
        return new Claimed(d.id, d.status.name(), profile);
    }

    /** Discards the registration: every personal field is erased. */
    @Transactional
    public Declined decline(String userId, String id) {
        DelegatedRegistration d = awaiting(userId, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.status = Status.DECLINED;
        d.resolvedAt = now;
        d.updatedAt = now;
        d.erasePersonalFields();
        audit.record("USER", userId, "DELEGATED_REGISTRATION_DECLINED", "DELEGATED_REGISTRATION", d.id, Map.of());
        return new Declined(d.id, d.status.name());
    }

    /** Erases every registration unclaimed for longer than the configured days; returns how many. */
    @Transactional
    int expire(int unclaimedDays) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<DelegatedRegistration> due = DelegatedRegistration.list("status = ?1 and createdAt <= ?2",
                Status.AWAITING_CLAIM, now.minusDays(unclaimedDays));
        for (DelegatedRegistration d : due) {
            d.status = Status.EXPIRED;
            d.resolvedAt = now;
            d.updatedAt = now;
            d.erasePersonalFields();
            audit.record("SYSTEM", null, "DELEGATED_REGISTRATION_EXPIRED", "DELEGATED_REGISTRATION", d.id,
                    Map.of("unclaimedDays", unclaimedDays));
        }
        return due.size();
    }

    /** When a seeker deletes their account, what was registered for them goes too. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(String userId) {
        DelegatedRegistration.<DelegatedRegistration>list("claimedBy", userId).forEach(d -> {
            d.erasePersonalFields();
            d.updatedAt = OffsetDateTime.now(clock);
        });
    }

    /** The caller's registration awaiting a claim, locked; another phone's is 404, a settled one 409. */
    private DelegatedRegistration awaiting(String userId, String id) {
        Optional<String> hash = phoneHash(userId);
        DelegatedRegistration d = Ids.looksLikeId(id) && hash.isPresent()
                ? DelegatedRegistration.findById(id, LockModeType.PESSIMISTIC_WRITE) : null;
        if (d == null || d.phoneHash == null || !d.phoneHash.equals(hash.get())) {
            throw new ApiException.NotFound("没有这条委托登记 / no such registration for your phone");
        }
        if (d.status != Status.AWAITING_CLAIM) {
            throw new ApiException.InvalidState("这条委托登记已处理 / this registration was already " + d.status);
        }
        return d;
    }

    private Optional<String> phoneHash(String userId) {
        return users.phone(userId).map(pii::hash);
    }
}
