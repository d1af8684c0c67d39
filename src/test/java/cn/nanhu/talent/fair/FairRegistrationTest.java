package cn.nanhu.talent.fair;

import static cn.nanhu.talent.support.Fairs.ADMIN_FAIRS;
import static cn.nanhu.talent.support.Fairs.EMPLOYER_FAIRS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Employers register for fairs with their published jobs; reviewers decide; approved jobs show on the fair. */
@QuarkusTest
class FairRegistrationTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_approved_employer_registers_published_jobs_and_waits_for_review() {
        Api.Session admin = Api.admin();
        String fairId = Fairs.published(admin, Fairs.body(Api.unique("报名招聘会")));
        Employers.Registered employer = Employers.approved(Api.unique("regco"));
        String first = Jobs.published(employer.owner(), Jobs.body("Java开发工程师"));
        String second = Jobs.published(employer.owner(), Jobs.body("测试工程师"));

        String id = employer.owner().as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(first, second)))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations")
                .then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().path("id");

        assertThat(db.row("select fair_id, employer_id, status, reason, created_by from fair_registration where id = ?", id))
                .containsEntry("fair_id", fairId).containsEntry("employer_id", employer.employerId())
                .containsEntry("status", "PENDING").containsEntry("reason", null)
                .containsEntry("created_by", employer.owner().id());
        assertThat(db.rows("select job_id from fair_registration_job where registration_id = ?", id))
                .extracting(r -> r.get("job_id")).containsExactlyInAnyOrder(first, second);
        assertThat(db.row("select kind, status from review_item where subject_id = ?", id))
                .containsEntry("kind", "FAIR_REGISTRATION").containsEntry("status", "PENDING");

        Map<String, Object> item = Fairs.pendingItem(admin, id);
        assertThat(item).containsEntry("kind", "FAIR_REGISTRATION").containsEntry("subjectId", id).containsEntry("status", "PENDING");
        admin.as().when().get(Jobs.REVIEWS + "/" + item.get("id")).then().statusCode(200)
                .body("subject.registration.id", equalTo(id))
                .body("subject.employer.id", equalTo(employer.employerId()))
                .body("subject.jobs.id", org.hamcrest.Matchers.containsInAnyOrder(first, second));

        employer.owner().as().when().get(EMPLOYER_FAIRS + "/registrations").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("PENDING"))
                .body("find { it.id == '" + id + "' }.fairId", equalTo(fairId))
                .body("find { it.id == '" + id + "' }.jobIds", org.hamcrest.Matchers.containsInAnyOrder(first, second));

        // nothing shows on the fair while it waits
        assertThat(Fairs.jobIds(fairId, Map.of())).isEmpty();
        assertThat(Fairs.searchIds(Map.of("fair", fairId))).isEmpty();
        admin.as().when().get(ADMIN_FAIRS + "/" + fairId + "/stats").then().statusCode(200)
                .body("employers", equalTo(0)).body("jobs", equalTo(0));
    }

    @Test
    void only_the_employers_own_published_jobs_can_be_registered() {
        String fairId = Fairs.published(Api.admin(), Fairs.body(Api.unique("职位招聘会")));
        Employers.Registered employer = Employers.approved(Api.unique("ownco"));
        Employers.Registered other = Employers.approved(Api.unique("othco"));
        String mine = Jobs.published(employer.owner(), Jobs.body("运维工程师"));
        String theirs = Jobs.published(other.owner(), Jobs.body("销售经理"));
        String closed = Jobs.published(employer.owner(), Jobs.body("已关闭的职位"));
        employer.owner().as().when().post(Jobs.EMPLOYER_JOBS + "/" + closed + "/close").then().statusCode(200);
        String pending = Jobs.post(employer.owner(), Jobs.body("待审核的职位"));

        for (String bad : List.of(theirs, closed, pending, "01ARZ3NDEKTSV4RRFFQ69G5FAV", "not-an-id")) {
            employer.owner().as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(mine, bad)))
                    .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("jobIds"));
        }
        employer.owner().as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of()))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations")
                .then().statusCode(400).body("violations[0].field", equalTo("jobIds"));
        employer.owner().as().contentType(ContentType.JSON).body(Map.of())
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations")
                .then().statusCode(400).body("violations[0].field", equalTo("jobIds"));

        assertThat(db.count("select count(*) from fair_registration where employer_id = ?", employer.employerId())).isZero();
        assertThat(db.count("select count(*) from fair_registration where fair_id = ?", fairId)).isZero();
    }

    @Test
    void registering_again_while_pending_is_a_conflict() {
        String fairId = Fairs.published(Api.admin(), Fairs.body(Api.unique("重复招聘会")));
        Employers.Registered employer = Employers.approved(Api.unique("twice"));
        String job = Jobs.published(employer.owner(), Jobs.body("前端工程师"));
        String id = Fairs.register(employer.owner(), fairId, List.of(job));

        employer.owner().as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(job)))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(db.rows("select id, status from fair_registration where fair_id = ? and employer_id = ?", fairId, employer.employerId()))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("id", id).containsEntry("status", "PENDING"));
        assertThat(db.count("select count(*) from review_item where kind = 'FAIR_REGISTRATION' and subject_id = ?", id)).isEqualTo(1);
    }

    @Test
    void a_draft_is_not_found_and_cancelled_or_ended_fairs_take_no_registrations() {
        Api.Session admin = Api.admin();
        String draft = Fairs.draft(admin, Fairs.body(Api.unique("草稿招聘会")));
        String cancelled = Fairs.published(admin, Fairs.body(Api.unique("取消招聘会")));
        admin.as().when().post(ADMIN_FAIRS + "/" + cancelled + "/cancel").then().statusCode(200);
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        String ending = Fairs.published(admin, Fairs.body(Api.unique("结束招聘会"), start, start.plus(Duration.ofHours(1))));
        Employers.Registered employer = Employers.approved(Api.unique("late"));
        String job = Jobs.published(employer.owner(), Jobs.body("数据分析师"));
        Employers.Registered latecomer = Employers.approved(Api.unique("later"));
        String laterJob = Jobs.published(latecomer.owner(), Jobs.body("仓库管理员"));

        register(employer, draft, job).then().statusCode(404);
        register(employer, "01ARZ3NDEKTSV4RRFFQ69G5FAV", job).then().statusCode(404);
        register(employer, cancelled, job).then().statusCode(409);

        // while it runs, employers may still join
        clock.advance(Duration.ofMinutes(90));
        String ongoing = register(employer, ending, job).then().statusCode(201).extract().path("id");
        assertThat(db.row("select status from fair_registration where id = ?", ongoing)).containsEntry("status", "PENDING");

        clock.advance(Duration.ofHours(1));
        register(latecomer, ending, laterJob).then().statusCode(409).contentType("application/problem+json");

        assertThat(db.count("select count(*) from fair_registration where fair_id in (?, ?)", draft, cancelled)).isZero();
        assertThat(db.count("select count(*) from fair_registration where employer_id = ?", latecomer.employerId())).isZero();
    }

    @Test
    void only_employers_register() {
        String fairId = Fairs.published(Api.admin(), Fairs.body(Api.unique("身份招聘会")));
        Employers.Registered employer = Employers.approved(Api.unique("idco"));
        String job = Jobs.published(employer.owner(), Jobs.body("行政专员"));
        Api.Session seeker = Api.wechatUser(Api.unique("notemp"));

        seeker.as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(job)))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations").then().statusCode(403);
        seeker.as().when().get(EMPLOYER_FAIRS + "/registrations").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(job)))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations").then().statusCode(401);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(job)))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations").then().statusCode(403);

        assertThat(db.count("select count(*) from fair_registration where fair_id = ?", fairId)).isZero();
    }

    @Test
    void approval_puts_exactly_the_registered_jobs_on_the_fair_and_in_search() {
        Api.Session admin = Api.admin();
        Api.Session reviewer = Api.newStaff(Api.unique("frv"), "REVIEWER");
        String fairId = Fairs.published(admin, Fairs.body(Api.unique("通过招聘会")));
        String otherFair = Fairs.published(admin, Fairs.body(Api.unique("另一招聘会")));
        String m = Jobs.marker();
        String other = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("okco"));
        String java = Jobs.published(employer.owner(), job("Java开发工程师", m));
        String tester = Jobs.published(employer.owner(), job("测试工程师", other));
        String notInFair = Jobs.published(employer.owner(), job("Java架构师", m));
        String id = Fairs.register(employer.owner(), fairId, List.of(java, tester));

        Fairs.approve(reviewer, id);

        assertThat(db.row("select status, reason from fair_registration where id = ?", id))
                .containsEntry("status", "APPROVED").containsEntry("reason", null);
        assertThat(db.row("select status, decided_by from review_item where subject_id = ?", id))
                .containsEntry("status", "APPROVED").containsEntry("decided_by", reviewer.id());
        employer.owner().as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.kind", hasItem("FAIR_REGISTRATION"));
        assertThat(db.count("select count(*) from notification where user_id = ? and kind = 'FAIR_REGISTRATION'", employer.owner().id()))
                .isEqualTo(1);
        employer.owner().as().when().get(EMPLOYER_FAIRS + "/registrations").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("APPROVED"));

        assertThat(Fairs.jobIds(fairId, Map.of())).containsExactlyInAnyOrder(java, tester);
        assertThat(Fairs.searchIds(Map.of("fair", fairId))).containsExactlyInAnyOrder(java, tester);
        // combinable with the words
        assertThat(Fairs.jobIds(fairId, Map.of("q", m))).containsExactly(java);
        assertThat(Fairs.searchIds(Map.of("fair", fairId, "q", m))).containsExactly(java);
        assertThat(Fairs.searchIds(Map.of("q", m))).containsExactlyInAnyOrder(java, notInFair);
        // another fair has none of them
        assertThat(Fairs.jobIds(otherFair, Map.of())).isEmpty();
        assertThat(Fairs.searchIds(Map.of("fair", otherFair))).isEmpty();

        admin.as().when().get(ADMIN_FAIRS + "/" + fairId + "/stats").then().statusCode(200)
                .body("employers", equalTo(1)).body("jobs", equalTo(2));
    }

    @Test
    void a_rejected_registrations_jobs_never_show_and_the_employer_may_register_again() {
        Api.Session admin = Api.admin();
        String fairId = Fairs.published(admin, Fairs.body(Api.unique("驳回招聘会")));
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("noco"));
        String job = Jobs.published(employer.owner(), job("市场专员", m));
        String first = Fairs.register(employer.owner(), fairId, List.of(job));

        Fairs.reject(admin, first, "职位与招聘会主题不符");

        assertThat(db.row("select status, reason from fair_registration where id = ?", first))
                .containsEntry("status", "REJECTED").containsEntry("reason", "职位与招聘会主题不符");
        assertThat(Fairs.jobIds(fairId, Map.of())).isEmpty();
        assertThat(Fairs.searchIds(Map.of("fair", fairId))).isEmpty();
        assertThat(Fairs.searchIds(Map.of("q", m))).containsExactly(job);
        JsonPath mine = employer.owner().as().when().get(EMPLOYER_FAIRS + "/registrations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(mine.getString("find { it.id == '" + first + "' }.status")).isEqualTo("REJECTED");
        assertThat(mine.getString("find { it.id == '" + first + "' }.reason")).isEqualTo("职位与招聘会主题不符");
        employer.owner().as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'FAIR_REGISTRATION' }.body", org.hamcrest.Matchers.containsString("职位与招聘会主题不符"));

        // a rejection is not final: the employer registers again, and this time it passes
        String second = Fairs.register(employer.owner(), fairId, List.of(job));
        assertThat(second).isNotEqualTo(first);
        assertThat(db.row("select status from fair_registration where id = ?", second)).containsEntry("status", "PENDING");
        assertThat(db.row("select status from review_item where subject_id = ?", second)).containsEntry("status", "PENDING");
        assertThat(Fairs.jobIds(fairId, Map.of())).isEmpty();

        Fairs.approve(admin, second);
        assertThat(Fairs.jobIds(fairId, Map.of())).containsExactly(job);
        assertThat(Fairs.searchIds(Map.of("fair", fairId))).containsExactly(job);
        employer.owner().as().when().get(EMPLOYER_FAIRS + "/registrations").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems(first, second))
                .body("find { it.id == '" + second + "' }.status", equalTo("APPROVED"))
                .body("find { it.id == '" + first + "' }.status", equalTo("REJECTED"));
        assertThat(db.rows("select status from fair_registration where fair_id = ? and employer_id = ?", fairId, employer.employerId()))
                .extracting(r -> r.get("status")).containsExactlyInAnyOrder("REJECTED", "APPROVED");
    }

    private static io.restassured.response.Response register(Employers.Registered employer, String fairId, String job) {
        return employer.owner().as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(job)))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations");
    }

    private static Map<String, Object> job(String title, String marker) {
        Map<String, Object> body = Jobs.body(title);
        body.put("description", body.get("description") + " " + marker);
        return body;
    }
}
