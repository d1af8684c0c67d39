package cn.nanhu.talent.application;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The acceptance path end to end: a seeker registers, searches, applies; the employer lists
 * applicants (masked), opens one, invites to an interview; the seeker accepts; the employer sees it
 * and may now reach the seeker; the seeker's inbox shows every step.
 */
@QuarkusTest
class ApplicationFlowTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_seeker_applies_and_the_employer_interviews_and_hires() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("flowco"));
        Map<String, Object> post = Jobs.body("Java开发工程师");
        post.put("description", post.get("description") + " " + m);
        String jobId = Jobs.published(employer.owner(), post);

        Api.Session seeker = Api.wechatUser(Api.unique("flow"));
        Seekers.bindPhone(seeker, "13912345678");
        Map<String, Object> profile = Seekers.profile("林晓雨");
        String resume = Seekers.uploadResume(seeker);
        profile.put("resumeFileId", resume);
        seeker.as().contentType(ContentType.JSON).body(profile).when().put(Seekers.PROFILE).then().statusCode(200)
                .body("completeness", equalTo(100)).body("consentCurrent", equalTo(true));

        // search, apply
        List<String> found = given().queryParam("q", m).when().get("/api/v1/jobs").then().statusCode(200).extract().path("items.id");
        assertThat(found).containsExactly(jobId);
        String appId = seeker.as().contentType(ContentType.JSON).body(Map.of("jobId", jobId))
                .when().post(Seekers.APPLICATIONS)
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("id");
        seeker.as().when().get(Seekers.APPLICATIONS).then().statusCode(200)
                .body("items[0].id", equalTo(appId)).body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].job.id", equalTo(jobId));
        Map<String, Object> stored = db.row("select status, employer_id, resume_file_id, snapshot from application where id = ?", appId);
        assertThat(stored).containsEntry("status", "SUBMITTED").containsEntry("employer_id", employer.employerId())
                .containsEntry("resume_file_id", resume);
        assertThat((String) stored.get("snapshot")).contains("林晓雨").doesNotContain("13912345678");

        // the employer's list: masked name and phone
        JsonPath list = employer.owner().as().when().get("/api/v1/employer/jobs/" + jobId + "/applications")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("items[0].id")).isEqualTo(appId);
        assertThat(list.getString("items[0].contact.name")).isEqualTo("林**");
        assertThat(list.getString("items[0].contact.phoneMasked")).isEqualTo("139****5678");
        assertThat(list.getBoolean("items[0].contact.revealed")).isFalse();
        assertThat(list.prettify()).doesNotContain("13912345678").doesNotContain("林晓雨");

        // opening it: VIEWED, logged
        employer.owner().as().when().get("/api/v1/employer/applications/" + appId).then().statusCode(200)
                .body("status", equalTo("VIEWED")).body("profile.school", equalTo("嘉兴学院")).body("profile.name", equalTo("林**"))
                .body("profile.resumeFileId", equalTo(resume)).body("contact.phoneMasked", equalTo("139****5678"));
        assertThat(db.count("select count(*) from resume_access where application_id = ? and reason = '查看投递简历'", appId)).isEqualTo(1);
        // the employer can read the résumé file now; the download is logged too
        employer.owner().as().when().get("/api/v1/files/" + resume).then().statusCode(200);
        assertThat(db.count("select count(*) from resume_access where application_id = ? and reason = '下载简历附件'", appId)).isEqualTo(1);
        // the contact stays closed until an interview is accepted
        employer.owner().as().when().get("/api/v1/employer/applications/" + appId + "/contact").then().statusCode(409);

        // invite to an interview
        String at = Jobs.now().plus(Duration.ofDays(3)).format(ISO_OFFSET_DATE_TIME);
        Map<String, Object> interview = new HashMap<>(Map.of("at", at, "place", "南湖区亚太路1052号3楼", "contact", "王经理 0573-8888"));
        String interviewId = employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", "INTERVIEW", "interview", interview))
                .when().post("/api/v1/employer/applications/" + appId + "/transition")
                .then().statusCode(200).body("status", equalTo("INTERVIEW"))
                .body("interviews[0].response", equalTo("PENDING")).extract().path("interviews[0].id");

        // the seeker sees it and accepts
        seeker.as().when().get(Seekers.APPLICATIONS + "/" + appId).then().statusCode(200)
                .body("status", equalTo("INTERVIEW")).body("interviews[0].place", equalTo("南湖区亚太路1052号3楼"));
        seeker.as().contentType(ContentType.JSON).body(Map.of("accept", true, "note", "准时到"))
                .when().post("/api/v1/seeker/interviews/" + interviewId + "/respond")
                .then().statusCode(200).body("response", equalTo("ACCEPTED"));
        // a second answer is refused
        seeker.as().contentType(ContentType.JSON).body(Map.of("accept", false))
                .when().post("/api/v1/seeker/interviews/" + interviewId + "/respond").then().statusCode(409);

        // the employer sees the answer, the name in full, and may now read the phone
        employer.owner().as().when().get("/api/v1/employer/applications/" + appId).then().statusCode(200)
                .body("interviews[0].response", equalTo("ACCEPTED")).body("interviews[0].responseNote", equalTo("准时到"))
                .body("contact.revealed", equalTo(true)).body("contact.name", equalTo("林晓雨")).body("profile.name", equalTo("林晓雨"));
        employer.owner().as().when().get("/api/v1/employer/applications/" + appId + "/contact").then().statusCode(200)
                .body("phone", equalTo("13912345678")).body("name", equalTo("林晓雨"));
        employer.owner().as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.kind", hasItem("INTERVIEW_RESPONSE"));

        // offer and hire
        for (String to : List.of("OFFER", "HIRED")) {
            employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", to))
                    .when().post("/api/v1/employer/applications/" + appId + "/transition")
                    .then().statusCode(200).body("status", equalTo(to));
        }
        // hired is final: the seeker can no longer withdraw
        seeker.as().contentType(ContentType.JSON).body(Map.of()).when().post(Seekers.APPLICATIONS + "/" + appId + "/withdraw")
                .then().statusCode(409);

        // the history: who, what, in order
        List<Map<String, Object>> history = db.rows("select actor_kind, actor_id, from_status, to_status from application_history"
                + " where application_id = ? order by at, id", appId);
        assertThat(history).extracting(h -> h.get("to_status"))
                .containsExactly("SUBMITTED", "VIEWED", "INTERVIEW", "OFFER", "HIRED");
        assertThat(history.get(0)).containsEntry("actor_id", seeker.id());
        assertThat(history.get(2)).containsEntry("actor_id", employer.owner().id()).containsEntry("from_status", "VIEWED");
        seeker.as().when().get(Seekers.APPLICATIONS + "/" + appId).then().statusCode(200)
                .body("history.toStatus", equalTo(List.of("SUBMITTED", "VIEWED", "INTERVIEW", "OFFER", "HIRED")))
                .body("history[1].actor", equalTo("EMPLOYER"));

        // the seeker's inbox shows each step
        List<String> titles = seeker.as().queryParam("size", 50).when().get("/api/v1/me/notifications")
                .then().statusCode(200).extract().path("items.title");
        assertThat(titles).anyMatch(t -> t.startsWith("投递成功")).anyMatch(t -> t.startsWith("简历已被查看"))
                .anyMatch(t -> t.startsWith("面试邀请")).anyMatch(t -> t.startsWith("录用意向")).anyMatch(t -> t.startsWith("入职确认"));

        // who viewed the résumé: the seeker sees the employer, not the member; admins see everything
        seeker.as().when().get("/api/v1/seeker/resume-views").then().statusCode(200)
                .body("items.employerId", hasItem(employer.employerId())).body("items[0].viewerId", nullValue())
                .body("items.reason", hasItem("查看联系方式"));
        Api.admin().as().queryParam("seekerId", seeker.id()).when().get("/api/v1/admin/resume-access").then().statusCode(200)
                .body("items.viewerId", hasItem(employer.owner().id())).body("items.size()", equalTo(4));
    }

    @Test
    void rejecting_needs_a_reason_the_seeker_reads() {
        Employers.Registered employer = Employers.approved(Api.unique("rejco"));
        String jobId = Jobs.published(employer.owner(), Jobs.body("测试工程师"));
        Api.Session seeker = Seekers.registered(Api.unique("rej"), "13712345678");
        String appId = Seekers.apply(seeker, jobId);

        employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", "REJECTED"))
                .when().post("/api/v1/employer/applications/" + appId + "/transition")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        assertThat(db.row("select status from application where id = ?", appId)).containsEntry("status", "SUBMITTED");

        employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", "REJECTED", "reason", "岗位已招满"))
                .when().post("/api/v1/employer/applications/" + appId + "/transition")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("statusReason", equalTo("岗位已招满"));
        seeker.as().when().get(Seekers.APPLICATIONS + "/" + appId).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("statusLabel", equalTo("不合适")).body("statusReason", equalTo("岗位已招满"));
        seeker.as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].body", org.hamcrest.Matchers.containsString("岗位已招满"));
        // final: neither side moves it again
        employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", "OFFER"))
                .when().post("/api/v1/employer/applications/" + appId + "/transition").then().statusCode(409)
                .body("type", not(nullValue()));
    }
}
