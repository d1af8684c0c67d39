package cn.nanhu.talent.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.nanhu.talent.common.NanhuConfig;
import cn.nanhu.talent.common.Problem;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class FileUploadTest {

    @Inject
    Db db;
    @Inject
    NanhuConfig config;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @CsvSource({"PDF, application/pdf", "JPEG, image/jpeg", "PNG, image/png"})
    void each_accepted_type_is_stored_as_its_content_shows_whatever_the_name_and_declared_type_say(
            String kind, String contentType) throws IOException {
        byte[] bytes = switch (kind) {
            case "PDF" -> SampleFiles.pdf();
            case "JPEG" -> SampleFiles.jpeg();
            default -> SampleFiles.png();
        };
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        Api.Session user = Api.wechatUser(Api.unique("up"));

        Response r = SampleFiles.upload(user, bytes, "../../etc/passwd.txt", "text/plain", null);

        r.then().statusCode(201)
                .body("contentType", equalTo(contentType))
                .body("size", equalTo(bytes.length))
                .body("purpose", equalTo("ATTACHMENT"))
                .body("sha256", equalTo(SampleFiles.sha256(bytes)));
        String id = r.jsonPath().getString("id");
        assertThat(OffsetDateTime.parse(r.jsonPath().getString("createdAt")).toInstant()).isEqualTo(now);
        Map<String, Object> row = db.row("select * from stored_file where id = ?", id);
        assertThat(row).containsEntry("owner_kind", "USER").containsEntry("owner_id", user.id())
                .containsEntry("purpose", "ATTACHMENT").containsEntry("content_type", contentType)
                .containsEntry("size_bytes", (long) bytes.length).containsEntry("sha256", SampleFiles.sha256(bytes))
                .containsEntry("deleted_at", null);
        String key = (String) row.get("storage_key");
        assertThat(key).endsWith(id).doesNotContain("passwd").doesNotContain(".");
        assertThat(Files.readAllBytes(filesRoot().resolve(key))).isEqualTo(bytes);
    }

    @Test
    void staff_upload_too_and_the_purpose_is_kept() {
        Api.Session admin = Api.admin();
        String id = SampleFiles.upload(admin, SampleFiles.png(), "logo.png", "image/png", "LOGO")
                .then().statusCode(201).body("purpose", equalTo("LOGO"))
                .extract().jsonPath().getString("id");
        assertThat(db.row("select owner_kind, owner_id, purpose from stored_file where id = ?", id))
                .containsEntry("owner_kind", "STAFF").containsEntry("owner_id", admin.id()).containsEntry("purpose", "LOGO");
    }

    @Test
    void a_text_file_named_and_declared_as_a_pdf_is_refused_with_415_and_nothing_is_stored() {
        Api.Session user = Api.wechatUser(Api.unique("fake"));
        long before = SampleFiles.filesUnder(filesRoot());
        byte[] text = "this is not a PDF, just text with a .pdf name".getBytes(StandardCharsets.UTF_8);

        SampleFiles.upload(user, text, "licence.pdf", "application/pdf", "LICENSE")
                .then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "unsupported-media-type"))
                .body("status", equalTo(415));

        assertNothingStored(user, before);
    }

    @Test
    void a_file_over_10_mb_is_refused_with_413_and_nothing_is_stored_while_exactly_10_mb_is_accepted() {
        Api.Session user = Api.wechatUser(Api.unique("big"));
        long before = SampleFiles.filesUnder(filesRoot());

        SampleFiles.upload(user, SampleFiles.pdfOfSize(SampleFiles.TEN_MB + 1), "big.pdf", "application/pdf", null)
                .then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "payload-too-large"));
        assertNothingStored(user, before);

        SampleFiles.upload(user, SampleFiles.pdfOfSize(SampleFiles.TEN_MB), "max.pdf", "application/pdf", null)
                .then().statusCode(201)
                .body("size", equalTo(SampleFiles.TEN_MB));
        assertThat(db.count("select count(*) from stored_file where owner_id = ?", user.id())).isEqualTo(1);
    }

    @Test
    void an_empty_file_or_a_missing_file_part_is_a_400_naming_file() {
        Api.Session user = Api.wechatUser(Api.unique("empty"));
        long before = SampleFiles.filesUnder(filesRoot());

        SampleFiles.upload(user, new byte[0], "empty.pdf", "application/pdf", null)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("file"));
        user.as().multiPart("purpose", "RESUME").when().post("/api/v1/files")
                .then().statusCode(400)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("file"));

        assertNothingStored(user, before);
    }

    @Test
    void an_unknown_purpose_is_a_400_naming_purpose() {
        Api.Session user = Api.wechatUser(Api.unique("purpose"));
        long before = SampleFiles.filesUnder(filesRoot());

        SampleFiles.upload(user, SampleFiles.pdf(), "cv.pdf", "application/pdf", "AVATAR")
                .then().statusCode(400)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("purpose"));

        assertNothingStored(user, before);
    }

    @Test
    void uploading_needs_a_signed_in_account() {
        long before = SampleFiles.filesUnder(filesRoot());
        long rows = db.count("select count(*) from stored_file");

        SampleFiles.send(given(), SampleFiles.pdf(), "cv.pdf", "application/pdf", null)
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer");

        assertThat(db.count("select count(*) from stored_file")).isEqualTo(rows);
        assertThat(SampleFiles.filesUnder(filesRoot())).isEqualTo(before);
    }

    private void assertNothingStored(Api.Session user, long filesBefore) {
        assertThat(db.count("select count(*) from stored_file where owner_id = ?", user.id())).isZero();
        assertThat(SampleFiles.filesUnder(filesRoot())).as("no bytes, not even a temporary file").isEqualTo(filesBefore);
    }

    private Path filesRoot() {
        return Path.of(config.dataDir(), "files");
    }
}
