package cn.nanhu.talent.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RefreshAndLogoutTest {

    private static final String REFRESH = "/api/v1/auth/refresh";

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refresh_rotates_the_pair_and_the_new_tokens_work() {
        Api.Session user = Api.wechatUser(Api.unique("rot"));
        Response next = refresh(user.refreshToken());
        next.then().statusCode(200)
                .body("refreshToken", not(equalTo(user.refreshToken())))
                .body("user.id", equalTo(user.id()));
        given().auth().oauth2(next.jsonPath().getString("accessToken")).when().get("/api/v1/me").then().statusCode(200);
        assertThat(db.count("select count(*) from refresh_token where subject_id = ? and used_at is not null", user.id())).isEqualTo(1);
        assertThat(db.count("select count(*) from refresh_token where token_hash = ?", user.refreshToken())).isZero();
    }

    @Test
    void reusing_an_old_refresh_token_revokes_the_whole_family() {
        Api.Session user = Api.wechatUser(Api.unique("reuse"));
        String rotated = refresh(user.refreshToken()).then().statusCode(200).extract().jsonPath().getString("refreshToken");

        refresh(user.refreshToken()).then().statusCode(401).contentType("application/problem+json");
        refresh(rotated).then().statusCode(401);
        assertThat(db.count("select count(*) from refresh_token where subject_id = ? and revoked_at is null", user.id())).isZero();
    }

    @Test
    void another_login_of_the_same_user_is_another_family_and_survives_a_replay_elsewhere() {
        String name = Api.unique("fam");
        Api.Session phone = Api.wechatUser(name);
        Api.Session tablet = Api.wechatUser(name);
        refresh(phone.refreshToken()).then().statusCode(200);
        refresh(phone.refreshToken()).then().statusCode(401);
        refresh(tablet.refreshToken()).then().statusCode(200);
    }

    @Test
    void an_expired_or_unknown_refresh_token_is_401() {
        Api.Session user = Api.wechatUser(Api.unique("old"));
        clock.advance(Duration.ofDays(31));
        refresh(user.refreshToken()).then().statusCode(401);
        refresh("no-such-token").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post(REFRESH)
                .then().statusCode(400).body("violations[0].field", equalTo("refreshToken"));
    }

    @Test
    void logout_revokes_refresh_tokens_and_ends_access_tokens_at_once() {
        String name = Api.unique("bye");
        Api.Session user = Api.wechatUser(name);
        user.as().when().post("/api/v1/auth/logout").then().statusCode(204);

        user.as().when().get("/api/v1/me").then().statusCode(401);
        refresh(user.refreshToken()).then().statusCode(401);
        assertThat(db.count("select count(*) from refresh_token where subject_id = ? and revoked_at is null", user.id())).isZero();

        Api.Session again = Api.wechatUser(name);
        assertThat(again.id()).isEqualTo(user.id());
        again.as().when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void logout_needs_a_token() {
        given().when().post("/api/v1/auth/logout").then().statusCode(401);
    }

    @Test
    void staff_tokens_refresh_too() {
        Api.Session admin = Api.admin();
        refresh(admin.refreshToken()).then().statusCode(200).body("user.kind", equalTo("STAFF"))
                .body("user.roles", org.hamcrest.Matchers.hasItem("ADMIN"));
    }

    private static Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).when().post(REFRESH);
    }
}
