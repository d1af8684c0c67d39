package cn.nanhu.talent.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The authorization sweep (OWASP API1 and API5): every operation of the OpenAPI document, called as
 * every kind of principal, gets the answer that {@code security/access-matrix.tsv} implies. The
 * matrix and the document must describe the same operations with the same roles, so a new endpoint
 * without a row fails the build, and so does a changed {@code @RolesAllowed} that nobody reviewed.
 *
 * <p>The role gate is called with identifiers that name nothing. Behind it, objects that belong to
 * someone (OWASP API1): every operation whose path names an object and that a seeker or an employer
 * may call declares in the matrix whose object that is ({@code owner=seeker}, {@code owner=employer},
 * or {@code owner=none} with the reason), and for each owned one a real object of seeker A (or of
 * employer X) is called as seeker B (or as a member of employer Y), which must get 404 and change
 * nothing, and as its owner, who must be let in ({@link OwnedObjects} makes the objects).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationSweepTest {

    private static final String MATRIX = "security/access-matrix.tsv";
    private static final String NO_SUCH_ID = "ZZZZZZZZZZZZZZZZZZZZZZZZZZ";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Who calls: each holds the roles its token carries. */
    enum Principal {
        ANONYMOUS(Set.of()),
        /** A real user's token, properly signed but expired: what a mini-program sends after a long pause. */
        EXPIRED(Set.of()),
        SEEKER(Set.of("SEEKER")),
        EMPLOYER(Set.of("SEEKER", "EMPLOYER")),
        REVIEWER(Set.of("REVIEWER")),
        SERVICE(Set.of("SERVICE")),
        ADMIN(Set.of("ADMIN"));

        final Set<String> roles;

        Principal(Set<String> roles) {
            this.roles = roles;
        }
    }

    /**
     * One line of the matrix. {@code owners}: whose object the path names (empty for owner=none),
     * null when the row does not say; {@code note}: the comment after the flags.
     */
    record Row(String method, String path, String access, boolean fresh, boolean personal, Set<OwnedObjects.Owner> owners, String note) {
        String key() {
            return method + " " + path;
        }

        /** The path names an object (has a path parameter) that a seeker or an employer may reach. */
        boolean reachesAnObject() {
            boolean object = path.contains("{");
            boolean seekerOrEmployer = access.equals("public") || access.equals("signed-in")
                    || Set.of(access.split(",")).contains("SEEKER") || Set.of(access.split(",")).contains("EMPLOYER");
            return object && seekerOrEmployer;
        }

        /** The status range this principal must get: 401, 403, or "let in" (anything else below 500). */
        String expected(Principal p) {
            if (p == Principal.EXPIRED && (!access.equals("public") || personal)) {
                return "401"; // the caller must sign in again; a public operation ignores a token it does not use
            }
            if (access.equals("public")) {
                return "in";
            }
            if (access.equals("api-key")) {
                return "401"; // a channel's key, which no signed-in principal holds (ChannelFeedTest has the keys)
            }
            if (p == Principal.ANONYMOUS) {
                return "401";
            }
            if (access.equals("signed-in")) {
                return "in";
            }
            for (String role : access.split(",")) {
                if (p.roles.contains(role)) {
                    return "in";
                }
            }
            return "403";
        }
    }

    private final Map<Principal, Api.Session> sessions = new EnumMap<>(Principal.class);
    private String expiredToken;
    private JsonNode document;

    /** Signs everyone in on first use: the test port is known only once a test runs. */
    private synchronized void signIn() throws IOException {
        if (document != null) {
            return;
        }
        for (Principal p : Principal.values()) {
            if (p != Principal.ANONYMOUS && p != Principal.EXPIRED) {
                sessions.put(p, newSession(p));
            }
        }
        expiredToken = Jwt.issuer(ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class))
                .subject(sessions.get(Principal.SEEKER).id()).groups(Set.of("SEEKER", "EMPLOYER", "REVIEWER", "SERVICE", "ADMIN"))
                .claim("knd", "USER").claim("gen", 0)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        document = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void the_matrix_and_the_document_name_the_same_operations_with_the_same_roles() throws IOException {
        signIn();
        Map<String, String> declared = declaredAccess();
        Map<String, String> matrix = new LinkedHashMap<>();
        for (Row row : rows()) {
            matrix.put(row.key(), row.access());
        }
        assertThat(new TreeSet<>(declared.keySet()))
                .as("every operation of the OpenAPI document has a row in " + MATRIX + ", and every row an operation")
                .isEqualTo(new TreeSet<>(matrix.keySet()));
        assertThat(matrix).as("the roles in " + MATRIX + " are the roles the document declares").isEqualTo(declared);
    }

    @TestFactory
    Stream<DynamicTest> every_operation_answers_every_principal_as_the_matrix_says() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.key() + " [" + row.access() + "]", () -> {
            signIn();
            List<String> wrong = new ArrayList<>();
            for (Principal p : Principal.values()) {
                int status = call(row, p);
                String expected = row.expected(p);
                boolean ok = switch (expected) {
                    case "401" -> status == 401;
                    case "403" -> status == 403;
                    default -> status != 401 && status != 403 && status < 500;
                };
                if (!ok) {
                    wrong.add(p + " got " + status + ", expected " + (expected.equals("in") ? "to be let in (not 401/403/5xx)" : expected));
                }
            }
            assertThat(wrong).as(row.key()).isEmpty();
        }));
    }

    @Test
    void every_operation_on_an_object_that_a_seeker_or_an_employer_may_call_says_whose_object_it_is() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            if (row.reachesAnObject() && row.owners() == null) {
                wrong.add(row.key() + ": no owner=seeker, owner=employer or owner=none (with the reason after a #)");
            } else if (!row.reachesAnObject() && row.owners() != null) {
                wrong.add(row.key() + ": an owner flag on an operation that names no object a seeker or employer may reach");
            } else if (row.owners() != null && row.owners().isEmpty() && row.note().isBlank()) {
                wrong.add(row.key() + ": owner=none needs the reason, as a # comment after the flags");
            }
            if (row.owners() != null) {
                for (OwnedObjects.Owner owner : row.owners()) {
                    if (OwnedObjects.probe(row.key(), owner) == null) {
                        wrong.add(row.key() + ": owner=" + owner.name().toLowerCase() + " but OwnedObjects has no probe for it");
                    }
                }
            }
        }
        assertThat(wrong).as("owner declarations in " + MATRIX).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> another_seeker_or_another_employers_member_gets_404_on_an_owned_object_and_changes_nothing()
            throws IOException {
        return rows().stream().filter(row -> row.owners() != null)
                .flatMap(row -> row.owners().stream().map(owner -> DynamicTest.dynamicTest(
                        row.key() + " [owner=" + owner.name().toLowerCase() + "]", () -> probeOwned(row, owner))));
    }

    private void probeOwned(Row row, OwnedObjects.Owner kind) {
        var probe = OwnedObjects.probe(row.key(), kind);
        assertThat(probe).as("a probe for " + row.key() + " owned by " + kind).isNotNull();
        OwnedObjects.World world = OwnedObjects.world();
        OwnedObjects.Target target = probe.apply(world);
        Object before = target.state().get();

        for (Map.Entry<String, Api.Session> other : new TreeMap<>(world.others(kind)).entrySet()) {
            Response theirs = send(other.getValue(), row.method(), target);
            assertThat(theirs.statusCode())
                    .as("%s on %s's object as %s (answered %s)", row.key(),
                            kind == OwnedObjects.Owner.SEEKER ? "seeker A" : "employer X", other.getKey(), theirs.asString())
                    .isEqualTo(404);
            assertThat(target.state().get()).as("%s by %s changed the object", row.key(), other.getKey()).isEqualTo(before);
        }

        Response own = send(world.owner(kind), row.method(), target);
        assertThat(own.statusCode()).as("%s as the owner lets in (answered %s)", row.key(), own.asString())
                .isNotIn(401, 403, 404).isLessThan(500);
    }

    private static Response send(Api.Session as, String method, OwnedObjects.Target target) {
        RequestSpecification spec = as.as().redirects().follow(false);
        if (target.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(target.body());
        }
        return spec.when().request(method, target.path());
    }

    private int call(Row row, Principal p) {
        RequestSpecification spec = given().redirects().follow(false);
        if (p == Principal.EXPIRED) {
            spec = spec.auth().oauth2(expiredToken);
        } else if (p != Principal.ANONYMOUS) {
            Api.Session session = row.fresh() ? newSession(p) : sessions.get(p);
            spec = spec.auth().oauth2(session.accessToken());
        }
        String path = row.path().replaceAll("\\{[^}]+}", NO_SUCH_ID);
        JsonNode body = document.path("paths").path(row.path()).path(row.method().toLowerCase()).path("requestBody").path("content");
        if (body.has("multipart/form-data")) {
            spec = spec.multiPart("file", "probe.txt", "probe".getBytes(StandardCharsets.UTF_8), "text/plain");
        } else if (body.has("application/json")) {
            spec = spec.contentType(ContentType.JSON).body("{}");
        }
        return spec.when().request(row.method(), path).then().extract().statusCode();
    }

    static Api.Session newSession(Principal p) {
        Supplier<Api.Session> make = switch (p) {
            case SEEKER -> () -> Api.wechatUser(Api.unique("sweep-seeker-"));
            case EMPLOYER -> () -> Employers.approved(Api.unique("sweep-employer-")).owner();
            case REVIEWER -> () -> Api.newStaff(Api.unique("sweep-rev-"), "REVIEWER");
            case SERVICE -> () -> Api.newStaff(Api.unique("sweep-svc-"), "SERVICE");
            case ADMIN -> () -> Api.newStaff(Api.unique("sweep-adm-"), "ADMIN");
            case ANONYMOUS, EXPIRED -> () -> {
                throw new IllegalArgumentException(p + " has no session");
            };
        };
        return make.get();
    }

    /** The access each operation of the served document declares, in the matrix's spelling. */
    private Map<String, String> declaredAccess() {
        Map<String, String> declared = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode security = op.getValue().get("security");
                String access;
                if (security == null) {
                    // a partner's channel key in a required header is the feed's own way in
                    access = requiresApiKey(op.getValue()) ? "api-key" : "public";
                } else {
                    Set<String> roles = new TreeSet<>();
                    security.forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(r -> roles.add(r.asText()))));
                    access = roles.isEmpty() ? "signed-in" : String.join(",", roles);
                }
                declared.put(op.getKey().toUpperCase() + " " + path.getKey(), access);
            }
        }
        return declared;
    }

    private static boolean requiresApiKey(JsonNode operation) {
        for (JsonNode p : operation.path("parameters")) {
            if ("header".equals(p.path("in").asText()) && "X-Api-Key".equalsIgnoreCase(p.path("name").asText())
                    && p.path("required").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationSweepTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                assertThat(cells.length).as("row '" + line + "' has method, path, access, and optional flags and note")
                        .isBetween(3, 5);
                boolean fresh = false;
                boolean personal = false;
                Set<OwnedObjects.Owner> owners = null;
                for (String flag : cells.length > 3 ? cells[3].split(",") : new String[0]) {
                    if (flag.equals("fresh")) {
                        fresh = true;
                    } else if (flag.equals("personal")) {
                        assertThat(cells[2]).as("only a public operation is personal: '" + line + "'").isEqualTo("public");
                        personal = true;
                    } else if (flag.equals("owner=none")) {
                        owners = Set.of();
                    } else if (flag.startsWith("owner=")) {
                        owners = new TreeSet<>();
                        for (String kind : flag.substring("owner=".length()).split("\\+")) {
                            assertThat(kind).as("owner kind in '" + line + "'").isIn("seeker", "employer");
                            owners.add(OwnedObjects.Owner.valueOf(kind.toUpperCase()));
                        }
                    } else if (!flag.isEmpty()) {
                        throw new AssertionError("unknown flag '" + flag + "' in row '" + line + "'");
                    }
                }
                String note = cells.length > 4 ? cells[4] : "";
                assertThat(note).as("the note of '" + line + "' is a # comment").matches("(#.*)?");
                rows.add(new Row(cells[0], cells[1], cells[2], fresh, personal, owners, note.replaceFirst("^#\\s*", "")));
            }
        }
        return rows;
    }
}
