package cn.nanhu.talent.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.security.AuthorizationSweepTest.Principal;
import cn.nanhu.talent.security.AuthorizationSweepTest.Row;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Unrestricted resource consumption and injection (OWASP API4, API8, API10), over every list and
 * search of the OpenAPI document: page sizes are capped and checked, every query parameter takes
 * SQL, LIKE, Lucene and JSON metacharacters without a 5xx, and bodies and strings have limits.
 */
@QuarkusTest
class InputLimitsTest {

    /** What an attacker types into a search box or a filter. */
    static final List<String> HOSTILE = List.of("' OR '1'='1", "'; DROP TABLE app_user; --", "\" OR \"\"=\"", "%", "_", "\\",
            "*:*", "title:(java OR", "a AND OR NOT", "~1", "/.*/", "[a TO z}", ")(", "{\"$ne\":null}", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "\u0000", "🙂".repeat(50), "a".repeat(1000), "2-02-10-03' --", "330402) OR (1=1");

    private final Map<Principal, Api.Session> sessions = new EnumMap<>(Principal.class);
    private JsonNode document;

    private synchronized void setUp() throws IOException {
        if (document != null) {
            return;
        }
        for (Principal p : Principal.values()) {
            if (p != Principal.ANONYMOUS && p != Principal.EXPIRED) {
                sessions.put(p, AuthorizationSweepTest.newSession(p));
            }
        }
        document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        // something to find, so the searches run their whole path
        Employers.Registered employer = Employers.approved(Api.unique("limits-"));
        Jobs.published(employer.owner(), Jobs.body("Java开发工程师" + Jobs.marker()));
    }

    /** GET operations without path parameters, each with a principal the matrix lets in. */
    private List<Map.Entry<Row, Principal>> lists() throws IOException {
        List<Map.Entry<Row, Principal>> lists = new ArrayList<>();
        for (Row row : AuthorizationSweepTest.rows()) {
            if (!row.method().equals("GET") || row.path().contains("{") || row.fresh()) {
                continue;
            }
            for (Principal p : Principal.values()) {
                if (row.expected(p).equals("in")) {
                    lists.add(Map.entry(row, p));
                    break;
                }
            }
        }
        return lists;
    }

    private RequestSpecification as(Principal p) {
        return p == Principal.ANONYMOUS ? given() : sessions.get(p).as();
    }

    private List<String> queryParameters(Row row) {
        List<String> names = new ArrayList<>();
        document.path("paths").path(row.path()).path("get").path("parameters").forEach(param -> {
            if ("query".equals(param.path("in").asText())) {
                names.add(param.path("name").asText());
            }
        });
        return names;
    }

    @TestFactory
    Stream<DynamicTest> page_sizes_are_capped_and_nonsense_is_a_400_naming_size() throws IOException {
        setUp();
        return lists().stream().filter(e -> queryParameters(e.getKey()).contains("size")).map(e -> DynamicTest.dynamicTest(e.getKey().key(), () -> {
            Row row = e.getKey();
            for (String bad : new String[] {"0", "-1", "abc", "1e3", "99999999999999999999"}) {
                Response r = as(e.getValue()).queryParam("size", bad).when().get(row.path());
                assertThat(r.statusCode()).as(row.key() + " size=" + bad).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.asString()).as(row.key() + " names the field").contains("size");
            }
            Response big = as(e.getValue()).queryParam("size", "100000").when().get(row.path());
            // recommendations answer 428 until the caller has registered: the size was accepted
            assertThat(big.statusCode()).as(row.key() + " size=100000").isIn(200, 428);
            List<?> items = big.statusCode() == 200 ? big.jsonPath().getList("items") : null;
            if (items != null) {
                assertThat(items.size()).as(row.key() + " returns at most 100").isLessThanOrEqualTo(100);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_query_parameter_takes_metacharacters_without_a_server_error() throws IOException {
        setUp();
        return lists().stream().filter(e -> !queryParameters(e.getKey()).isEmpty()).map(e -> DynamicTest.dynamicTest(e.getKey().key(), () -> {
            Row row = e.getKey();
            List<String> wrong = new ArrayList<>();
            for (String name : queryParameters(row)) {
                for (String value : HOSTILE) {
                    Response r = as(e.getValue()).queryParam(name, value).when().get(row.path());
                    if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json"))) {
                        wrong.add(name + "=" + value.substring(0, Math.min(30, value.length())) + " -> " + r.statusCode());
                    }
                }
            }
            assertThat(wrong).as(row.key()).isEmpty();
        }));
    }

    /** PostgreSQL cannot store a NUL in text: it is refused as bad input wherever it comes in. */
    @Test
    void a_nul_character_is_a_400_naming_where_it_came_in() {
        Response query = given().queryParam("q", "java\u0000").when().get("/api/v1/jobs");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.jsonPath().getList("violations.field")).containsExactly("q");
        Response path = given().urlEncodingEnabled(false).when().get("/api/v1/jobs/01AB%00CD");
        assertThat(path.statusCode()).isEqualTo(400);
        assertThat(path.jsonPath().getList("violations.field")).containsExactly("path");
        Response body = given().contentType(ContentType.JSON).body("{\"username\":\"ad\\u0000min\",\"password\":\"x\"}")
                .when().post("/api/v1/auth/staff-login");
        assertThat(body.statusCode()).isEqualTo(400);
        assertThat(body.contentType()).startsWith("application/problem+json");
        assertThat(body.jsonPath().getList("violations.field")).containsExactly("username");
    }

    @Test
    void a_request_line_past_the_limit_is_refused_before_the_application_sees_it() {
        assertThat(given().queryParam("q", "a".repeat(5000)).when().get("/api/v1/jobs").statusCode()).isEqualTo(414);
    }

    /** Announced as 13 MB, more than quarkus.http.limits.max-body-size: refused on the headers alone. */
    @Test
    void a_body_over_the_limit_is_refused_before_it_is_read() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/staff-login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (13 * 1024 * 1024) + "\r\n\r\n{\"username\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void overlong_strings_are_a_400_naming_the_field_and_nothing_is_stored() throws IOException {
        setUp();
        Employers.Registered employer = Employers.approved(Api.unique("long-"));
        String before = employer.owner().as().when().get(Jobs.EMPLOYER_JOBS).then().statusCode(200).extract().asString();
        Map<String, Object> body = new HashMap<>(Jobs.body("x".repeat(10_000)));
        body.put("description", "长".repeat(200_000));
        Response r = employer.owner().as().contentType(ContentType.JSON).body(body).when().post(Jobs.EMPLOYER_JOBS);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getList("violations.field")).contains("title", "description");
        assertThat(employer.owner().as().when().get(Jobs.EMPLOYER_JOBS).then().statusCode(200).extract().asString()).isEqualTo(before);
    }
}
