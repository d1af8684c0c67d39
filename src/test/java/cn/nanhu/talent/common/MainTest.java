package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void prod_names_every_missing_database_variable() {
        assertThat(Main.missingInProd("prod", Map.of())).containsExactlyElementsOf(Main.REQUIRED_IN_PROD)
                .contains("DB_URL", "DB_USER", "DB_PASSWORD", "WECHAT_APP_ID", "JWT_SIGN_KEY_FILE", "PII_KEY");
        Map<String, String> env = new java.util.HashMap<>();
        Main.REQUIRED_IN_PROD.forEach(name -> env.put(name, "set"));
        env.put("DB_PASSWORD", " ");
        assertThat(Main.missingInProd("prod", env)).containsExactly("DB_PASSWORD");
    }

    @Test
    void prod_with_everything_set_starts() {
        Map<String, String> env = new java.util.HashMap<>();
        Main.REQUIRED_IN_PROD.forEach(name -> env.put(name, "set"));
        assertThat(Main.missingInProd("prod", env)).isEmpty();
    }

    @Test
    void other_profiles_need_nothing_from_the_environment() {
        assertThat(Main.missingInProd("dev", Map.of())).isEmpty();
        assertThat(Main.missingInProd("test,pgtest", Map.of())).isEmpty();
    }

    @Test
    void dev_keys_are_generated_once_and_reused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path keys = dir.resolve("keys");
        Main.ensureDevKeys(keys);
        String first = java.nio.file.Files.readString(keys.resolve("jwt-private.pem"));
        assertThat(first).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(java.nio.file.Files.readString(keys.resolve("jwt-public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
        Main.ensureDevKeys(keys);
        assertThat(java.nio.file.Files.readString(keys.resolve("jwt-private.pem"))).isEqualTo(first);
    }
}
