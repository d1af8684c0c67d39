package cn.nanhu.talent.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeTest {

    @Inject
    Db db;
    @Inject
    Pii pii;

    @Test
    void binding_a_phone_stores_it_sealed_and_shows_it_masked() {
        Api.Session user = Api.wechatUser(Api.unique("phone"));
        user.as().contentType(ContentType.JSON).body(Map.of("phoneCode", "13812345678"))
                .when().post("/api/v1/me/phone")
                .then().statusCode(200)
                .body("phone", equalTo("138****5678"));
        user.as().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("phone", equalTo("138****5678"))
                .body("phoneBound", equalTo(true));

        Map<String, Object> row = db.row("select phone_hash, phone_enc, phone_masked from app_user where id = ?", user.id());
        assertThat(row.get("phone_hash")).isEqualTo(pii.hash("13812345678"));
        assertThat((String) row.get("phone_enc")).doesNotContain("13812345678");
        assertThat(pii.decrypt((String) row.get("phone_enc"))).isEqualTo("13812345678");
    }

    @Test
    void an_invalid_phone_code_is_a_400_naming_phone_code_and_changes_nothing() {
        Api.Session user = Api.wechatUser(Api.unique("badphone"));
        user.as().contentType(ContentType.JSON).body(Map.of("phoneCode", "not-a-code"))
                .when().post("/api/v1/me/phone")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("phoneCode"));
        user.as().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/me/phone")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("phoneCode"));
        assertThat(db.row("select phone_enc from app_user where id = ?", user.id()).get("phone_enc")).isNull();
    }

    @Test
    void phone_binding_is_for_wechat_users_only() {
        given().contentType(ContentType.JSON).body(Map.of("phoneCode", "13812345678"))
                .when().post("/api/v1/me/phone").then().statusCode(401);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("phoneCode", "13812345678"))
                .when().post("/api/v1/me/phone").then().statusCode(403);
    }

    @Test
    void deleting_the_account_revokes_everything_at_once_and_erases_personal_data() {
        String name = Api.unique("gone");
        Api.Session user = Api.wechatUser(name);
        user.as().contentType(ContentType.JSON).body(Map.of("phoneCode", "13900001111")).when().post("/api/v1/me/phone")
                .then().statusCode(200);

        user.as().when().delete("/api/v1/me").then().statusCode(204);

        user.as().when().get("/api/v1/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", user.refreshToken()))
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
        Map<String, Object> row = db.row("select * from app_user where id = ?", user.id());
        assertThat(row).containsEntry("status", "DELETED")
                .containsEntry("openid_enc", null).containsEntry("unionid_enc", null).containsEntry("unionid_hash", null)
                .containsEntry("phone_enc", null).containsEntry("phone_hash", null).containsEntry("phone_masked", null);
        assertThat(row.get("openid_hash")).isEqualTo("deleted:" + user.id());
        assertThat(db.count("select count(*) from login_log where subject_id = ?", user.id()))
                .as("the login log is kept, pseudonymous").isPositive();

        Api.Session fresh = Api.wechatUser(name);
        assertThat(fresh.id()).isNotEqualTo(user.id());
    }

    @Test
    void staff_cannot_delete_themselves_through_the_user_endpoint() {
        Api.admin().as().when().delete("/api/v1/me").then().statusCode(403);
        given().when().delete("/api/v1/me").then().statusCode(401);
    }
}
