package cn.nanhu.talent.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsolePagesTest {

    @Inject
    Db db;

    private static ConsoleClient reviewer() {
        String username = Api.unique("crev");
        Api.newStaff(username, "REVIEWER");
        return ConsoleClient.signIn(username, "pw-" + username + "-0123456789");
    }

    @Test
    void a_reviewer_sees_the_evidence_of_an_employer_with_the_phone_masked_and_approves_it() {
        String employerId = Employers.register(Api.wechatUser(Api.unique("cown")));
        Map<String, Object> item = Employers.pendingItem(Api.admin(), employerId);
        ConsoleClient reviewer = reviewer();

        assertThat(reviewer.lists("/admin/reviews?kind=EMPLOYER", employerId)).as("in the queue").isTrue();
        String detail = reviewer.bare().when().get("/admin/reviews/" + item.get("id")).then().statusCode(200).extract().asString();
        assertThat(detail).contains("id=\"credit-check\"").contains("校验位正确").contains("id=\"license-image\"")
                .contains("统一社会信用代码").doesNotContain("13900002222").contains("139****2222");
        String licenseId = (String) db.row("select license_file_id from employer where id = ?", employerId).get("license_file_id");
        Response file = reviewer.bare().when().get("/admin/files/" + licenseId);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.getHeader("Content-Security-Policy")).contains("frame-ancestors 'self'");

        reviewer.htmx().formParam("decision", "APPROVE").formParam("version", item.get("version"))
                .formParam("confirmAboveDesignatedSize", "true")
                .when().post("/admin/reviews/" + item.get("id") + "/decision")
                .then().statusCode(200).header("HX-Redirect", containsString("/admin/reviews?decided="));

        assertThat(db.row("select status from employer where id = ?", employerId)).containsEntry("status", "APPROVED");
        assertThat(reviewer.lists("/admin/reviews?kind=EMPLOYER", employerId)).as("left the queue").isFalse();
        assertThat(reviewer.lists("/admin/reviews?kind=EMPLOYER&status=APPROVED", employerId)).as("among the approved").isTrue();
    }

    @Test
    void a_stale_decision_gets_409_with_the_conflict_message_and_changes_nothing() {
        String employerId = Employers.register(Api.wechatUser(Api.unique("cown")));
        Map<String, Object> item = Employers.pendingItem(Api.admin(), employerId);
        ConsoleClient first = reviewer();
        ConsoleClient second = reviewer();

        first.htmx().formParam("decision", "REJECT").formParam("version", item.get("version"))
                .formParam("reasonTemplate", "LICENSE_UNREADABLE")
                .when().post("/admin/reviews/" + item.get("id") + "/decision").then().statusCode(200);
        second.htmx().formParam("decision", "APPROVE").formParam("version", item.get("version"))
                .when().post("/admin/reviews/" + item.get("id") + "/decision")
                .then().statusCode(409).body(containsString("已有其他审核员先作出决定")).body(containsString("class=\"flash conflict\""));

        assertThat(db.row("select status from employer where id = ?", employerId)).containsEntry("status", "REJECTED");
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action like 'REVIEW_%'", employerId)).isEqualTo(1);
    }

    @Test
    void a_rejection_needs_a_reason_and_a_job_shows_its_flagged_words() {
        var employer = Employers.approved(Api.unique("cjob"));
        Map<String, Object> body = Jobs.body("仓库管理员");
        body.put("description", "仓库管理员，限男性，35岁以下，负责出入库。");
        String jobId = Jobs.post(employer.owner(), body);
        Map<String, Object> item = Jobs.pendingItem(Api.admin(), jobId);
        ConsoleClient reviewer = reviewer();

        reviewer.bare().when().get("/admin/reviews/" + item.get("id")).then().statusCode(200)
                .body(containsString("id=\"flagged\"")).body(containsString("限男性")).body(containsString("35岁以下"));
        reviewer.htmx().formParam("decision", "REJECT").formParam("version", item.get("version"))
                .when().post("/admin/reviews/" + item.get("id") + "/decision")
                .then().statusCode(400).body(containsString("理由"));
        assertThat(db.row("select status from job where id = ?", jobId)).containsEntry("status", "PENDING_REVIEW");
    }

    @Test
    void an_admin_writes_and_publishes_an_announcement_that_the_home_page_then_shows() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        String title = Api.unique("人才新政");
        admin.form().formParam("title", title).formParam("group", "TALENT_POLICY").formParam("summary", "摘要")
                .formParam("tags", "330402, SEEKER").formParam("content", "<p>正文<script>alert(1)</script><b>加粗</b></p>")
                .when().post("/admin/content?type=announcement").then().statusCode(303);
        Map<String, Object> row = db.row("select id, status, content from content_item where title = ?", title);
        assertThat(row).containsEntry("status", "DRAFT");
        assertThat((String) row.get("content")).contains("<b>加粗</b>").doesNotContain("script");
        given().when().get("/api/v1/home").then().statusCode(200).body(not(containsString(title)));

        admin.form().when().post("/admin/content/" + row.get("id") + "/publish?type=announcement").then().statusCode(303);
        given().when().get("/api/v1/home").then().statusCode(200).body(containsString(title));
        admin.bare().when().get("/admin/content?type=announcement").then().statusCode(200).body(containsString(title))
                .body(containsString("已发布"));

        admin.form().when().post("/admin/content/" + row.get("id") + "/unpublish?type=announcement").then().statusCode(303);
        given().when().get("/api/v1/home").then().statusCode(200).body(not(containsString(title)));
    }

    @Test
    void a_ticket_is_checked_in_once_at_the_door() {
        String username = Api.unique("csvc");
        Api.newStaff(username, "SERVICE");
        ConsoleClient service = ConsoleClient.signIn(username, "pw-" + username + "-0123456789");
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        String fairId = Fairs.published(Api.admin(), Fairs.body(Api.unique("签到招聘会"), start, start.plus(Duration.ofHours(4))));
        Map<String, Object> ticket = Fairs.signup(Api.wechatUser(Api.unique("cseek")), fairId);

        service.bare().when().get("/admin/fairs").then().statusCode(200).body(containsString(fairId));
        service.bare().when().get("/admin/fairs/" + fairId + "/checkin").then().statusCode(200).body(containsString("ticket-code"));
        service.htmx().formParam("ticketCode", ((String) ticket.get("ticketCode")).toLowerCase())
                .when().post("/admin/fairs/" + fairId + "/checkins").then().statusCode(200).body(containsString("签到成功"));
        service.htmx().formParam("ticketCode", ticket.get("ticketCode"))
                .when().post("/admin/fairs/" + fairId + "/checkins").then().statusCode(409).body(containsString("已经签到过"));
        service.htmx().formParam("ticketCode", "NOPE1234")
                .when().post("/admin/fairs/" + fairId + "/checkins").then().statusCode(404);
        assertThat(db.row("select checked_in_by from fair_ticket where id = ?", ticket.get("id")))
                .containsEntry("checked_in_by", db.row("select id from staff_account where username = ?", username).get("id"));
    }
}
