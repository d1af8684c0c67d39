package cn.nanhu.talent.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in console session for REST Assured: its cookie and the CSRF token its pages carry. */
record ConsoleClient(String cookie, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Signs in through the sign-in form and reads the CSRF token from the start page. */
    static ConsoleClient signIn(String username, String password) {
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("username", username).formParam("password", password)
                .when().post("/admin/login");
        assertThat(login.statusCode()).as("sign-in of %s", username).isEqualTo(303);
        String cookie = login.getCookie(ConsoleGuard.COOKIE);
        String home = given().redirects().follow(false).cookie(ConsoleGuard.COOKIE, cookie).when().get("/admin")
                .then().statusCode(200).extract().asString();
        Matcher m = CSRF.matcher(home);
        assertThat(m.find()).as("a CSRF token on the start page").isTrue();
        return new ConsoleClient(cookie, m.group(1));
    }

    /** A request with the session cookie and no CSRF token. */
    RequestSpecification bare() {
        return given().redirects().follow(false).cookie(ConsoleGuard.COOKIE, cookie);
    }

    /** A request as htmx sends it: the cookie, the CSRF header and HX-Request. */
    RequestSpecification htmx() {
        return bare().header("HX-Request", "true").header(ConsoleGuard.CSRF_HEADER, csrf)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\">下一页</a>");

    /**
     * Whether the list at {@code path} shows a row of {@code subjectId} on any of its pages,
     * following the 下一页 links (other tests leave items in the same queue).
     */
    boolean lists(String path, String subjectId) {
        String next = path;
        for (int page = 0; next != null && page < 100; page++) {
            String html = bare().when().get(next).then().statusCode(200).extract().asString();
            if (html.contains("data-subject=\"" + subjectId + "\"")) {
                return true;
            }
            Matcher m = NEXT.matcher(html);
            next = m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
        return false;
    }

    /** A plain form post with the token in its {@code _csrf} field. */
    RequestSpecification form() {
        return bare().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("_csrf", csrf);
    }
}
