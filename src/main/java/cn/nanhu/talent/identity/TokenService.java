package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Hashing;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.NanhuConfig;
import cn.nanhu.talent.identity.IdentityDtos.AccountSummary;
import cn.nanhu.talent.identity.IdentityDtos.TokenResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mints token pairs: a short-lived RS256 access JWT carrying the roles and the account's token
 * generation, and an opaque refresh token stored only as a hash. Runs inside the caller's
 * transaction.
 */
@ApplicationScoped
public class TokenService {

    static final String KIND_CLAIM = "knd";
    static final String GENERATION_CLAIM = "gen";

    private final NanhuConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(NanhuConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** A new pair; {@code familyId} null starts a new family (a fresh login). */
    TokenResponse issue(SubjectKind kind, String subjectId, Set<String> roles, int generation, String familyId) {
        Instant now = clock.instant();
        List<String> sortedRoles = List.copyOf(new TreeSet<>(roles));
        String access = Jwt.issuer(config.jwt().issuer())
                .subject(subjectId)
                .groups(Set.copyOf(sortedRoles))
                .claim(KIND_CLAIM, kind.name())
                .claim(GENERATION_CLAIM, generation)
                .issuedAt(now)
                .expiresAt(now.plus(config.jwt().accessTtl()))
                .sign();

        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken row = new RefreshToken();
        row.id = Ids.newId(clock);
        row.familyId = familyId == null ? row.id : familyId;
        row.subjectKind = kind;
        row.subjectId = subjectId;
        row.tokenHash = hash(refresh);
        row.issuedAt = OffsetDateTime.now(clock);
        row.expiresAt = row.issuedAt.plus(config.jwt().refreshTtl());
        row.persist();
        return new TokenResponse(access, refresh, "Bearer", config.jwt().accessTtl().toSeconds(),
                new AccountSummary(subjectId, kind.name(), sortedRoles));
    }

    /**
     * Marks a presented refresh token used and returns it, so its family can continue. A token
     * that was already used or revoked is a replay: the whole family is revoked. Callers must let
     * the transaction commit even when this throws, so the revocation sticks.
     */
    RefreshToken consume(String presented) {
        RefreshToken token = RefreshToken.<RefreshToken>find("tokenHash", hash(presented)).firstResult();
        if (token == null) {
            throw invalid();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (token.usedAt != null || token.revokedAt != null) {
            revokeFamily(token.familyId);
            throw new ApiException.Unauthorized("刷新令牌已被使用，已注销该登录 / refresh token reused: the session was revoked");
        }
        if (!token.expiresAt.isAfter(now)) {
            throw invalid();
        }
        int claimed = RefreshToken.update("usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null", now, token.id);
        if (claimed != 1) {
            revokeFamily(token.familyId);
            throw new ApiException.Unauthorized("刷新令牌已被使用，已注销该登录 / refresh token reused: the session was revoked");
        }
        return token;
    }

    /** Revokes every live refresh token of an account, e.g. at logout or deletion. */
    void revokeAll(SubjectKind kind, String subjectId) {
        RefreshToken.update("revokedAt = ?1 where subjectKind = ?2 and subjectId = ?3 and revokedAt is null",
                OffsetDateTime.now(clock), kind, subjectId);
    }

    private void revokeFamily(String familyId) {
        RefreshToken.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", OffsetDateTime.now(clock), familyId);
    }

    private static ApiException.Unauthorized invalid() {
        return new ApiException.Unauthorized("刷新令牌无效或已过期，请重新登录 / refresh token invalid or expired: sign in again");
    }

    static String hash(String token) {
        return Hashing.sha256Hex(token);
    }
}
