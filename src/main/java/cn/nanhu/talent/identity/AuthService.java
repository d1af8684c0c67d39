package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.identity.IdentityDtos.TokenResponse;
import cn.nanhu.talent.wechat.WeChatClient.WeChatIdentity;
import cn.nanhu.talent.wechat.WeChatException;
import cn.nanhu.talent.wechat.WeChatGateway;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jboss.logging.Logger;

/** Sign-in for WeChat users and staff, token refresh with rotation, and sign-out. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    /** Verified against when the username is unknown, so the answer takes as long as for a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-0000");

    private final WeChatGateway wechat;
    private final TokenService tokens;
    private final Accounts accounts;
    private final LoginLogWriter loginLog;
    private final Pii pii;
    private final Clock clock;

    public AuthService(WeChatGateway wechat, TokenService tokens, Accounts accounts, LoginLogWriter loginLog, Pii pii,
            Clock clock) {
        this.wechat = wechat;
        this.tokens = tokens;
        this.accounts = accounts;
        this.loginLog = loginLog;
        this.pii = pii;
        this.clock = clock;
    }

    /** Finds or creates the user behind a wx.login code. An invalid or used code creates nothing. */
    @Transactional
    public TokenResponse wechatLogin(String code, ClientInfo client) {
        WeChatIdentity identity;
        try {
            identity = wechat.code2Session(code);
        } catch (WeChatException.Rejected e) {
            loginLog.record("WECHAT", SubjectKind.USER, null, null, false, "wechat-" + e.errcode(), client);
            throw new ApiException.Unauthorized("微信登录凭证无效或已使用，请重新登录 / the login code is invalid or was already used");
        } catch (ApiException e) {
            loginLog.record("WECHAT", SubjectKind.USER, null, null, false, "wechat-" + e.type(), client);
            throw e;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String openidHash = pii.hash(identity.openid());
        AppUser user = AppUser.byOpenidHash(openidHash).orElseGet(() -> {
            AppUser created = new AppUser();
            created.id = Ids.newId(clock);
            created.openidHash = openidHash;
            created.openidEnc = pii.encrypt(identity.openid());
            created.status = AppUser.Status.ACTIVE;
            created.createdAt = now;
            created.persist();
            return created;
        });
        if (identity.unionid() != null && user.unionidHash == null) {
            user.unionidHash = pii.hash(identity.unionid());
            user.unionidEnc = pii.encrypt(identity.unionid());
        }
        user.lastLoginAt = now;
        loginLog.record("WECHAT", SubjectKind.USER, user.id, null, true, null, client);
        return tokens.issue(SubjectKind.USER, user.id, accounts.userRoles(user.id), user.tokenGeneration, null);
    }

    /** Staff sign-in. Five wrong passwords in a row lock the account for 15 minutes (429 with Retry-After). */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse staffLogin(String username, String password, ClientInfo client) {
        StaffSignIn staff = authenticateStaff(username, password, client);
        return tokens.issue(SubjectKind.STAFF, staff.id(), staff.roles(), staff.generation(), null);
    }

    /** A staff member whose password was right: who it is, its roles and its current token generation. */
    public record StaffSignIn(String id, String username, String displayName, Set<String> roles, int generation) {
    }

    /**
     * Checks a staff member's password with the lock-out rule of {@link #staffLogin} and records the
     * attempt in the login log; for callers that keep their own sessions, such as the console.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public StaffSignIn authenticateStaff(String username, String password, ClientInfo client) {
        String name = username.strip().toLowerCase();
        StaffAccount staff = StaffAccount.byUsername(name).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (staff == null) {
            BcryptUtil.matches(password, DUMMY_HASH);
            loginLog.record("STAFF", SubjectKind.STAFF, null, name, false, "unknown-user", client);
            throw badCredentials();
        }
        if (staff.lockedUntil != null && staff.lockedUntil.isAfter(now)) {
            loginLog.record("STAFF", SubjectKind.STAFF, staff.id, name, false, "locked", client);
            long seconds = Math.max(1, Duration.between(now, staff.lockedUntil).toSeconds());
            throw new ApiException.TooManyRequests("登录失败次数过多，账号已临时锁定 / too many failed sign-ins: the account is locked for a while", seconds);
        }
        if (!BcryptUtil.matches(password, staff.passwordHash)) {
            staff.failedAttempts++;
            if (staff.failedAttempts >= MAX_FAILURES) {
                staff.lockedUntil = now.plus(LOCK_TIME);
                staff.failedAttempts = 0;
                LOG.warnf("Staff account %s locked after %d failed sign-ins", staff.id, MAX_FAILURES);
            }
            loginLog.record("STAFF", SubjectKind.STAFF, staff.id, name, false, "bad-password", client);
            throw badCredentials();
        }
        if (!staff.enabled) {
            loginLog.record("STAFF", SubjectKind.STAFF, staff.id, name, false, "disabled", client);
            throw badCredentials();
        }
        staff.failedAttempts = 0;
        staff.lockedUntil = null;
        staff.lastLoginAt = now;
        loginLog.record("STAFF", SubjectKind.STAFF, staff.id, name, true, null, client);
        return new StaffSignIn(staff.id, staff.username, staff.displayName, staff.roleSet(), staff.tokenGeneration);
    }

    /** Rotates a refresh token. Reusing an old one revokes its whole family; that revocation must commit. */
    @Transactional(dontRollbackOn = ApiException.Unauthorized.class)
    public TokenResponse refresh(String presented, ClientInfo client) {
        RefreshToken old;
        try {
            old = tokens.consume(presented);
        } catch (ApiException.Unauthorized e) {
            loginLog.record("REFRESH", null, null, null, false, "refresh-rejected", client);
            throw e;
        }
        Accounts.Active account = accounts.active(old.subjectKind, old.subjectId)
                .orElseThrow(() -> new ApiException.Unauthorized("账号不可用 / the account is not active"));
        return tokens.issue(old.subjectKind, old.subjectId, account.roles(), account.generation(), old.familyId);
    }

    /** Signs the caller out everywhere: refresh tokens revoked, access tokens refused from now on. */
    @Transactional
    public void logout(SubjectKind kind, String subjectId) {
        tokens.revokeAll(kind, subjectId);
        accounts.bumpGeneration(kind, subjectId);
    }

    private static ApiException.Unauthorized badCredentials() {
        return new ApiException.Unauthorized("用户名或密码错误 / wrong username or password");
    }
}
