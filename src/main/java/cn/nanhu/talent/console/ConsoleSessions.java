package cn.nanhu.talent.console;

import cn.nanhu.talent.common.Hashing;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.identity.Accounts;
import cn.nanhu.talent.identity.AuthService;
import cn.nanhu.talent.identity.AuthService.StaffSignIn;
import cn.nanhu.talent.identity.ClientInfo;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * Server-side console sessions. Passwords are checked by the identity feature (with its lock-out);
 * a session lives until sign-out, its idle or absolute timeout, or until the account is disabled or
 * its roles or password change (the account's token generation moves on).
 */
@ApplicationScoped
public class ConsoleSessions {

    /** Writing {@code last_seen_at} at most this often keeps busy pages from writing on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new session: the token for the cookie (shown once, stored hashed). */
    public record Opened(String token, Staffer staffer) {
    }

    private final AuthService auth;
    private final Accounts accounts;
    private final StaffDirectory directory;
    private final ConsoleConfig config;
    private final Clock clock;

    public ConsoleSessions(AuthService auth, Accounts accounts, StaffDirectory directory, ConsoleConfig config, Clock clock) {
        this.auth = auth;
        this.accounts = accounts;
        this.directory = directory;
        this.config = config;
        this.clock = clock;
    }

    /** Checks the password (wrong ones count towards the lock-out) and opens a session. */
    @Transactional(dontRollbackOn = ApiException.class)
    public Opened signIn(String username, String password, ClientInfo client) {
        StaffSignIn who = auth.authenticateStaff(username, password, client);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String token = randomToken();
        ConsoleSession s = new ConsoleSession();
        s.id = Ids.newId(clock);
        s.tokenHash = Hashing.sha256Hex(token);
        s.staffId = who.id();
        s.tokenGeneration = who.generation();
        s.csrfToken = randomToken();
        s.createdAt = now;
        s.lastSeenAt = now;
        s.expiresAt = now.plus(config.absoluteTimeout());
        s.ip = client.ip();
        s.userAgent = client.userAgent();
        s.persist();
        return new Opened(token, new Staffer(s.id, who.id(), who.displayName(), who.roles(), s.csrfToken));
    }

    /** The live session behind a cookie token, or empty: unknown, revoked, timed out, or the account changed. */
    @Transactional
    public Optional<Staffer> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        ConsoleSession s = ConsoleSession.<ConsoleSession>find("tokenHash", Hashing.sha256Hex(token)).firstResult();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (s == null || s.revokedAt != null || !now.isBefore(s.expiresAt)
                || !now.isBefore(s.lastSeenAt.plus(config.idleTimeout()))) {
            return Optional.empty();
        }
        Optional<Accounts.Active> account = accounts.activeStaff(s.staffId);
        if (account.isEmpty() || account.get().generation() != s.tokenGeneration) {
            s.revokedAt = now;
            return Optional.empty();
        }
        if (!now.isBefore(s.lastSeenAt.plus(TOUCH_EVERY))) {
            s.lastSeenAt = now;
        }
        String name = directory.find(s.staffId).map(StaffDirectory.StaffSummary::displayName).orElse("");
        return Optional.of(new Staffer(s.id, s.staffId, name, account.get().roles(), s.csrfToken));
    }

    /** Ends a session at once: its cookie no longer works anywhere. */
    @Transactional
    public void revoke(String sessionId) {
        ConsoleSession s = ConsoleSession.findById(sessionId);
        if (s != null && s.revokedAt == null) {
            s.revokedAt = OffsetDateTime.now(clock);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
