package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void prod_names_every_missing_database_variable() {
        assertThat(Main.missingInProd("prod", Map.of())).containsExactly("DB_URL", "DB_USER", "DB_PASSWORD");
        assertThat(Main.missingInProd("prod", Map.of("DB_URL", "jdbc:postgresql://db/nanhu", "DB_USER", "nanhu", "DB_PASSWORD", " ")))
                .containsExactly("DB_PASSWORD");
    }

    @Test
    void prod_with_everything_set_starts() {
        assertThat(Main.missingInProd("prod", Map.of("DB_URL", "u", "DB_USER", "n", "DB_PASSWORD", "p"))).isEmpty();
    }

    @Test
    void other_profiles_need_nothing_from_the_environment() {
        assertThat(Main.missingInProd("dev", Map.of())).isEmpty();
        assertThat(Main.missingInProd("test,pgtest", Map.of())).isEmpty();
    }
}
