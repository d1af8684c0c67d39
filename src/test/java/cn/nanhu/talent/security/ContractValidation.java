package cn.nanhu.talent.security;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.specification.MultiPartSpecification;
import com.atlassian.oai.validator.model.SimpleRequest;
import java.io.ByteArrayOutputStream;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contract check (OWASP API9): every HTTP exchange a test makes with REST Assured is checked
 * against the exported OpenAPI document {@code openapi/openapi.yaml}, and a mismatch fails the test
 * that made it.
 *
 * <p>Installed once for every {@code @QuarkusTest} through the test callbacks (see
 * {@code META-INF/services}), as a global REST Assured filter next to {@link ExposureScan}'s. The
 * rules:
 * <ul>
 * <li>The <b>response</b> of every call to a path under {@code /api/} is checked against its
 * operation in the document: its status code must be declared, its content type must be one the
 * document names for that status, and its body must match the schema declared for it.</li>
 * <li>The <b>request</b> (parameters, headers, body) is checked only when the response was 2xx. Tests
 * send bad input on purpose and must get a 400 (or 401, 415, ...) for it; but a request the service
 * accepted must be one the document describes.</li>
 * <li>Paths outside {@code /api/} are not checked: the back-office console's HTML under
 * {@code /admin}, the framework's endpoints under {@code /q/}, its static files, and the test-only
 * probe resource ({@code support/ProblemProbeResource} under {@code /test-support}); none of them is
 * part of the API document.</li>
 * <li>An {@code /api/} path or method the document does not know (TRACK included) is a failure unless
 * the service answered it with 404 or 405 (tests probe for routes that must not exist).</li>
 * <li>Not checked either, because no operation gave them and the document describes them for no path:
 * the CORS filter's refusal of a browser on another origin (a preflight, or a request whose
 * {@code Origin} is not allowed, answered 403 without a body) and the HTTP server's 414 without a body
 * for a request line that is too long (see {@link #beforeAnyOperation}).</li>
 * <li>Two validator messages are not held against a request: {@code
 * validation.request.body.schema.additionalProperties}, a strictness the validator adds and the
 * document does not have (see {@link #validatorFor}), and {@code
 * validation.request.contentType.notAllowed} when the request has no body at all (REST Assured
 * labels every POST with a content type).</li>
 * </ul>
 * The document is exported as OpenAPI 3.1.0, which the validator cannot read (it would lose every
 * {@code type}); it is read as the 3.0 document it also is (see {@link #asOpenApi30}).
 *
 * <p>A failure is an {@link AssertionError} naming the method, path and status and the validator's
 * messages; every failure is also appended to {@code target/contract-violations.txt}, so one full run
 * lists them all.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    private static final Path VIOLATIONS = Path.of("target", "contract-violations.txt");

    /** What the validator says about a path or method the document does not have. */
    private static final Set<String> UNKNOWN_ROUTE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static final Filter FILTER = new ContractFilter();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (ContractValidation.class) {
            if (!RestAssured.filters().contains(FILTER)) {
                RestAssured.filters(FILTER);
            }
        }
    }

    /** The validator for the exported document, read once. */
    static final class Holder {
        static final OpenApiInteractionValidator VALIDATOR = validatorFor(DOCUMENT);
    }

    static OpenApiInteractionValidator validatorFor(Path document) {
        try {
            String text = asOpenApi30(Files.readString(document, StandardCharsets.UTF_8));
            return OpenApiInteractionValidator.createForInlineApiSpecification(text)
                    .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR)
                            // The validator adds "additionalProperties: false" to every schema that does not
                            // say otherwise, which the document does not: by JSON Schema, an object may carry
                            // more properties. For request bodies this is a false positive: the service ignores
                            // fields it does not take, by design (MassAssignmentTest sends status, ids, counters
                            // and proves they are ignored). Responses stay strict: every property the service
                            // sends must be in the document.
                            .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document, e);
        }
    }

    /** A scalar that may be null, as 3.1 writes it: {@code type: [string, "null"]} in block form. */
    private static final java.util.regex.Pattern NULLABLE_31 = java.util.regex.Pattern.compile(
            "(?m)^(\\s+)type:\\n\\1- (string|integer|number|boolean)\\n\\1- \"null\"$");

    /** Keywords and forms of OpenAPI 3.1 (JSON Schema 2020-12) that OpenAPI 3.0 does not have. */
    private static final java.util.regex.Pattern ONLY_31 = java.util.regex.Pattern.compile(
            "(?m)^\\s*(-\\s+)?(type:\\s*\\[|const:|prefixItems:|\\$defs:|\\$dynamicRef:|unevaluatedProperties:|unevaluatedItems:"
                    + "|dependentRequired:|dependentSchemas:|contentMediaType:|contentEncoding:|if:|then:|else:"
                    + "|exclusiveMinimum:\\s*-?[0-9]|exclusiveMaximum:\\s*-?[0-9]|-\\s+\"?null\"?\\s*$)");

    /**
     * The document as OpenAPI 3.0. The exported document says {@code openapi: 3.1.0}, but the validator
     * only understands 3.0 schemas: given a 3.1 document it keeps the formats but loses every
     * {@code type}, so bodies of the wrong shape would pass unnoticed. The document uses only what
     * 3.0 and 3.1 share (no type arrays, null type, const, ... : checked here, and a document that
     * starts using them fails every test until this is revisited), so read as 3.0 it means the same.
     * The schemas' {@code examples} (annotations, not validated) become a 3.0 {@code example}.
     */
    static String asOpenApi30(String text) {
        java.util.regex.Matcher only31 = ONLY_31.matcher(NULLABLE_31.matcher(text).replaceAll(""));
        if (only31.find()) {
            throw new IllegalStateException("openapi/openapi.yaml uses an OpenAPI 3.1 form the contract check cannot read as 3.0: "
                    + only31.group().strip());
        }
        if (!text.contains("\nopenapi: 3.1.0\n")) {
            throw new IllegalStateException("openapi/openapi.yaml is no longer OpenAPI 3.1.0: revisit ContractValidation.asOpenApi30");
        }
        // a property that may be null: 3.1 lists "null" among its types, 3.0 says nullable
        text = NULLABLE_31.matcher(text).replaceAll("$1type: $2\n$1nullable: true");
        // a schema's examples (a list in 3.1) is a single example in 3.0
        String examples = text.replaceAll("(?m)^(\\s+)examples:\\n\\1- (.*)$(?!\\n\\1- )", "$1example: $2");
        return examples.replace("\nopenapi: 3.1.0\n", "\nopenapi: 3.0.3\n");
    }

    /**
     * The errors of one exchange by the rules above; empty when it conforms or is not checked.
     * {@code request} is only read when the response was 2xx.
     */
    static List<String> check(OpenApiInteractionValidator validator, String method, String path, Request request,
            com.atlassian.oai.validator.model.Response response) {
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        int status = response.getStatus();
        ValidationReport report = status / 100 == 2
                ? validator.validate(request, response)
                : validator.validateResponse(path, Request.Method.valueOf(method), response);
        List<String> errors = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR && m.getLevel() != ValidationReport.Level.WARN) {
                continue;
            }
            if (UNKNOWN_ROUTE.contains(m.getKey()) && (status == 404 || status == 405)) {
                continue;
            }
            // REST Assured labels a POST without a body application/x-www-form-urlencoded; with no body
            // there is nothing of that type, and an optional body left out is what the document allows.
            if ("validation.request.contentType.notAllowed".equals(m.getKey()) && request.getBody().map(String::isEmpty).orElse(true)) {
                continue;
            }
            errors.add(describe(m, ""));
        }
        return errors;
    }

    private static String describe(ValidationReport.Message m, String indent) {
        StringBuilder text = new StringBuilder(indent).append('[').append(m.getKey()).append("] ").append(m.getMessage());
        for (String info : m.getAdditionalInfo()) {
            text.append("\n").append(indent).append("    ").append(info);
        }
        for (ValidationReport.Message nested : m.getNestedMessages()) {
            text.append('\n').append(describe(nested, indent + "    "));
        }
        return text.toString();
    }

    /**
     * The request as it goes on the wire. REST Assured adds two things only when it sends, after the
     * filters: the bearer token of {@code auth().oauth2(..)} and the multipart body with its boundary;
     * both are put back here so the validator sees what the service received.
     */
    static Request requestOf(FilterableRequestSpecification spec) {
        Request seen = RestAssuredRequest.of(spec);
        SimpleRequest.Builder copy = new SimpleRequest.Builder(seen.getMethod(), seen.getPath());
        seen.getQueryParameters().forEach(name -> copy.withQueryParam(name, List.copyOf(seen.getQueryParameterValues(name))));
        seen.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
        if (seen.getHeaderValues("Authorization").isEmpty()
                && spec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer) {
            copy.withAuthorization("Bearer " + bearer.getAccessToken());
        }
        List<MultiPartSpecification> parts = spec.getMultiPartParams();
        if (parts != null && !parts.isEmpty()) {
            String boundary = "contract-" + Long.toHexString(System.nanoTime());
            copy.withContentType("multipart/form-data; boundary=" + boundary);
            copy.withBody(multipart(parts, boundary));
        } else {
            seen.getRequestBody().ifPresent(copy::withBody);
        }
        return copy.build();
    }

    private static byte[] multipart(List<MultiPartSpecification> parts, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (MultiPartSpecification part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.getControlName()).append('"');
            if (part.hasFileName()) {
                head.append("; filename=\"").append(part.getFileName()).append('"');
            }
            head.append("\r\n");
            if (part.getMimeType() != null) {
                head.append("Content-Type: ").append(part.getMimeType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(contentOf(part.getContent()));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] contentOf(Object content) {
        try {
            if (content instanceof byte[] bytes) {
                return bytes;
            }
            if (content instanceof java.io.File file) {
                return Files.readAllBytes(file.toPath());
            }
            return String.valueOf(content).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers given before the request reaches any operation, which the document does not describe for
     * any path: the CORS filter's refusal of a browser on another origin (a preflight, or a request
     * with an {@code Origin} it does not allow: 403 without a body), and the HTTP server's refusal of a
     * request line that is too long (414 without a body).
     */
    static boolean beforeAnyOperation(FilterableRequestSpecification request, Response response) {
        boolean crossOrigin = request.getHeaders().hasHeaderWithName("Origin");
        boolean preflight = "OPTIONS".equalsIgnoreCase(request.getMethod()) && crossOrigin
                && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
        boolean empty = response.asByteArray().length == 0;
        return preflight || (crossOrigin && response.getStatusCode() == 403 && empty)
                || (response.getStatusCode() == 414 && empty);
    }

    private static boolean knownMethod(String method) {
        return java.util.Arrays.stream(Request.Method.values()).anyMatch(m -> m.name().equals(method));
    }

    /** A method no OpenAPI document can describe (TRACK): it must be refused as unknown. */
    static List<String> unknownMethod(String method, String path, int status) {
        return status == 404 || status == 405 ? List.of()
                : List.of("[unknown method] " + method + " is not an HTTP method the document can describe, yet the service answered "
                        + status + " on " + path);
    }

    static final class ContractFilter implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext ctx) {
            Response response = ctx.next(request, expected);
            String method = request.getMethod().toUpperCase(java.util.Locale.ROOT);
            String path = URI.create(request.getURI()).getRawPath();
            if (!path.startsWith("/api/") || beforeAnyOperation(request, response)) {
                return response;
            }
            List<String> errors = knownMethod(method)
                    ? check(Holder.VALIDATOR, method, path, requestOf(request), RestAssuredResponse.of(response))
                    : unknownMethod(method, path, response.getStatusCode());
            if (!errors.isEmpty()) {
                String failure = method + " " + path + " answered " + response.getStatusCode() + " ("
                        + response.getContentType() + ") does not conform to openapi/openapi.yaml:\n"
                        + String.join("\n", errors);
                record(failure, response);
                throw new AssertionError(failure);
            }
            return response;
        }

        private static synchronized void record(String failure, Response response) {
            try {
                Files.createDirectories(VIOLATIONS.getParent());
                String body = response.asString();
                Files.writeString(VIOLATIONS, failure + "\n  body: " + body.substring(0, Math.min(body.length(), 400)) + "\n\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException | RuntimeException e) {
                // the list is a convenience; the assertion error is what fails the test
            }
        }
    }
}
