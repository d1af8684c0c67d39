package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.identity.IdentityDtos.EmployerMembership;
import cn.nanhu.talent.identity.IdentityDtos.MeView;
import cn.nanhu.talent.identity.IdentityDtos.PhoneView;
import cn.nanhu.talent.wechat.WeChatException;
import cn.nanhu.talent.wechat.WeChatGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

/** The caller's own account: what it is, binding a phone, and deleting it (注销). */
@ApplicationScoped
public class MeService {

    private final Accounts accounts;
    private final Instance<AccountFacts> facts;
    private final WeChatGateway wechat;
    private final TokenService tokens;
    private final Event<AccountDeleted> deleted;
    private final Pii pii;
    private final Clock clock;

    public MeService(Accounts accounts, Instance<AccountFacts> facts, WeChatGateway wechat, TokenService tokens,
            Event<AccountDeleted> deleted, Pii pii, Clock clock) {
        this.accounts = accounts;
        this.facts = facts;
        this.wechat = wechat;
        this.tokens = tokens;
        this.deleted = deleted;
        this.pii = pii;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeView me(SubjectKind kind, String id) {
        if (kind == SubjectKind.STAFF) {
            StaffAccount staff = StaffAccount.<StaffAccount>findByIdOptional(id).orElseThrow(MeService::gone);
            return new MeView(staff.id, kind.name(), List.copyOf(new TreeSet<>(staff.roleSet())), null, false,
                    staff.username, staff.displayName, false, null);
        }
        AppUser user = activeUser(id);
        boolean hasProfile = false;
        EmployerMembership membership = null;
        for (AccountFacts f : facts) {
            hasProfile |= f.hasSeekerProfile(id);
            if (membership == null) {
                membership = f.employerMembership(id).orElse(null);
            }
        }
        return new MeView(user.id, kind.name(), List.copyOf(new TreeSet<>(accounts.userRoles(id))), user.phoneMasked,
                user.phoneEnc != null, null, null, hasProfile, membership);
    }

    /** Binds the phone number behind a getPhoneNumber code; stored sealed, shown masked. */
    @Transactional
    public PhoneView bindPhone(String userId, String phoneCode) {
        AppUser user = activeUser(userId);
        String phone;
        try {
            phone = wechat.phoneNumber(phoneCode);
        } catch (WeChatException.Rejected e) {
            throw InvalidInput.of("phoneCode", "手机号授权码无效或已使用 / the phone code is invalid or was already used");
        }
        user.phoneHash = pii.hash(phone);
        user.phoneEnc = pii.encrypt(phone);
        user.phoneMasked = Masking.phone(phone);
        return new PhoneView(user.phoneMasked);
    }

    /**
     * Deletes the account: every token stops working at once, the sealed identifiers and phone
     * are erased, and each feature erases or anonymises its own data in the same transaction.
     * The row stays, de-identified, so records the law requires (e.g. the login log) keep a
     * pseudonymous reference; a later WeChat sign-in starts a new account.
     */
    @Transactional
    public void delete(String userId) {
        AppUser user = activeUser(userId);
        deleted.fire(new AccountDeleted(user.id));
        tokens.revokeAll(SubjectKind.USER, user.id);
        user.status = AppUser.Status.DELETED;
        user.deletedAt = OffsetDateTime.now(clock);
        user.tokenGeneration++;
        user.openidHash = "deleted:" + user.id;
        user.openidEnc = null;
        user.unionidHash = null;
        user.unionidEnc = null;
        user.phoneHash = null;
        user.phoneEnc = null;
        user.phoneMasked = null;
    }

    private static AppUser activeUser(String id) {
        AppUser user = AppUser.findById(id);
        if (user == null || user.status != AppUser.Status.ACTIVE) {
            throw gone();
        }
        return user;
    }

    private static ApiException.Unauthorized gone() {
        return new ApiException.Unauthorized("账号不存在或已注销 / the account no longer exists");
    }
}
