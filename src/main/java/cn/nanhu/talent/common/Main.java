package cn.nanhu.talent.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import java.util.Map;

/**
 * Entry point. Before Quarkus boots, the prod profile checks that every setting it has no
 * default for is in the environment, and stops with one message naming all that are missing,
 * instead of failing later on whichever component reads one first.
 */
@QuarkusMain
public final class Main {

    /** Environment variables that the prod profile requires. */
    static final List<String> REQUIRED_IN_PROD = List.of("DB_URL", "DB_USER", "DB_PASSWORD");

    private Main() {
    }

    public static void main(String... args) {
        List<String> missing = missingInProd(activeProfile(), System.getenv());
        if (!missing.isEmpty()) {
            // Logging is not set up before Quarkus boots, so this one message goes to stderr directly.
            System.err.println("Cannot start in the prod profile: set the environment variable(s) "
                    + String.join(", ", missing) + " (see README, Configuration)");
            System.exit(78);
        }
        Quarkus.run(args);
    }

    static String activeProfile() {
        String profile = System.getProperty("quarkus.profile");
        if (profile == null || profile.isBlank()) {
            profile = System.getenv("QUARKUS_PROFILE");
        }
        return profile == null || profile.isBlank() ? LaunchMode.current().getDefaultProfile() : profile;
    }

    static List<String> missingInProd(String profile, Map<String, String> env) {
        if (!List.of(profile.split(",")).contains("prod")) {
            return List.of();
        }
        return REQUIRED_IN_PROD.stream().filter(name -> env.get(name) == null || env.get(name).isBlank()).toList();
    }
}
