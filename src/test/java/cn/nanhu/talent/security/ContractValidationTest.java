package cn.nanhu.talent.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract check bites: hand-built exchanges, checked against {@code openapi/openapi.yaml} by the
 * rules of {@link ContractValidation} without any HTTP.
 */
class ContractValidationTest {

    private static final OpenApiInteractionValidator VALIDATOR = ContractValidation.validatorFor(ContractValidation.DOCUMENT);
    private static final String DIVISIONS = "/api/v1/dicts/divisions";
    private static final String PAGE = "{\"items\":[{\"code\":\"330402\",\"name\":\"南湖区\",\"level\":3,\"hasChildren\":false}]}";
    private static final String PROBLEM = "{\"type\":\"https://nanhu-talent.cn/problems/validation\",\"title\":\"请求参数有误\",\"status\":400}";

    private static List<String> check(String method, String path, Request request, SimpleResponse response) {
        return ContractValidation.check(VALIDATOR, method, path, request, response);
    }

    private static Request get(String path) {
        return SimpleRequest.Builder.get(path).build();
    }

    private static SimpleResponse json(int status, String type, String body) {
        return new SimpleResponse.Builder(status).withContentType(type).withBody(body).build();
    }

    @Test
    void a_conforming_answer_passes() {
        assertThat(check("GET", DIVISIONS, get(DIVISIONS), json(200, "application/json", PAGE))).isEmpty();
    }

    @Test
    void an_undeclared_status_is_reported() {
        assertThat(check("GET", DIVISIONS, get(DIVISIONS), json(409, "application/problem+json", PROBLEM)))
                .singleElement().asString().contains("validation.response.status.unknown").contains("409");
    }

    @Test
    void a_body_that_does_not_match_its_schema_is_reported() {
        String wrong = "{\"items\":[{\"code\":330402,\"hasChildren\":\"no\"}]}";
        assertThat(check("GET", DIVISIONS, get(DIVISIONS), json(200, "application/json", wrong)))
                .isNotEmpty().allSatisfy(e -> assertThat(e).contains("validation.response.body.schema"));
    }

    @Test
    void a_response_property_the_document_does_not_name_is_reported() {
        String extra = PAGE.replace("\"hasChildren\":false", "\"hasChildren\":false,\"internalNote\":\"x\"");
        assertThat(check("GET", DIVISIONS, get(DIVISIONS), json(200, "application/json", extra)))
                .singleElement().asString().contains("validation.response.body.schema.additionalProperties").contains("internalNote");
    }

    @Test
    void a_document_using_what_only_openapi_31_has_is_not_read_as_30() {
        String constant = "---\nopenapi: 3.1.0\ncomponents:\n  schemas:\n    X:\n      const: 3\n";
        assertThatThrownBy(() -> ContractValidation.asOpenApi30(constant)).isInstanceOf(IllegalStateException.class);
        String nullableObject = "---\nopenapi: 3.1.0\ncomponents:\n  schemas:\n    X:\n      type:\n      - object\n      - \"null\"\n";
        assertThatThrownBy(() -> ContractValidation.asOpenApi30(nullableObject)).isInstanceOf(IllegalStateException.class);
        // a scalar that may be null is the one type list read as 3.0: nullable
        String nullable = "---\nopenapi: 3.1.0\ncomponents:\n  schemas:\n    X:\n      type:\n      - string\n      - \"null\"\n";
        assertThat(ContractValidation.asOpenApi30(nullable))
                .isEqualTo("---\nopenapi: 3.0.3\ncomponents:\n  schemas:\n    X:\n      type: string\n      nullable: true\n");
        assertThat(ContractValidation.asOpenApi30("---\nopenapi: 3.1.0\nx:\n  examples:\n  - 2022-03-10\n"))
                .isEqualTo("---\nopenapi: 3.0.3\nx:\n  example: 2022-03-10\n");
    }

    @Test
    void an_undeclared_content_type_is_reported() {
        assertThat(check("GET", DIVISIONS, get(DIVISIONS), json(200, "text/html", "<p>hi</p>")))
                .anySatisfy(e -> assertThat(e).contains("validation.response.contentType.notAllowed"));
    }

    @Test
    void an_error_answer_must_be_a_problem() {
        assertThat(check("GET", DIVISIONS, get(DIVISIONS), json(400, "application/problem+json", "{\"status\":\"bad\"}")))
                .anySatisfy(e -> assertThat(e).contains("validation.response.body.schema.type"));
        assertThat(check("GET", DIVISIONS, get(DIVISIONS), json(400, "application/problem+json", PROBLEM))).isEmpty();
    }

    @Test
    void an_accepted_request_must_be_one_the_document_describes() {
        Request anonymous = SimpleRequest.Builder.get("/api/v1/me").build();
        String me = "{\"id\":\"01J\",\"kind\":\"USER\",\"roles\":[\"SEEKER\"]}";
        assertThat(check("GET", "/api/v1/me", anonymous, json(200, "application/json", me)))
                .anySatisfy(e -> assertThat(e).contains("validation.request.security.missing"));
        // the same request refused is what the service must do: its request is not held against it
        assertThat(check("GET", "/api/v1/me", anonymous, json(401, "application/problem+json", PROBLEM.replace("400", "401"))))
                .isEmpty();
    }

    @Test
    void an_unknown_route_is_reported_unless_it_was_refused_as_unknown() {
        String nowhere = "/api/v1/nowhere";
        assertThat(check("GET", nowhere, get(nowhere), json(200, "application/json", "{}")))
                .anySatisfy(e -> assertThat(e).contains("validation.request.path.missing"));
        assertThat(check("GET", nowhere, get(nowhere), json(404, "application/problem+json", PROBLEM.replace("400", "404"))))
                .isEmpty();
        assertThat(check("DELETE", DIVISIONS, SimpleRequest.Builder.delete(DIVISIONS).build(),
                json(405, "application/problem+json", PROBLEM.replace("400", "405")))).isEmpty();
        assertThat(check("DELETE", DIVISIONS, SimpleRequest.Builder.delete(DIVISIONS).build(), json(204, "application/json", "")))
                .anySatisfy(e -> assertThat(e).contains("validation.request.operation.notAllowed"));
    }

    @Test
    void paths_outside_the_api_are_not_checked() {
        assertThat(check("GET", "/admin/login", get("/admin/login"), json(200, "text/html", "<html></html>"))).isEmpty();
        assertThat(check("GET", "/test-support/problems/now", get("/test-support/problems/now"), json(500, "text/plain", "x")))
                .isEmpty();
    }
}
