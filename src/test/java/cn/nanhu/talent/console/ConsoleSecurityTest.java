package cn.nanhu.talent.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsoleSecurityTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void pages_without_a_session_redirect_to_sign_in_and_htmx_fragments_get_401() {
        for (String page : List.of("/admin", "/admin/reviews", "/admin/staff", "/admin/content", "/admin/fairs")) {
            given().redirects().follow(false).when().get(page)
                    .then().statusCode(303).header("Location", containsString("/admin/login"));
        }
        given().redirects().follow(false).header("HX-Request", "true").when().get("/admin/reviews")
                .then().statusCode(401).body(containsString("重新登录"));
        given().redirects().follow(false).cookie(ConsoleGuard.COOKIE, "not-a-session").when().get("/admin")
                .then().statusCode(303);
    }

    @Test
    void sign_in_sets_a_strict_http_only_secure_cookie_and_stores_only_its_hash() {
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("username", Api.ADMIN_USERNAME).formParam("password", Api.ADMIN_PASSWORD)
                .when().post("/admin/login");
        login.then().statusCode(303).header("Location", containsString("/admin"));
        String setCookie = login.getHeader("Set-Cookie");
        assertThat(setCookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict").contains("Path=/admin");
        String token = login.getCookie(ConsoleGuard.COOKIE);
        assertThat(token).hasSizeGreaterThan(40);
        assertThat(db.count("select count(*) from console_session where token_hash = ?", token)).isZero();
        assertThat(db.count("select count(*) from console_session where token_hash = ?",
                cn.nanhu.talent.common.Hashing.sha256Hex(token))).isEqualTo(1);
    }

    @Test
    void a_wrong_password_is_refused_and_counts_towards_the_lock_out() {
        String username = Api.unique("lock");
        Api.newStaff(username, "REVIEWER");
        for (int i = 0; i < 5; i++) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("username", username).formParam("password", "wrong-password-" + i)
                    .when().post("/admin/login").then().statusCode(401).body(containsString("用户名或密码错误"))
                    .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("username", username).formParam("password", "pw-" + username + "-0123456789")
                .when().post("/admin/login").then().statusCode(429).body(containsString("锁定"));
    }

    @Test
    void console_responses_carry_the_security_headers() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        for (String page : List.of("/admin", "/admin/login")) {
            Response r = admin.bare().when().get(page);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
            assertThat(r.asString()).doesNotContain("<script>").doesNotContain("onclick=");
        }
        given().when().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
        given().when().get("/console-assets/console.css").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void a_reviewer_cannot_open_admin_pages() {
        String username = Api.unique("rev");
        Api.newStaff(username, "REVIEWER");
        ConsoleClient reviewer = ConsoleClient.signIn(username, "pw-" + username + "-0123456789");
        reviewer.bare().when().get("/admin/reviews").then().statusCode(200);
        for (String page : List.of("/admin/staff", "/admin/content", "/admin/fairs")) {
            reviewer.bare().when().get(page).then().statusCode(403);
        }
        reviewer.htmx().formParam("username", Api.unique("x")).formParam("displayName", "x").formParam("password", "0123456789ab")
                .formParam("role", "ADMIN").when().post("/admin/staff").then().statusCode(403);
        assertThat(reviewer.bare().when().get("/admin").asString()).doesNotContain("/admin/staff");
    }

    @Test
    void state_changes_need_the_session_csrf_token_and_the_same_origin() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        String username = Api.unique("csrf");
        Map<String, String> fields = Map.of("username", username, "displayName", "测试", "password", "0123456789ab", "role", "REVIEWER");

        admin.bare().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields).when().post("/admin/staff")
                .then().statusCode(403);
        admin.bare().header(ConsoleGuard.CSRF_HEADER, "wrong").contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields)
                .when().post("/admin/staff").then().statusCode(403);
        admin.bare().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("_csrf", "wrong").formParams(fields)
                .when().post("/admin/staff").then().statusCode(403);
        admin.htmx().header("Origin", "https://evil.example").formParams(fields).when().post("/admin/staff").then().statusCode(403);
        admin.htmx().header("Sec-Fetch-Site", "cross-site").formParams(fields).when().post("/admin/staff").then().statusCode(403);
        admin.htmx().header("Origin", "null").header("Sec-Fetch-Site", "cross-site").formParams(fields).when().post("/admin/staff")
                .then().statusCode(403);
        assertThat(db.count("select count(*) from staff_account where username = ?", username)).isZero();

        admin.form().formParams(fields).when().post("/admin/staff").then().statusCode(303);
        assertThat(db.count("select count(*) from staff_account where username = ?", username)).isEqualTo(1);
    }

    @Test
    void sign_out_revokes_the_session_on_the_server() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        admin.bare().contentType("application/x-www-form-urlencoded; charset=UTF-8").when().post("/admin/logout").then().statusCode(403);
        admin.form().when().post("/admin/logout").then().statusCode(303)
                .header("Location", containsString("/admin/login"))
                .header("Set-Cookie", containsString("Max-Age=0"));
        admin.bare().when().get("/admin").then().statusCode(303);
        assertThat(db.count("select count(*) from console_session where token_hash = ? and revoked_at is not null",
                cn.nanhu.talent.common.Hashing.sha256Hex(admin.cookie()))).isEqualTo(1);
    }

    @Test
    void a_disabled_staff_member_loses_the_session_at_once() {
        String username = Api.unique("dis");
        Api.Session staff = Api.newStaff(username, "REVIEWER");
        ConsoleClient reviewer = ConsoleClient.signIn(username, "pw-" + username + "-0123456789");
        reviewer.bare().when().get("/admin/reviews").then().statusCode(200);

        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        admin.htmx().formParam("enabled", "false").when().post("/admin/staff/" + staff.id() + "/enabled")
                .then().statusCode(200).header("HX-Redirect", containsString("/admin/staff"));

        reviewer.bare().when().get("/admin/reviews").then().statusCode(303);
        assertThat(admin.bare().when().get("/admin/staff").asString()).contains(username).contains("停用");
    }

    @Test
    void an_idle_session_ends_and_a_busy_one_ends_at_its_absolute_limit() {
        ConsoleClient idle = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        clock.advance(Duration.ofMinutes(31));
        idle.bare().when().get("/admin").then().statusCode(303);

        ConsoleClient busy = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        for (int i = 0; i < 17; i++) {
            clock.advance(Duration.ofMinutes(29));
            busy.bare().when().get("/admin").then().statusCode(i < 16 ? 200 : 303);
        }
    }

    @Test
    void a_crafted_link_cannot_put_its_own_words_on_a_page() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        admin.bare().queryParam("flash", "账号异常，请拨打 400-000-0000").when().get("/admin/staff").then().statusCode(200)
                .body(not(containsString("400-000-0000"))).body(not(containsString("id=\"flash\"")));
        admin.bare().queryParam("flash", "staff-created").when().get("/admin/staff").then().statusCode(200)
                .body(containsString("已创建账号"));
    }

    @Test
    void the_console_is_not_part_of_the_api_document() {
        String doc = given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(doc).doesNotContain("\"/admin/").doesNotContain("\"/admin\"").contains("/api/v1/admin/reviews");
    }

    @Test
    void the_sign_in_page_is_in_chinese_and_needs_no_session() {
        given().when().get("/admin/login").then().statusCode(200)
                .body(containsString("登录")).body(containsString("name=\"password\"")).body(not(containsString("_csrf\" value=\"null")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("username", "nobody")
                .formParam("password", "whatever-123").header("Origin", "https://evil.example").when().post("/admin/login")
                .then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("username", "").formParam("password", "")
                .when().post("/admin/login").then().statusCode(400).body(containsString("请输入用户名和密码"));
    }
}
