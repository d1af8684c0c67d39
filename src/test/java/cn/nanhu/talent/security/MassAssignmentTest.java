package cn.nanhu.talent.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Broken object property level authorization (OWASP API3, mass assignment): fields a caller must not
 * set (status, roles, owners, badges, counters, ids) are ignored when sent with an otherwise valid
 * body, and nothing but what the caller may change changes.
 */
@QuarkusTest
class MassAssignmentTest {

    @Test
    void an_employer_cannot_register_itself_approved_verified_or_owned_by_someone_else() {
        Api.Session owner = Api.wechatUser(Api.unique("ma-owner-"));
        Api.Session other = Api.wechatUser(Api.unique("ma-other-"));
        Map<String, Object> body = new HashMap<>(Employers.registration(Employers.uploadLicense(owner)));
        body.putAll(Map.of("id", "01AAAAAAAAAAAAAAAAAAAAAAAA", "status", "APPROVED", "verified", true,
                "badges", List.of("VERIFIED", "ABOVE_DESIGNATED_SIZE"), "ownerId", other.id(), "memberRole", "OWNER",
                "dedicatedHrId", "01BBBBBBBBBBBBBBBBBBBBBBBB", "approvedAt", "2026-01-01T00:00:00Z"));
        String id = owner.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/employers")
                .then().statusCode(201).extract().path("id");

        assertThat(id).isNotEqualTo("01AAAAAAAAAAAAAAAAAAAAAAAA");
        JsonPath mine = owner.as().when().get("/api/v1/employers/mine").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getString("id")).isEqualTo(id);
        assertThat(mine.getString("status")).isEqualTo("PENDING");
        assertThat(mine.getList("badges")).isEmpty();
        assertThat(mine.getString("approvedAt")).isNull();
        // the other user owns nothing, and the public cannot see an employer under review
        other.as().when().get("/api/v1/employers/mine").then().statusCode(404);
        io.restassured.RestAssured.given().when().get("/api/v1/employers/" + id).then().statusCode(404);
        assertThat(Employers.pendingItem(Api.admin(), id)).isNotNull();
    }

    @Test
    void a_job_cannot_be_posted_published_with_views_or_for_another_employer() {
        Employers.Registered mine = Employers.approved(Api.unique("ma-jobs-"));
        Employers.Registered theirs = Employers.approved(Api.unique("ma-theirs-"));
        Map<String, Object> body = new HashMap<>(Jobs.body("安全测试岗位" + Jobs.marker()));
        body.putAll(Map.of("status", "PUBLISHED", "employerId", theirs.employerId(), "viewCount", 9999,
                "publishedAt", "2026-01-01T00:00:00Z", "id", "01CCCCCCCCCCCCCCCCCCCCCCCC", "contentFlags", List.of()));
        String id = Jobs.post(mine.owner(), body);

        JsonPath job = mine.owner().as().when().get(Jobs.EMPLOYER_JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(job.getString("id")).isNotEqualTo("01CCCCCCCCCCCCCCCCCCCCCCCC");
        assertThat(job.getString("status")).isNotEqualTo("PUBLISHED");
        assertThat(job.getLong("viewCount")).isZero();
        assertThat(job.getString("publishedAt")).isNull();
        theirs.owner().as().when().get(Jobs.EMPLOYER_JOBS + "/" + id).then().statusCode(404);
        io.restassured.RestAssured.given().when().get("/api/v1/jobs/" + id).then().statusCode(404);
    }

    @Test
    void a_seeker_profile_cannot_name_another_user_set_its_completeness_or_its_phone() {
        Api.Session victim = Seekers.registered(Api.unique("ma-victim-"), "13700001111");
        String victimBefore = victim.as().when().get(Seekers.PROFILE).then().statusCode(200).extract().asString();
        Api.Session attacker = Api.wechatUser(Api.unique("ma-attacker-"));
        Map<String, Object> body = new HashMap<>(Seekers.profile("王五"));
        body.putAll(Map.of("userId", victim.id(), "completeness", 100, "phone", "13811112222",
                "consentedAt", "2020-01-01T00:00:00Z", "idNumberMasked", "3304**********0000"));
        JsonPath saved = attacker.as().contentType(ContentType.JSON).body(body).when().put(Seekers.PROFILE)
                .then().statusCode(200).extract().jsonPath();

        assertThat(saved.getString("name")).isEqualTo("王五");
        assertThat(saved.getInt("completeness")).isLessThan(100);
        assertThat(saved.getString("consentedAt")).doesNotStartWith("2020");
        assertThat(saved.getString("idNumberMasked")).isNull();
        assertThat(victim.as().when().get(Seekers.PROFILE).then().statusCode(200).extract().asString()).isEqualTo(victimBefore);
        // the phone is bound only through WeChat's phone code, never through the profile
        assertThat(attacker.as().when().get("/api/v1/me").then().statusCode(200).extract().jsonPath().getString("phone")).isNull();
    }

    @Test
    void an_application_starts_submitted_for_the_caller_whatever_the_body_says() {
        Employers.Registered employer = Employers.approved(Api.unique("ma-app-"));
        String jobId = Jobs.published(employer.owner(), Jobs.body("投递测试" + Jobs.marker()));
        Api.Session seeker = Seekers.registered(Api.unique("ma-seeker-"), "13700002222");
        Api.Session someoneElse = Seekers.registered(Api.unique("ma-else-"), "13700003333");
        String id = seeker.as().contentType(ContentType.JSON)
                .body(Map.of("jobId", jobId, "status", "HIRED", "seekerId", someoneElse.id(), "statusReason", "直接录用"))
                .when().post(Seekers.APPLICATIONS).then().statusCode(201).extract().path("id");

        JsonPath app = seeker.as().when().get(Seekers.APPLICATIONS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(app.getString("status")).isEqualTo("SUBMITTED");
        assertThat(app.getString("statusReason")).isNull();
        someoneElse.as().when().get(Seekers.APPLICATIONS + "/" + id).then().statusCode(404);
    }

    @Test
    void a_consultation_cannot_be_opened_closed_or_assigned_by_the_asker() {
        Api.Session seeker = Api.wechatUser(Api.unique("ma-ask-"));
        JsonPath ticket = seeker.as().contentType(ContentType.JSON)
                .body(Map.of("topic", "求职", "content", "请问南湖区有哪些见习岗位？", "status", "CLOSED",
                        "assigneeId", "01DDDDDDDDDDDDDDDDDDDDDDDD", "rating", 5))
                .when().post("/api/v1/consultations").then().statusCode(201).extract().jsonPath();
        assertThat(ticket.getString("status")).isEqualTo("OPEN");
        JsonPath read = seeker.as().when().get("/api/v1/consultations/" + ticket.getString("id")).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("status")).isEqualTo("OPEN");
        assertThat(read.getString("rating")).isNull();
    }
}
