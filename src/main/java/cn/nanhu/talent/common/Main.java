package cn.nanhu.talent.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Entry point. Before Quarkus boots, the prod profile checks that every setting it has no default
 * for is in the environment and stops with one message naming all that are missing; other
 * profiles generate the JWT signing key pair under the data directory on first start.
 */
@QuarkusMain
public final class Main {

    /** Environment variables that the prod profile requires. */
    static final List<String> REQUIRED_IN_PROD = List.of(
            "DB_URL", "DB_USER", "DB_PASSWORD",
            "WECHAT_APP_ID", "WECHAT_APP_SECRET",
            "JWT_SIGN_KEY_FILE", "JWT_VERIFY_KEY_FILE",
            "PII_KEY", "PII_HASH_KEY");

    private Main() {
    }

    public static void main(String... args) {
        String profile = activeProfile();
        List<String> missing = missingInProd(profile, System.getenv());
        if (!missing.isEmpty()) {
            // Logging is not set up before Quarkus boots, so this one message goes to stderr directly.
            System.err.println("Cannot start in the prod profile: set the environment variable(s) "
                    + String.join(", ", missing) + " (see README, Configuration)");
            System.exit(78);
        }
        if (!isProd(profile)) {
            ensureDevKeys(dataDir().resolve("keys"));
        }
        Quarkus.run(args);
    }

    static String activeProfile() {
        String profile = System.getProperty("quarkus.profile");
        if (profile == null || profile.isBlank()) {
            profile = System.getenv("QUARKUS_PROFILE");
        }
        if (profile != null && !profile.isBlank()) {
            return profile;
        }
        // LaunchMode is not known yet this early. A packaged application (loaded by the runner
        // class loader) runs prod unless told otherwise; quarkus:dev loads it otherwise and runs dev.
        return Main.class.getClassLoader().getClass().getName().endsWith("RunnerClassLoader") ? "prod" : "dev";
    }

    static List<String> missingInProd(String profile, Map<String, String> env) {
        if (!isProd(profile)) {
            return List.of();
        }
        return REQUIRED_IN_PROD.stream().filter(name -> env.get(name) == null || env.get(name).isBlank()).toList();
    }

    private static boolean isProd(String profile) {
        return List.of(profile.split(",")).contains("prod");
    }

    private static Path dataDir() {
        String dir = System.getProperty("nanhu.data-dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("NANHU_DATA_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "./data" : dir);
    }

    /** Writes an RSA key pair for signing dev tokens, once; later starts reuse it so tokens survive restarts. */
    static void ensureDevKeys(Path keys) {
        Path privateKey = keys.resolve("jwt-private.pem");
        Path publicKey = keys.resolve("jwt-public.pem");
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            Files.createDirectories(keys);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the folder's own permissions apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dev JWT keys under " + keys, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
