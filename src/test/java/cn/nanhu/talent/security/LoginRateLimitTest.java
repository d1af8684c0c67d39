package cn.nanhu.talent.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unrestricted resource consumption (OWASP API4): sign-in is limited per client address, across
 * the two ways in, with 429 problem+json and Retry-After. Runs with three permits an hour, so
 * its own service instance (the rest of the suite signs in freely from one address).
 */
@QuarkusTest
@TestProfile(LoginRateLimitTest.ThreePerHour.class)
class LoginRateLimitTest {

    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limits.login.permits", "3", "limits.login.window", "1h");
        }
    }

    @Test
    void the_fourth_sign_in_from_an_address_within_the_window_is_429_with_retry_after() {
        given().contentType(ContentType.JSON).body(Map.of("code", "ok-limited-1")).when().post("/api/v1/auth/wechat-login")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "wrong-password"))
                .when().post("/api/v1/auth/staff-login").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("code", "ok-limited-2")).when().post("/api/v1/auth/wechat-login")
                .then().statusCode(200);

        for (String[] call : new String[][] {
                {"/api/v1/auth/wechat-login", "{\"code\":\"ok-limited-3\"}"},
                {"/api/v1/auth/staff-login", "{\"username\":\"admin\",\"password\":\"test-admin-password\"}"}}) {
            Response r = given().contentType(ContentType.JSON).body(call[1]).when().post(call[0]);
            assertThat(r.statusCode()).as(call[0]).isEqualTo(429);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(r.header("Retry-After"))).as("Retry-After of " + call[0]).isBetween(1L, 1200L);
            assertThat(r.jsonPath().getString("detail")).contains("too many sign-ins");
        }
        // refreshing is not limited by address: a refresh token cannot be guessed, and many users may share one address
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "not-a-token")).when().post("/api/v1/auth/refresh")
                .then().statusCode(401);
    }
}
