package cn.nanhu.talent.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.notNullValue;

import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.WeChatFake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class WechatLoginTest {

    private static final String LOGIN = "/api/v1/auth/wechat-login";

    @Inject
    Db db;
    @Inject
    Pii pii;
    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void restoreWeChat() {
        WeChatFake.resetToDefaults();
        breakers.resetAll();
    }

    @Test
    void a_first_login_creates_a_seeker_and_returns_a_token_pair() {
        String name = Api.unique("alice");
        var body = given().contentType(ContentType.JSON).body(Map.of("code", "ok-" + name))
                .when().post(LOGIN)
                .then().statusCode(200)
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .body("tokenType", org.hamcrest.Matchers.equalTo("Bearer"))
                .body("expiresIn", org.hamcrest.Matchers.equalTo(900))
                .body("user.kind", org.hamcrest.Matchers.equalTo("USER"))
                .body("user.roles", contains("SEEKER"))
                .extract().jsonPath();
        String id = body.getString("user.id");

        given().auth().oauth2(body.getString("accessToken")).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id))
                .body("roles", contains("SEEKER"))
                .body("phoneBound", org.hamcrest.Matchers.equalTo(false))
                .body("hasSeekerProfile", org.hamcrest.Matchers.equalTo(false));

        Map<String, Object> row = db.row("select * from app_user where id = ?", id);
        String openid = "oid-ok-" + name;
        assertThat(row.get("openid_hash")).isEqualTo(pii.hash(openid));
        assertThat((String) row.get("openid_enc")).doesNotContain(openid).startsWith("k1:");
        assertThat(pii.decrypt((String) row.get("openid_enc"))).isEqualTo(openid);
        assertThat(pii.decrypt((String) row.get("unionid_enc"))).isEqualTo("uid-ok-" + name);
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(db.count("select count(*) from login_log where subject_id = ? and success = true and method = 'WECHAT'", id))
                .isEqualTo(1);
    }

    @Test
    void signing_in_again_finds_the_same_user() {
        String name = Api.unique("bob");
        Api.Session first = Api.wechatUser(name);
        Api.Session second = Api.wechatUser(name);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(db.count("select count(*) from app_user where openid_hash = ?", pii.hash("oid-ok-" + name))).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad", "used"})
    void an_invalid_or_replayed_code_is_refused_once_and_creates_no_user(String code) {
        long users = db.count("select count(*) from app_user");
        given().contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post(LOGIN)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        assertThat(db.count("select count(*) from app_user")).isEqualTo(users);
        WeChatFake.server().verify(1, getRequestedFor(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo(code)));
        assertThat(db.count("select count(*) from login_log where success = false and reason like 'wechat-40%'")).isPositive();
    }

    @Test
    void wechats_frequency_limit_becomes_429_with_retry_after() {
        given().contentType(ContentType.JSON).body(Map.of("code", "limited"))
                .when().post(LOGIN)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "60");
    }

    @ParameterizedTest
    @ValueSource(strings = {"busy", "down", "garbage", "noopenid", "slow"})
    void an_unusable_answer_from_wechat_is_a_503_after_one_retry(String code) {
        long users = db.count("select count(*) from app_user");
        given().contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post(LOGIN)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        WeChatFake.server().verify(2, getRequestedFor(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo(code)));
        assertThat(db.count("select count(*) from app_user")).isEqualTo(users);
    }

    @Test
    void an_outage_opens_the_circuit_and_later_logins_fail_fast_without_calling_wechat() {
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("code", "down")).when().post(LOGIN).then().statusCode(503);
        }
        int callsBefore = WeChatFake.server().findAll(getRequestedFor(urlPathEqualTo("/sns/jscode2session"))).size();
        given().contentType(ContentType.JSON).body(Map.of("code", "ok-" + Api.unique("carol")))
                .when().post(LOGIN)
                .then().statusCode(503)
                .header("Retry-After", "30");
        assertThat(WeChatFake.server().findAll(getRequestedFor(urlPathEqualTo("/sns/jscode2session")))).hasSize(callsBefore);

        breakers.resetAll();
        Api.wechatUser(Api.unique("carol"));
    }

    @Test
    void a_missing_or_blank_code_is_a_400_naming_code() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post(LOGIN)
                .then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("code"));
        given().contentType(ContentType.JSON).body(Map.of("code", "  "))
                .when().post(LOGIN)
                .then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("code"));
    }
}
