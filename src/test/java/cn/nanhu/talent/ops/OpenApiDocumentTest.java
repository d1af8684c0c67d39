package cn.nanhu.talent.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The exported document {@code openapi/openapi.yaml} is part of the product: clients generate
 * code from it. This test fails when the file no longer matches what the code serves. To refresh
 * it after an intended API change: {@code ./mvnw verify -Dopenapi.update=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path EXPORTED = Path.of("openapi", "openapi.yaml");

    @Test
    void the_exported_openapi_document_matches_the_code() throws IOException {
        String served = normalise(given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString());
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(EXPORTED.getParent());
            Files.writeString(EXPORTED, served, StandardCharsets.UTF_8);
        }
        assertThat(EXPORTED).as("openapi/openapi.yaml exists").exists();
        String exported = normalise(Files.readString(EXPORTED, StandardCharsets.UTF_8));
        assertThat(exported)
                .as("openapi/openapi.yaml is stale: run ./mvnw verify -Dopenapi.update=true and commit the file")
                .isEqualTo(served);
    }

    @Test
    void the_document_describes_the_public_contract() {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().extract().asString();
        assertThat(served)
                .contains("/api/v1/dicts/divisions")
                .contains("/api/v1/dicts/occupations")
                .doesNotContain("/test-support");
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").stripTrailing() + "\n";
    }
}
