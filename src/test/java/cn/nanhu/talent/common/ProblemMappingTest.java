package cn.nanhu.talent.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ProblemMappingTest {

    private static final String PROBE = "/test-support/problems";

    @ParameterizedTest
    @CsvSource({
            "not-found, 404, not-found",
            "conflict, 409, conflict",
            "invalid-state, 409, invalid-state",
            "forbidden, 403, forbidden",
            "unavailable, 503, unavailable"})
    void domain_exceptions_become_problems_with_a_stable_type(String kind, int status, String type) {
        given().when().get(PROBE + "/throw/" + kind)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", equalTo(PROBE + "/throw/" + kind))
                .body("requestId", notNullValue());
    }

    @Test
    void an_outage_tells_the_client_when_to_retry() {
        given().when().get(PROBE + "/throw/unavailable")
                .then().statusCode(503).header("Retry-After", "30");
    }

    @ParameterizedTest
    @CsvSource({"database-down", "pool-exhausted", "commit-cut"})
    void a_database_that_is_down_is_a_503_with_retry_after_and_no_internals(String kind) {
        String body = given().when().get(PROBE + "/throw/" + kind)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://nanhu-talent.cn/problems/database-unavailable"))
                .extract().asString();
        assertThat(body).doesNotContain("5432", "SQLException", "Acquisition");
    }

    @Test
    void invalid_input_found_by_code_names_the_field() {
        given().when().get(PROBE + "/throw/invalid-input")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "validation"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("creditCode"))
                .body("violations[0].message", equalTo("bad check digit"));
    }

    @Test
    void bean_validation_of_a_body_names_each_field_without_the_parameter_name() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"\",\"count\":9,\"tags\":[\"ok\",\" \"]}")
                .when().post(PROBE + "/validate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("count"))
                .body("violations.field", hasItem("tags[1]"))
                .body("violations.find { it.field == 'count' }.message", equalTo("最多 5 / at most 5"))
                .body("detail", containsString("title"));
    }

    @Test
    void a_valid_body_passes_through() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"Java\",\"count\":2,\"tags\":[\"a\"]}")
                .when().post(PROBE + "/validate")
                .then().statusCode(200)
                .body("title", equalTo("Java"))
                .body("count", equalTo(2));
    }

    @Test
    void a_missing_body_is_a_400_naming_the_body() {
        given().contentType(ContentType.JSON)
                .when().post(PROBE + "/validate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void a_query_parameter_constraint_names_the_parameter() {
        given().queryParam("limit", 0)
                .when().get(PROBE + "/query")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void malformed_json_is_a_400_problem() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"unterminated")
                .when().post(PROBE + "/validate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "validation"))
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void a_value_of_the_wrong_type_names_its_field() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"count\":\"many\"}")
                .when().post(PROBE + "/validate")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("count"));
    }

    @Test
    void an_unknown_error_is_a_500_without_internals() {
        String body = given().when().get(PROBE + "/throw/bug")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "internal"))
                .body("requestId", notNullValue())
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain("IllegalStateException")
                .doesNotContain("hunter2")
                .doesNotContain("jdbc")
                .doesNotContain("at cn.nanhu");
    }

    @Test
    void a_client_that_hangs_up_mid_request_is_not_logged_as_a_server_error() {
        try (LogCapture logs = LogCapture.install()) {
            given().when().get(PROBE + "/throw/client-closed")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + "client-closed"));
            logs.flush();
            assertThat(logs.all())
                    .doesNotContain("Unexpected error")
                    .doesNotContain("HttpClosedException");
        }
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("violations", nullValue());
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        given().when().delete("/api/v1/dicts/industries")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void every_response_carries_a_request_id_and_keeps_a_well_formed_one_from_the_client() {
        given().header(RequestIds.HEADER, "gateway-abc-12345")
                .when().get(PROBE + "/throw/not-found")
                .then().header(RequestIds.HEADER, "gateway-abc-12345")
                .body("requestId", equalTo("gateway-abc-12345"));
        given().header(RequestIds.HEADER, "<script>alert(1)</script>")
                .when().get(PROBE + "/throw/not-found")
                .then().header(RequestIds.HEADER, not(containsString("script")))
                .header(RequestIds.HEADER, notNullValue());
    }
}
