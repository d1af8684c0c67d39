package cn.nanhu.talent.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.LogCapture;
import cn.nanhu.talent.support.WeChatFake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the identity flows, good and bad, and scans every response body and every log line for
 * what must never leave the service: session keys, the app secret, access tokens of WeChat,
 * openids and full phone numbers.
 */
@QuarkusTest
class SecretsNeverLeakTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void restore() {
        WeChatFake.resetToDefaults();
        breakers.resetAll();
    }

    @Test
    void no_response_or_log_line_contains_a_secret_an_openid_or_a_full_phone() {
        String name = Api.unique("leak");
        List<String> bodies = new ArrayList<>();
        try (LogCapture logs = LogCapture.install()) {
            var login = given().contentType(ContentType.JSON).body(Map.of("code", "ok-" + name)).when().post("/api/v1/auth/wechat-login");
            bodies.add(login.asString());
            String token = login.jsonPath().getString("accessToken");
            bodies.add(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("phoneCode", "13712345678"))
                    .when().post("/api/v1/me/phone").asString());
            bodies.add(given().auth().oauth2(token).when().get("/api/v1/me").asString());
            for (String code : List.of("bad", "used", "busy", "garbage", "noopenid", "down", "limited")) {
                bodies.add(given().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/auth/wechat-login").asString());
            }
            bodies.add(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("phoneCode", "bad"))
                    .when().post("/api/v1/me/phone").asString());
            bodies.add(given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "wrong-one"))
                    .when().post("/api/v1/auth/staff-login").asString());

            String everything = String.join("\n", bodies) + "\n" + logs.all();
            assertThat(logs.all()).as("the flows logged something to scan").isNotBlank();
            assertThat(everything)
                    .doesNotContain(WeChatFake.SESSION_KEY)
                    .doesNotContain(WeChatFake.APP_SECRET)
                    .doesNotContain(WeChatFake.ACCESS_TOKEN)
                    .doesNotContain("oid-ok-" + name)
                    .doesNotContain("uid-ok-" + name)
                    .doesNotContain("13712345678")
                    .doesNotContain("wrong-one")
                    .doesNotContainPattern("at cn\\.nanhu\\.talent\\..*\\(.*\\.java")
                    .doesNotContainIgnoringCase("session_key");
        }
    }
}
