package cn.nanhu.talent.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks every access token against its account: a deleted user, a disabled staff member, or a
 * token from before a sign-out, password reset or deletion (an older token generation) is
 * refused at once, not when the token expires.
 */
@ApplicationScoped
public class AccountCheck implements SecurityIdentityAugmentor {

    private final Accounts accounts;

    public AccountCheck(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            check(jwt);
            return identity;
        });
    }

    private void check(JsonWebToken jwt) {
        SubjectKind kind;
        int generation;
        try {
            kind = SubjectKind.valueOf(String.valueOf(jwt.<Object>getClaim(TokenService.KIND_CLAIM)));
            generation = Integer.parseInt(String.valueOf(jwt.<Object>getClaim(TokenService.GENERATION_CLAIM)));
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("token without account claims");
        }
        Integer live = QuarkusTransaction.requiringNew().call(() -> accounts.liveGeneration(kind, jwt.getSubject()).orElse(null));
        if (live == null || live != generation) {
            throw new AuthenticationFailedException("token revoked");
        }
    }
}
