package cn.nanhu.talent.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsoleMorePagesTest {

    @Inject
    Db db;

    @Test
    void an_admin_finds_an_employer_assigns_its_dedicated_hr_suspends_and_reinstates_it() {
        Employers.Registered employer = Employers.approved(Api.unique("cemp"));
        String name = (String) db.row("select name from employer where id = ?", employer.employerId()).get("name");
        String hrName = Api.unique("chr");
        Api.Session hr = Api.newStaff(hrName, "SERVICE");
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);

        admin.bare().queryParam("q", name).when().get("/admin/employers").then().statusCode(200)
                .body(containsString("data-id=\"" + employer.employerId() + "\""));
        admin.bare().when().get("/admin/employers/" + employer.employerId()).then().statusCode(200)
                .body(containsString("139****2222")).body(org.hamcrest.Matchers.not(containsString("13900002222")));

        admin.form().formParam("staffId", hr.id()).when().post("/admin/employers/" + employer.employerId() + "/dedicated-hr")
                .then().statusCode(303);
        assertThat(db.row("select dedicated_hr_id from employer where id = ?", employer.employerId()))
                .containsEntry("dedicated_hr_id", hr.id());

        admin.form().formParam("reason", "营业执照已吊销").when().post("/admin/employers/" + employer.employerId() + "/suspend")
                .then().statusCode(303);
        assertThat(db.row("select status from employer where id = ?", employer.employerId())).containsEntry("status", "SUSPENDED");
        admin.form().when().post("/admin/employers/" + employer.employerId() + "/reinstate").then().statusCode(303);
        assertThat(db.row("select status from employer where id = ?", employer.employerId())).containsEntry("status", "APPROVED");

        admin.bare().queryParam("subjectKind", "EMPLOYER").queryParam("subjectId", employer.employerId())
                .when().get("/admin/audit").then().statusCode(200).body(containsString("REVIEW_APPROVED"))
                .body(containsString("data-subject=\"" + employer.employerId() + "\""));
    }

    @Test
    void reviewers_view_employers_but_only_admins_change_them_or_read_the_audit_log() {
        Employers.Registered employer = Employers.approved(Api.unique("cemp"));
        String username = Api.unique("crev");
        Api.newStaff(username, "REVIEWER");
        ConsoleClient reviewer = ConsoleClient.signIn(username, "pw-" + username + "-0123456789");

        reviewer.bare().when().get("/admin/employers/" + employer.employerId()).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("id=\"suspend\"")));
        reviewer.form().formParam("reason", "x").when().post("/admin/employers/" + employer.employerId() + "/suspend")
                .then().statusCode(403);
        for (String page : List.of("/admin/audit", "/admin/consultations")) {
            reviewer.bare().when().get(page).then().statusCode(403);
        }
        assertThat(db.row("select status from employer where id = ?", employer.employerId())).containsEntry("status", "APPROVED");
    }

    @Test
    void an_admin_answers_a_consultation_from_the_inbox_and_the_seeker_reads_the_answer() {
        Api.Session seeker = Api.wechatUser(Api.unique("cask"));
        String topic = Api.unique("社保咨询");
        String id = seeker.as().contentType(ContentType.JSON).body(Map.of("topic", topic, "content", "灵活就业社保怎么交？"))
                .when().post("/api/v1/consultations").then().statusCode(201).extract().path("id");
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);

        admin.bare().when().get("/admin/consultations").then().statusCode(200).body(containsString(topic));
        admin.bare().when().get("/admin/consultations/" + id).then().statusCode(200).body(containsString("灵活就业社保怎么交"));
        admin.form().formParam("text", "可在南湖区社保窗口办理。").when().post("/admin/consultations/" + id + "/messages")
                .then().statusCode(303).header("Location", containsString("flash="));

        seeker.as().when().get("/api/v1/consultations/" + id).then().statusCode(200)
                .body(containsString("可在南湖区社保窗口办理"));
    }

    @Test
    void a_dedicated_hr_records_a_service_for_their_employer_and_reads_it_back() {
        Employers.Registered employer = Employers.approved(Api.unique("csrv"));
        String hrName = Api.unique("csrvhr");
        Api.Session hr = Api.newStaff(hrName, "SERVICE");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("staffId", hr.id()))
                .when().put("/api/v1/admin/employers/" + employer.employerId() + "/dedicated-hr").then().statusCode(200);
        ConsoleClient console = ConsoleClient.signIn(hrName, "pw-" + hrName + "-0123456789");

        console.form().formParam("employerId", employer.employerId()).formParam("channel", "VISIT")
                .formParam("note", "上门走访，了解用工需求。").when().post("/admin/service-records").then().statusCode(303);
        console.bare().when().get("/admin/service-records").then().statusCode(200).body(containsString("上门走访，了解用工需求。"));
        assertThat(db.count("select count(*) from service_record where subject_id = ? and created_by = ?", employer.employerId(), hr.id()))
                .isEqualTo(1);

        console.form().formParam("employerId", employer.employerId()).formParam("channel", "FAX").formParam("note", "x")
                .when().post("/admin/service-records").then().statusCode(400);
    }
}
