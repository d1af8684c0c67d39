package cn.nanhu.talent.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Improper inventory management (OWASP API9): the routes the code serves are exactly the operations
 * of the OpenAPI document, so no endpoint is served undocumented (and unswept by
 * {@link AuthorizationSweepTest}), and none is documented that nothing serves. Pages that are not
 * part of the API contract say so with {@code @Operation(hidden = true)}.
 */
@QuarkusTest
class RouteInventoryTest {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");

    /** Packages left out of the document on purpose (the back office's HTML pages), by configuration. */
    @ConfigProperty(name = "mp.openapi.scan.exclude.packages")
    Optional<List<String>> excludedPackages;

    @Test
    void the_served_routes_are_the_documented_operations() throws IOException {
        List<String> excluded = excludedPackages.orElse(List.of());
        assertThat(excluded).as("only the back office is left out of the API document").allMatch(p -> p.endsWith(".console"));
        Set<String> served = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.nanhu.talent")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            if (hidden(resource.getAnnotation(Operation.class)) || excluded.stream().anyMatch(p -> resource.getPackageName().equals(p))) {
                continue;
            }
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                for (Map.Entry<Class<? extends Annotation>, String> http : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey()) && !hidden(method.getAnnotation(Operation.class))) {
                        Path sub = method.getAnnotation(Path.class);
                        served.add(http.getValue() + " " + normalise(base + (sub == null ? "" : "/" + sub.value())));
                    }
                }
            }
        }

        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Set<String> documented = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.containsValue(m.toUpperCase())) {
                    documented.add(m.toUpperCase() + " " + path.getKey());
                }
            });
        }
        assertThat(served).as("routes served by the code").isNotEmpty().isEqualTo(documented);
    }

    @Test
    void paths_are_normalised_as_the_document_spells_them() {
        assertThat(normalise("/api/v1/jobs//{id: [0-9A-Z]+}/")).isEqualTo("/api/v1/jobs/{id}");
        assertThat(List.of(normalise("api/v1/me"))).containsExactly("/api/v1/me");
    }

    private static boolean hidden(Operation operation) {
        return operation != null && operation.hidden();
    }

    /** One slash between segments, none at the end, and {name: regex} as {name}. */
    static String normalise(String path) {
        String p = ("/" + path).replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
