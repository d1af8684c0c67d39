package cn.nanhu.talent.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The service's own settings, under {@code nanhu.*}. Secrets have no defaults in prod. */
@ConfigMapping(prefix = "nanhu")
public interface NanhuConfig {

    /** Where the service keeps its files: the embedded database, uploads and generated dev keys. */
    @WithDefault("./data")
    String dataDir();

    Pii pii();

    Jwt jwt();

    BootstrapAdmin bootstrapAdmin();

    /** Keys for personal data at rest, each base64 of 32 random bytes. */
    interface Pii {
        /** AES-256-GCM key (PII_KEY). */
        String key();

        /** HMAC-SHA256 key for look-up hashes (PII_HASH_KEY). */
        String hashKey();
    }

    /** Access and refresh tokens. */
    interface Jwt {
        @WithDefault("https://nanhu-talent.cn")
        String issuer();

        /** Lifetime of an access token: short, since it is checked against the account on every request. */
        @WithDefault("PT15M")
        Duration accessTtl();

        @WithDefault("P30D")
        Duration refreshTtl();

        /** PEM (PKCS#8) private key that signs access tokens. */
        String signKeyFile();

        /** PEM public key that verifies them. */
        String verifyKeyFile();
    }

    /** The first admin, created when no enabled admin exists (ADMIN_USERNAME / ADMIN_PASSWORD). */
    interface BootstrapAdmin {
        Optional<String> username();

        Optional<String> password();
    }
}
