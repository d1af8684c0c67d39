package cn.nanhu.talent.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Small helpers to act as a user or a staff member through the real endpoints. */
public final class Api {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private Api() {
    }

    /** A signed-in party: its id and tokens. */
    public record Session(String id, String accessToken, String refreshToken) {
        public RequestSpecification as() {
            return given().auth().oauth2(accessToken);
        }
    }

    /** Signs in through the fake WeChat as {@code name}; the same name is the same user. */
    public static Session wechatUser(String name) {
        Response r = given().contentType(ContentType.JSON).body(Map.of("code", "ok-" + name))
                .when().post("/api/v1/auth/wechat-login");
        r.then().statusCode(200);
        return session(r);
    }

    public static Session admin() {
        return staff(ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    public static Session staff(String username, String password) {
        Response r = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/v1/auth/staff-login");
        r.then().statusCode(200);
        return session(r);
    }

    /** Creates a staff account with the given roles (as the bootstrap admin) and signs it in. */
    public static Session newStaff(String username, String... roles) {
        String password = "pw-" + username + "-0123456789";
        admin().as().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", List.of(roles), "displayName", "测试" + username))
                .when().post("/api/v1/admin/staff")
                .then().statusCode(201);
        return staff(username, password);
    }

    /** A name no other test uses, so tests never share accounts. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private static Session session(Response r) {
        return new Session(r.jsonPath().getString("user.id"), r.jsonPath().getString("accessToken"),
                r.jsonPath().getString("refreshToken"));
    }
}
