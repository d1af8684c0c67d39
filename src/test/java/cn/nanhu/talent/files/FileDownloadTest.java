package cn.nanhu.talent.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.common.Problem;
import cn.nanhu.talent.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FileDownloadTest {

    private static final String FILES = "/api/v1/files/";

    @Inject
    TestFileGrant grant;

    @AfterEach
    void closeGrant() {
        grant.clear();
    }

    @Test
    void the_uploader_gets_the_identical_bytes_as_a_private_download_that_is_never_sniffed() {
        Api.Session user = Api.wechatUser(Api.unique("dl"));
        byte[] pdf = SampleFiles.pdf();
        byte[] png = SampleFiles.png();
        String pdfId = SampleFiles.uploaded(user, pdf, "RESUME");
        String pngId = SampleFiles.uploaded(user, png, null);

        Response r = user.as().when().get(FILES + pdfId);
        r.then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdfId + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Length", String.valueOf(pdf.length));
        assertThat(r.asByteArray()).isEqualTo(pdf);

        Response image = user.as().when().get(FILES + pngId);
        image.then().statusCode(200)
                .contentType("image/png")
                .header("Content-Disposition", "attachment; filename=\"" + pngId + ".png\"");
        assertThat(image.asByteArray()).isEqualTo(png);
    }

    @Test
    void anonymous_download_is_a_401() {
        String id = SampleFiles.uploaded(Api.wechatUser(Api.unique("anon")), SampleFiles.pdf(), null);
        given().when().get(FILES + id)
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void another_user_is_told_the_file_does_not_exist_exactly_as_for_an_unknown_id() {
        String id = SampleFiles.uploaded(Api.wechatUser(Api.unique("mine")), SampleFiles.jpeg(), "RESUME");
        Api.Session stranger = Api.wechatUser(Api.unique("stranger"));

        Response theirs = stranger.as().when().get(FILES + id);
        Response unknown = stranger.as().when().get(FILES + "01HZZZZZZZZZZZZZZZZZZZZZZZ");

        theirs.then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "not-found"));
        unknown.then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        assertThat(theirs.jsonPath().getString("detail")).isEqualTo(unknown.jsonPath().getString("detail"));
        assertThat(theirs.jsonPath().getString("title")).isEqualTo(unknown.jsonPath().getString("title"));
        stranger.as().when().get(FILES + "not-an-id").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        stranger.as().when().get(FILES + "..%2F..%2Fkeys%2Fjwt-private.pem").then().statusCode(404);
    }

    @Test
    void reviewers_and_admins_may_read_any_file_but_service_staff_may_not() {
        byte[] licence = SampleFiles.png();
        String id = SampleFiles.uploaded(Api.wechatUser(Api.unique("lic")), licence, "LICENSE");

        Response byReviewer = Api.newStaff(Api.unique("rv"), "REVIEWER").as().when().get(FILES + id);
        byReviewer.then().statusCode(200).contentType("image/png");
        assertThat(byReviewer.asByteArray()).isEqualTo(licence);
        Api.admin().as().when().get(FILES + id).then().statusCode(200);
        Api.newStaff(Api.unique("sv"), "SERVICE").as().when().get(FILES + id)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void a_grant_from_another_feature_opens_exactly_the_granted_file_to_exactly_the_granted_reader() {
        Api.Session seeker = Api.wechatUser(Api.unique("seeker"));
        byte[] resume = SampleFiles.pdf();
        String granted = SampleFiles.uploaded(seeker, resume, "RESUME");
        String other = SampleFiles.uploaded(seeker, SampleFiles.jpeg(), "ATTACHMENT");
        Api.Session employer = Api.wechatUser(Api.unique("employer"));
        Api.Session bystander = Api.wechatUser(Api.unique("bystander"));
        employer.as().when().get(FILES + granted).then().statusCode(404);

        grant.open(granted, employer.id());

        Response r = employer.as().when().get(FILES + granted);
        r.then().statusCode(200).contentType("application/pdf");
        assertThat(r.asByteArray()).isEqualTo(resume);
        employer.as().when().get(FILES + other).then().statusCode(404);
        bystander.as().when().get(FILES + granted).then().statusCode(404);
    }
}
