package cn.nanhu.talent.seeker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Problem;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeekerBlocksTest {

    private static final String BLOCKS = "/api/v1/seeker/blocks";

    @Inject
    Db db;

    @Test
    void blocking_an_approved_employer_is_idempotent_listed_with_its_name_and_undone_by_unblocking() {
        Employers.Registered employer = Employers.approved(Api.unique("blkco"));
        String employerName = (String) db.row("select name from employer where id = ?", employer.employerId()).get("name");
        Api.Session seeker = Seekers.registered(Api.unique("blk"), "13811112222");

        seeker.as().when().put(BLOCKS + "/" + employer.employerId()).then().statusCode(204);
        seeker.as().when().put(BLOCKS + "/" + employer.employerId()).then().statusCode(204);

        assertThat(blockRows(seeker)).containsExactly(employer.employerId());
        seeker.as().when().get(BLOCKS).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].employerId", equalTo(employer.employerId()))
                .body("[0].employerName", equalTo(employerName))
                .body("[0].blockedAt", notNullValue());

        seeker.as().when().delete(BLOCKS + "/" + employer.employerId()).then().statusCode(204);
        assertThat(blockRows(seeker)).isEmpty();
        seeker.as().when().get(BLOCKS).then().statusCode(200).body("size()", equalTo(0));
        seeker.as().when().delete(BLOCKS + "/" + employer.employerId()).then().statusCode(204);
    }

    @Test
    void only_an_existing_approved_employer_can_be_blocked() {
        Api.Session seeker = Seekers.registered(Api.unique("blk404"), "13811113333");
        Api.Session applicant = Api.wechatUser(Api.unique("pendingco"));
        String pending = Employers.register(applicant);
        String unknown = Ids.newId(Clock.systemUTC());

        for (String id : List.of(unknown, "not-an-employer", pending)) {
            seeker.as().when().put(BLOCKS + "/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
        }
        assertThat(blockRows(seeker)).isEmpty();
        seeker.as().when().get(BLOCKS).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void a_blocked_employer_no_longer_sees_the_application_and_cannot_be_applied_to_until_unblocked() {
        Employers.Registered employer = Employers.approved(Api.unique("hideco"));
        String jobId = Jobs.published(employer.owner(), Jobs.body("数据分析师"));
        String otherJobId = Jobs.published(employer.owner(), Jobs.body("运营专员"));
        Api.Session seeker = Api.wechatUser(Api.unique("hide"));
        Seekers.bindPhone(seeker, "13811114444");
        String resume = Seekers.uploadResume(seeker);
        Map<String, Object> profile = Seekers.profile("宋知意");
        profile.put("resumeFileId", resume);
        Seekers.register(seeker, profile);
        String appId = Seekers.apply(seeker, jobId);
        assertThat(applicantIds(employer, jobId)).containsExactly(appId);

        seeker.as().when().put(BLOCKS + "/" + employer.employerId()).then().statusCode(204);

        assertThat(applicantIds(employer, jobId)).isEmpty();
        employer.owner().as().when().get("/api/v1/employer/applications/" + appId).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        employer.owner().as().when().get("/api/v1/files/" + resume).then().statusCode(404);
        seeker.as().contentType(ContentType.JSON).body(Map.of("jobId", otherJobId)).when().post(Seekers.APPLICATIONS)
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE).body("detail", containsString("blocked"));
        assertThat(db.count("select count(*) from application where seeker_id = ?", seeker.id())).isEqualTo(1);
        assertThat(db.row("select status from application where id = ?", appId)).containsEntry("status", "SUBMITTED");
        assertThat(db.count("select count(*) from resume_access where application_id = ?", appId)).isZero();

        seeker.as().when().delete(BLOCKS + "/" + employer.employerId()).then().statusCode(204);

        assertThat(applicantIds(employer, jobId)).containsExactly(appId);
        employer.owner().as().when().get("/api/v1/employer/applications/" + appId).then().statusCode(200)
                .body("id", equalTo(appId)).body("profile.school", equalTo("嘉兴学院"));
        employer.owner().as().when().get("/api/v1/files/" + resume).then().statusCode(200);
        String second = Seekers.apply(seeker, otherJobId);
        assertThat(db.row("select employer_id from application where id = ?", second)).containsEntry("employer_id", employer.employerId());
    }

    @Test
    void deleting_the_account_erases_profile_and_blocks_keeps_consents_and_withdraws_and_anonymises_applications() {
        Employers.Registered employer = Employers.approved(Api.unique("delco"));
        Employers.Registered blocked = Employers.approved(Api.unique("delblk"));
        String jobId = Jobs.published(employer.owner(), Jobs.body("前端开发工程师"));
        Api.Session seeker = Api.wechatUser(Api.unique("del"));
        Seekers.bindPhone(seeker, "13811115555");
        Map<String, Object> profile = Seekers.profile("欧阳静姝");
        profile.put("idNumber", SeekerProfileTest.idNumber("33040219900101123"));
        profile.put("idNumberConsent", true);
        Seekers.register(seeker, profile);
        String appId = Seekers.apply(seeker, jobId);
        seeker.as().when().put(BLOCKS + "/" + blocked.employerId()).then().statusCode(204);
        assertThat(applicantIds(employer, jobId)).containsExactly(appId);
        assertThat((String) db.row("select snapshot from application where id = ?", appId).get("snapshot")).contains("欧阳静姝");

        seeker.as().when().delete("/api/v1/me").then().statusCode(204);

        assertThat(db.count("select count(*) from seeker_profile where user_id = ?", seeker.id())).isZero();
        assertThat(blockRows(seeker)).isEmpty();
        assertThat(db.rows("select kind from seeker_consent where user_id = ?", seeker.id()))
                .extracting(r -> r.get("kind")).containsExactlyInAnyOrder("PRIVACY_POLICY", "ID_NUMBER");

        Map<String, Object> app = db.row("select status, snapshot, seeker_deleted, resume_file_id from application where id = ?", appId);
        assertThat(app).containsEntry("status", "WITHDRAWN").containsEntry("seeker_deleted", true).containsEntry("resume_file_id", null);
        assertThat((String) app.get("snapshot")).doesNotContain("欧阳静姝").doesNotContain("嘉兴学院").contains("已注销用户");
        assertThat(db.rows("select actor_kind, actor_id, from_status, to_status from application_history where application_id = ? order by at, id", appId))
                .extracting(h -> h.get("from_status") + ">" + h.get("to_status") + ":" + h.get("actor_kind") + ":" + h.get("actor_id"))
                .containsExactly("null>SUBMITTED:USER:" + seeker.id(), "SUBMITTED>WITHDRAWN:SYSTEM:null");

        assertThat(applicantIds(employer, jobId)).isEmpty();
        employer.owner().as().when().get("/api/v1/employer/applications/" + appId).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    private List<String> blockRows(Api.Session seeker) {
        return db.rows("select employer_id from seeker_block where user_id = ?", seeker.id()).stream()
                .map(r -> (String) r.get("employer_id")).toList();
    }

    private static List<String> applicantIds(Employers.Registered employer, String jobId) {
        return employer.owner().as().when().get(Jobs.EMPLOYER_JOBS + "/" + jobId + "/applications")
                .then().statusCode(200).extract().path("items.id");
    }
}
