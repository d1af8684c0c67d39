package cn.nanhu.talent.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.config.Expressions;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Security misconfiguration (OWASP API8): the answers a careless deployment gives away. The
 * profile-specific parts (no Swagger UI and no dev UI in prod, HSTS) are in application.properties
 * under %prod and are checked here by what the test profile, which is not dev, serves.
 */
@QuarkusTest
class MisconfigurationTest {

    @Test
    void trace_and_track_are_refused_and_echo_nothing() {
        for (String path : new String[] {"/api/v1/jobs", "/q/health", "/"}) {
            for (String method : new String[] {"TRACE", "TRACK", "CONNECT"}) {
                Response r = given().header("X-Probe", "secret-probe-value").header("Cookie", "s=secret-cookie")
                        .when().request(method, path);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(r.asString()).as(method + " " + path + " echoes nothing").doesNotContain("secret-probe-value", "secret-cookie");
            }
        }
    }

    @Test
    void malformed_json_is_a_400_problem_and_says_so() {
        for (String body : new String[] {"{", "{\"keywords\": }", "[1,2", "\u0000", "{\"a\":\"\\uZZZZ\"}"}) {
            Response r = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auth/staff-login");
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(r.contentType()).as(body).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("detail")).as(body).isNotBlank();
        }
    }

    @Test
    void every_answer_carries_the_security_headers() {
        for (String path : new String[] {"/api/v1/jobs", "/api/v1/me", "/api/v1/no-such-thing", "/q/health/live"}) {
            Response r = given().when().get(path);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            assertThat(r.header("Server")).as(path + " names no server software").isNull();
        }
    }

    @Test
    void browsers_on_other_origins_are_refused() {
        Response preflight = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/auth/staff-login");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Response cross = given().header("Origin", "https://evil.example").when().get("/api/v1/jobs");
        assertThat(cross.statusCode()).isEqualTo(403);
        assertThat(cross.header("Access-Control-Allow-Origin")).isNull();
        // the mini-program sends no Origin at all, and is served as before
        given().when().get("/api/v1/jobs").then().statusCode(200);
    }

    @Test
    void trace_is_refused_as_a_problem() {
        Response r = given().when().request("TRACE", "/api/v1/jobs");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(405);
    }

    @Test
    void the_test_profile_serves_no_dev_ui() {
        assertThat(given().when().get("/q/dev-ui").statusCode()).isEqualTo(404);
        assertThat(given().when().get("/q/dev").statusCode()).isEqualTo(404);
    }

    /**
     * The prod profile, read from the same file the build packages: no Swagger UI (the framework
     * serves it in dev and test only, unless always-include is set), HSTS, no CORS origins unless
     * named, every secret from the environment.
     */
    @Test
    void the_prod_profile_hides_the_swagger_ui_and_sends_hsts() throws IOException {
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(MisconfigurationTest.class.getClassLoader().getResource("application.properties")))
                .build();
        assertThat(prod.getOptionalValue("quarkus.swagger-ui.always-include", Boolean.class)).contains(false);
        assertThat(prod.getOptionalValue("quarkus.swagger-ui.enable", Boolean.class)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(raw(prod, "quarkus.http.header.\"Strict-Transport-Security\".value")).startsWith("max-age=31536000");
        assertThat(raw(prod, "quarkus.http.cors.origins")).isEqualTo("${CORS_ORIGINS:}");
        assertThat(raw(prod, "quarkus.datasource.password")).isEqualTo("${DB_PASSWORD}");
        assertThat(raw(prod, "nanhu.pii.key")).isEqualTo("${PII_KEY}");
        assertThat(raw(prod, "nanhu.bootstrap-admin.password")).isEqualTo("${ADMIN_PASSWORD:}");
    }

    private static String raw(SmallRyeConfig config, String name) {
        return Expressions.withoutExpansion(() -> config.getRawValue(name));
    }
}
