package cn.nanhu.talent.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Candidates for a job: only seekers who chose to be found, never those who blocked the employer, masked. */
@QuarkusTest
class CandidatesTest {

    @Inject
    Db db;
    @Inject
    SeekerIndex index;

    private static String candidates(String jobId) {
        return "/api/v1/employer/jobs/" + jobId + "/candidates";
    }

    /** A registered seeker with a skill word only this test uses, and a bound phone. */
    private static Api.Session seeker(String skill, String visibility, String phone) {
        Api.Session s = Api.wechatUser(Api.unique("cand"));
        Seekers.bindPhone(s, phone);
        Map<String, Object> profile = Seekers.profile("欧阳晓雯");
        profile.put("skills", List.of(skill, "Java"));
        profile.put("visibility", visibility);
        Seekers.register(s, profile);
        return s;
    }

    private static String job(Employers.Registered employer, String skill) {
        Map<String, Object> body = Jobs.body(skill + " 开发工程师");
        body.put("tags", List.of(skill));
        return Jobs.published(employer.owner(), body);
    }

    private static List<String> ids(Employers.Registered employer, String jobId) {
        return employer.owner().as().queryParam("size", 50).when().get(candidates(jobId))
                .then().statusCode(200).extract().jsonPath().getList("items.candidate.id", String.class);
    }

    @Test
    void only_public_seekers_appear_masked_with_reasons_and_never_their_contact() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("candco"));
        String jobId = job(employer, skill);
        Api.Session open = seeker(skill, "PUBLIC", "13612345678");
        Api.Session appliedOnly = seeker(skill, "APPLIED_ONLY", "13612345679");
        Api.Session hidden = seeker(skill, "HIDDEN", "13612345670");

        var response = employer.owner().as().queryParam("size", 50).when().get(candidates(jobId)).then().statusCode(200).extract();
        JsonPath page = response.jsonPath();
        List<String> ids = page.getList("items.candidate.id", String.class);
        assertThat(ids).contains(open.id()).doesNotContain(appliedOnly.id(), hidden.id());
        int at = ids.indexOf(open.id());
        assertThat(page.getString("items[" + at + "].candidate.name")).isEqualTo("欧***");
        assertThat(page.getList("items[" + at + "].reasons", String.class))
                .contains("职业匹配：计算机软件工程技术人员 (2-02-10-03)", "工作地点：南湖区")
                .anyMatch(r -> r.startsWith("技能匹配：") && r.contains(skill));
        assertThat(page.getInt("items[" + at + "].score")).isBetween(50, 100);
        assertThat(page.getBoolean("items[" + at + "].invited")).isFalse();
        assertThat(response.asString()).doesNotContain("13612345678").doesNotContain("欧阳晓雯").doesNotContain("1998");
    }

    @Test
    void blocking_applying_hiding_or_deleting_removes_a_candidate_at_once() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("candco"));
        String jobId = job(employer, skill);
        Api.Session blocker = seeker(skill, "PUBLIC", "13512345671");
        Api.Session applicant = seeker(skill, "PUBLIC", "13512345672");
        Api.Session hider = seeker(skill, "PUBLIC", "13512345673");
        Api.Session leaver = seeker(skill, "PUBLIC", "13512345674");
        assertThat(ids(employer, jobId)).contains(blocker.id(), applicant.id(), hider.id(), leaver.id());

        blocker.as().when().put("/api/v1/seeker/blocks/" + employer.employerId()).then().statusCode(204);
        Seekers.apply(applicant, jobId);
        Map<String, Object> hidden = Seekers.profile("欧阳晓雯");
        hidden.put("visibility", "HIDDEN");
        Seekers.register(hider, hidden);
        leaver.as().when().delete("/api/v1/me").then().statusCode(204);

        assertThat(ids(employer, jobId)).doesNotContain(blocker.id(), applicant.id(), hider.id(), leaver.id());
    }

    @Test
    void an_outdated_consent_hides_a_candidate_and_the_index_follows_other_copies() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("candco"));
        String jobId = job(employer, skill);
        Api.Session s = seeker(skill, "PUBLIC", "13412345675");
        assertThat(ids(employer, jobId)).contains(s.id());

        db.update("update seeker_profile set consent_version = '2020-01-01' where user_id = ?", s.id());
        assertThat(ids(employer, jobId)).doesNotContain(s.id());

        // another copy makes a seeker findable: this copy learns of it from seeker_change
        Api.Session other = seeker(skill, "HIDDEN", "13412345676");
        db.update("update seeker_profile set visibility = 'PUBLIC' where user_id = ?", other.id());
        db.update("insert into seeker_change (user_id, changed_at) values (?, current_timestamp)", other.id());
        assertThat(ids(employer, jobId)).doesNotContain(other.id());
        index.catchUp();
        assertThat(ids(employer, jobId)).contains(other.id());
    }

    @Test
    void an_employer_invites_a_candidate_once_and_the_seeker_is_told() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("candco"));
        String jobId = job(employer, skill);
        Api.Session s = seeker(skill, "PUBLIC", "13312345677");
        Api.Session hidden = seeker(skill, "HIDDEN", "13312345678");

        employer.owner().as().when().post(candidates(jobId) + "/" + s.id() + "/invite").then().statusCode(204);
        assertThat(db.count("select count(*) from candidate_invitation where job_id = ? and seeker_id = ?", jobId, s.id())).isEqualTo(1);
        s.as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("CANDIDATE_INVITATION"))
                .body("items[0].link", equalTo("pages/job/detail?id=" + jobId));
        employer.owner().as().when().post(candidates(jobId) + "/" + s.id() + "/invite").then().statusCode(409);
        employer.owner().as().queryParam("size", 50).when().get(candidates(jobId)).then().statusCode(200)
                .body("items.find { it.candidate.id == '" + s.id() + "' }.invited", equalTo(true));
        // a seeker who did not choose to be found cannot be invited, nor can anyone to a closed job
        employer.owner().as().when().post(candidates(jobId) + "/" + hidden.id() + "/invite").then().statusCode(404);
        employer.owner().as().when().post(candidates(jobId) + "/not-an-id/invite").then().statusCode(404);
        employer.owner().as().when().post(Jobs.EMPLOYER_JOBS + "/" + jobId + "/close").then().statusCode(200);
        Api.Session late = seeker(skill, "PUBLIC", "13312345679");
        employer.owner().as().when().post(candidates(jobId) + "/" + late.id() + "/invite").then().statusCode(409);
        assertThat(db.count("select count(*) from candidate_invitation where job_id = ?", jobId)).isEqualTo(1);
    }

    @Test
    void another_employers_job_is_404_and_others_are_refused() {
        Employers.Registered x = Employers.approved(Api.unique("candx"));
        Employers.Registered y = Employers.approved(Api.unique("candy"));
        String jobId = job(x, Jobs.marker());
        Api.Session s = seeker(Jobs.marker(), "PUBLIC", "13212345678");
        y.owner().as().when().get(candidates(jobId)).then().statusCode(404).contentType("application/problem+json");
        y.owner().as().when().post(candidates(jobId) + "/" + s.id() + "/invite").then().statusCode(404);
        given().when().get(candidates(jobId)).then().statusCode(401);
        s.as().when().get(candidates(jobId)).then().statusCode(403);
        Api.admin().as().when().get(candidates(jobId)).then().statusCode(403);
        x.owner().as().queryParam("size", "0").when().get(candidates(jobId)).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        assertThat(db.count("select count(*) from candidate_invitation where job_id = ?", jobId)).isZero();
    }
}
