package cn.nanhu.talent.job;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static cn.nanhu.talent.support.Jobs.EMPLOYER_JOBS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobPostingTest {

    @Inject
    Db db;

    @Test
    void a_post_waits_for_review_then_approval_publishes_it_and_history_records_each_step() {
        Employers.Registered employer = Employers.approved(Api.unique("post"));
        String id = Jobs.post(employer.owner(), Jobs.body("Java 后端开发工程师"));

        Map<String, Object> row = db.row("select status, employer_id, salary_min, tags from job where id = ?", id);
        assertThat(row).containsEntry("status", "PENDING_REVIEW").containsEntry("employer_id", employer.employerId())
                .containsEntry("salary_min", 8000).containsEntry("tags", "五险一金,双休");
        given().when().get("/api/v1/jobs/" + id).then().statusCode(404);

        Api.Session admin = Api.admin();
        Map<String, Object> item = Jobs.pendingItem(admin, id);
        admin.as().when().get(Jobs.REVIEWS + "/" + item.get("id")).then().statusCode(200)
                .body("subject.job.title", equalTo("Java 后端开发工程师"))
                .body("subject.job.salaryText", equalTo("8千-1.2万/月"));
        Jobs.approve(id);

        employer.owner().as().when().get(EMPLOYER_JOBS + "/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/v1/jobs/" + id).then().statusCode(200).body("title", equalTo("Java 后端开发工程师"));
        assertThat(db.rows("select from_status, to_status, actor_kind from job_history where job_id = ? order by at, id", id))
                .extracting(r -> r.get("from_status") + ">" + r.get("to_status") + ":" + r.get("actor_kind"))
                .containsExactlyInAnyOrder("null>PENDING_REVIEW:USER", "PENDING_REVIEW>PUBLISHED:STAFF");
    }

    @Test
    void a_rejected_post_shows_the_reason_and_an_edit_resubmits_it() {
        Employers.Registered employer = Employers.approved(Api.unique("rej"));
        Map<String, Object> body = Jobs.body("仓库管理员");
        String id = Jobs.post(employer.owner(), body);
        Jobs.reject(id, "薪资描述不清");

        employer.owner().as().when().get(EMPLOYER_JOBS + "/" + id).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("statusReason", equalTo("薪资描述不清"));
        body.put("description", "负责仓库收发货，月薪 8000-12000 元。");
        employer.owner().as().contentType(ContentType.JSON).body(body).when().put(EMPLOYER_JOBS + "/" + id)
                .then().statusCode(200).body("status", equalTo("PENDING_REVIEW"));
        assertThat(Jobs.pendingItem(Api.admin(), id)).containsEntry("status", "PENDING");
        assertThat(db.count("select count(*) from job_history where job_id = ? and to_status = 'PENDING_REVIEW'", id)).isEqualTo(2);
    }

    @Test
    void each_bad_field_is_refused_by_name() {
        Employers.Registered employer = Employers.approved(Api.unique("bad"));
        assertRefused(employer, "occupationCode", "9-99-99-99");
        assertRefused(employer, "districtCode", "999999");
        assertRefused(employer, "salaryMin", 0);
        assertRefused(employer, "salaryMax", 5000);
        assertRefused(employer, "salaryMax", 40000);
        assertRefused(employer, "headcount", 0);
        assertRefused(employer, "education", "小学");
        assertRefused(employer, "jobType", "FREELANCE");
        assertRefused(employer, "expiresAt", Jobs.now().minus(Duration.ofDays(1)).format(ISO_OFFSET_DATE_TIME));
        assertRefused(employer, "expiresAt", Jobs.now().plus(Duration.ofDays(181)).format(ISO_OFFSET_DATE_TIME));
        assertRefused(employer, "title", "");
        assertThat(db.count("select count(*) from job where employer_id = ?", employer.employerId())).isZero();
    }

    private static void assertRefused(Employers.Registered employer, String field, Object value) {
        Map<String, Object> body = Jobs.body("测试职位");
        body.put(field, value);
        employer.owner().as().contentType(ContentType.JSON).body(body).when().post(EMPLOYER_JOBS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void risky_content_is_refused_and_content_needing_review_is_flagged() {
        Employers.Registered employer = Employers.approved(Api.unique("risk"));
        Map<String, Object> risky = Jobs.body("销售代表");
        risky.put("description", "这里有违禁内容");
        employer.owner().as().contentType(ContentType.JSON).body(risky).when().post(EMPLOYER_JOBS)
                .then().statusCode(400).body("violations.field", contains("description"));
        assertThat(db.count("select count(*) from job where employer_id = ?", employer.employerId())).isZero();

        Map<String, Object> doubtful = Jobs.body("销售代表");
        doubtful.put("description", "这里有待审内容");
        String id = Jobs.post(employer.owner(), doubtful);
        assertThat(Jobs.pendingItem(Api.admin(), id).get("flags")).asList().containsExactly("CONTENT_REVIEW");
    }

    @Test
    void discriminatory_requirements_are_flagged_with_the_words_for_the_reviewer() {
        Employers.Registered employer = Employers.approved(Api.unique("disc"));
        Map<String, Object> body = Jobs.body("前台文员");
        body.put("description", "仅限女性，35岁以下，未婚，需本地户口。");
        String id = Jobs.post(employer.owner(), body);

        Api.Session admin = Api.admin();
        Map<String, Object> item = Jobs.pendingItem(admin, id);
        assertThat(item.get("flags")).asList().containsExactly("DISCRIMINATION");
        admin.as().when().get(Jobs.REVIEWS + "/" + item.get("id")).then().statusCode(200)
                .body("subject.discriminatoryWords", contains("仅限女性", "35岁以下", "未婚", "本地户口"))
                .body("subject.flags", contains("DISCRIMINATION"));
        assertThat(db.row("select content_flags from job where id = ?", id)).containsEntry("content_flags", "DISCRIMINATION");
    }

    @Test
    void closing_takes_a_job_down_at_once_and_a_second_close_conflicts() {
        Employers.Registered employer = Employers.approved(Api.unique("close"));
        String id = Jobs.published(employer.owner(), Jobs.body("出纳"));
        employer.owner().as().when().post(EMPLOYER_JOBS + "/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().when().get("/api/v1/jobs/" + id).then().statusCode(404);
        employer.owner().as().when().post(EMPLOYER_JOBS + "/" + id + "/close").then().statusCode(409);
        employer.owner().as().contentType(ContentType.JSON).body(Jobs.body("出纳")).when().put(EMPLOYER_JOBS + "/" + id)
                .then().statusCode(409);
        assertThat(db.row("select status from job where id = ?", id)).containsEntry("status", "CLOSED");
    }

    @Test
    void the_list_shows_only_the_callers_jobs_filtered_and_paged_without_repeats() {
        Employers.Registered employer = Employers.approved(Api.unique("list"));
        Employers.Registered other = Employers.approved(Api.unique("list2"));
        String a = Jobs.post(employer.owner(), Jobs.body("职位A"));
        String b = Jobs.published(employer.owner(), Jobs.body("职位B"));
        String c = Jobs.post(employer.owner(), Jobs.body("职位C"));
        Jobs.post(other.owner(), Jobs.body("别家的职位"));

        List<String> first = employer.owner().as().queryParam("size", 2).when().get(EMPLOYER_JOBS)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        String next = employer.owner().as().queryParam("size", 2).when().get(EMPLOYER_JOBS).then().extract().path("nextCursor");
        List<String> second = employer.owner().as().queryParam("size", 2).queryParam("cursor", next).when().get(EMPLOYER_JOBS)
                .then().statusCode(200).body("nextCursor", equalTo(null)).extract().jsonPath().getList("items.id");
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(concat(first, second)).containsExactlyInAnyOrder(a, b, c);
        employer.owner().as().queryParam("status", "PUBLISHED").when().get(EMPLOYER_JOBS).then().statusCode(200)
                .body("items.id", contains(b));
        employer.owner().as().queryParam("status", "NOPE").when().get(EMPLOYER_JOBS).then().statusCode(400)
                .body("violations.field", contains("status"));
    }

    @Test
    void only_members_of_an_approved_employer_reach_its_jobs() {
        Employers.Registered employer = Employers.approved(Api.unique("bola"));
        Employers.Registered other = Employers.approved(Api.unique("bola2"));
        String id = Jobs.published(employer.owner(), Jobs.body("会计"));

        given().contentType(ContentType.JSON).body(Jobs.body("x")).when().post(EMPLOYER_JOBS).then().statusCode(401);
        given().when().get(EMPLOYER_JOBS).then().statusCode(401);
        Api.Session seeker = Api.wechatUser(Api.unique("seek"));
        seeker.as().contentType(ContentType.JSON).body(Jobs.body("x")).when().post(EMPLOYER_JOBS).then().statusCode(403);
        seeker.as().when().get(EMPLOYER_JOBS).then().statusCode(403);
        Api.admin().as().when().get(EMPLOYER_JOBS).then().statusCode(403);

        other.owner().as().when().get(EMPLOYER_JOBS + "/" + id).then().statusCode(404);
        other.owner().as().contentType(ContentType.JSON).body(Jobs.body("抢来的")).when().put(EMPLOYER_JOBS + "/" + id)
                .then().statusCode(404);
        other.owner().as().when().post(EMPLOYER_JOBS + "/" + id + "/close").then().statusCode(404);
        other.owner().as().when().get(EMPLOYER_JOBS).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        assertThat(db.row("select status, title from job where id = ?", id))
                .containsEntry("status", "PUBLISHED").containsEntry("title", "会计");
    }

    @Test
    void a_suspended_employer_cannot_post() {
        Employers.Registered employer = Employers.approved(Api.unique("susp"));
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/v1/admin/employers/" + employer.employerId() + "/suspend").then().statusCode(200);
        employer.owner().as().contentType(ContentType.JSON).body(Jobs.body("职位")).when().post(EMPLOYER_JOBS)
                .then().statusCode(403).body("detail", containsString("suspended"));
        assertThat(db.count("select count(*) from job where employer_id = ?", employer.employerId())).isZero();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
