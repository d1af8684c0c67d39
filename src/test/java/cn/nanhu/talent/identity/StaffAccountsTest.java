package cn.nanhu.talent.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffAccountsTest {

    private static final String STAFF = "/api/v1/admin/staff";

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_bootstrap_admin_signs_in_and_sees_itself() {
        Api.Session admin = Api.admin();
        admin.as().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("kind", equalTo("STAFF"))
                .body("roles", contains("ADMIN"))
                .body("username", equalTo("admin"));
        Map<String, Object> row = db.row("select password_hash from staff_account where username = 'admin'");
        assertThat((String) row.get("password_hash")).startsWith("$2").doesNotContain(Api.ADMIN_PASSWORD);
    }

    @Test
    void an_admin_creates_a_reviewer_who_can_sign_in() {
        String username = Api.unique("rev");
        String id = Api.admin().as().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "a-long-password-1", "roles", List.of("REVIEWER"), "displayName", "审核员甲"))
                .when().post(STAFF)
                .then().statusCode(201).body("id", notNullValue())
                .extract().jsonPath().getString("id");

        Api.Session reviewer = Api.staff(username, "a-long-password-1");
        assertThat(reviewer.id()).isEqualTo(id);
        reviewer.as().when().get("/api/v1/me").then().body("roles", contains("REVIEWER")).body("displayName", equalTo("审核员甲"));
        Api.admin().as().queryParam("size", 100).when().get(STAFF)
                .then().statusCode(200).body("items.username", hasItem(username));
        assertThat(db.row("select roles, enabled from staff_account where id = ?", id))
                .containsEntry("roles", "REVIEWER").containsEntry("enabled", true);
    }

    @Test
    void a_taken_username_is_409_and_bad_fields_are_named() {
        Api.Session admin = Api.admin();
        admin.as().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "a-long-password-1", "roles", List.of("SERVICE"), "displayName", "x"))
                .when().post(STAFF).then().statusCode(409).contentType("application/problem+json");
        admin.as().contentType(ContentType.JSON)
                .body(Map.of("username", "X!", "password", "short", "roles", List.of("ROOT"), "displayName", ""))
                .when().post(STAFF)
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("username", "password", "roles[]", "displayName"));
    }

    @Test
    void only_admins_manage_staff() {
        given().when().get(STAFF).then().statusCode(401);
        Api.newStaff(Api.unique("svc"), "SERVICE").as().when().get(STAFF).then().statusCode(403);
        Api.wechatUser(Api.unique("u")).as().contentType(ContentType.JSON)
                .body(Map.of("username", "sneaky", "password", "a-long-password-1", "roles", List.of("ADMIN"), "displayName", "x"))
                .when().post(STAFF).then().statusCode(403);
        assertThat(db.count("select count(*) from staff_account where username = 'sneaky'")).isZero();
    }

    @Test
    void disabling_an_account_ends_its_sessions_at_once() {
        String username = Api.unique("off");
        Api.Session reviewer = Api.newStaff(username, "REVIEWER");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put(STAFF + "/" + reviewer.id())
                .then().statusCode(200).body("enabled", equalTo(false));
        reviewer.as().when().get("/api/v1/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", reviewer.refreshToken()))
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "pw-" + username + "-0123456789"))
                .when().post("/api/v1/auth/staff-login").then().statusCode(401);
    }

    @Test
    void changing_roles_takes_effect_on_the_next_sign_in() {
        String username = Api.unique("promo");
        Api.Session s = Api.newStaff(username, "SERVICE");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("roles", List.of("SERVICE", "REVIEWER")))
                .when().put(STAFF + "/" + s.id())
                .then().statusCode(200).body("roles", contains("REVIEWER", "SERVICE"));
        s.as().when().get("/api/v1/me").then().statusCode(401);
        Api.staff(username, "pw-" + username + "-0123456789").as().when().get("/api/v1/me")
                .then().body("roles", contains("REVIEWER", "SERVICE"));
    }

    @Test
    void an_admin_cannot_lock_themselves_or_the_platform_out() {
        Api.Session admin = Api.admin();
        admin.as().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put(STAFF + "/" + admin.id()).then().statusCode(409);
        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("REVIEWER")))
                .when().put(STAFF + "/" + admin.id()).then().statusCode(409);
        admin.as().when().get("/api/v1/me").then().statusCode(200).body("roles", contains("ADMIN"));
    }

    @Test
    void an_unknown_staff_id_is_404() {
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put(STAFF + "/01ARZ3NDEKTSV4RRFFQ69G5FAV").then().statusCode(404);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("password", "another-password-1"))
                .when().post(STAFF + "/nonsense/password").then().statusCode(404);
    }

    @Test
    void a_password_reset_ends_sessions_and_the_new_password_works() {
        String username = Api.unique("reset");
        Api.Session s = Api.newStaff(username, "SERVICE");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("password", "brand-new-password-9"))
                .when().post(STAFF + "/" + s.id() + "/password").then().statusCode(204);
        s.as().when().get("/api/v1/me").then().statusCode(401);
        Api.staff(username, "brand-new-password-9");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("password", "short"))
                .when().post(STAFF + "/" + s.id() + "/password")
                .then().statusCode(400).body("violations[0].field", equalTo("password"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes() {
        String username = Api.unique("lock");
        Api.newStaff(username, "REVIEWER");
        String right = "pw-" + username + "-0123456789";
        for (int i = 0; i < 5; i++) {
            login(username, "wrong-password").then().statusCode(401);
        }
        login(username, right).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        assertThat(db.row("select locked_until from staff_account where username = ?", username).get("locked_until")).isNotNull();

        clock.advance(Duration.ofMinutes(16));
        login(username, right).then().statusCode(200);
        assertThat(db.count("select count(*) from login_log where username = ? and success = false", username)).isEqualTo(6);
    }

    @Test
    void unknown_users_and_wrong_passwords_get_the_same_answer() {
        String unknown = login("nobody-" + Api.unique("x"), "whatever-password").then().statusCode(401).extract().path("detail");
        String wrong = login("admin", "wrong-password").then().statusCode(401).extract().path("detail");
        assertThat(unknown).isEqualTo(wrong);
    }

    private static io.restassured.response.Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/v1/auth/staff-login");
    }
}
