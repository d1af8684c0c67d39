package cn.nanhu.talent.job;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static cn.nanhu.talent.support.Jobs.EMPLOYER_JOBS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobSearchTest {

    static final String JOBS = "/api/v1/jobs";

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    JobExpirer expirer;
    @Inject
    JobIndex index;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void seekers_find_jobs_by_occupation_aliases_and_by_segmented_chinese_words() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("alias"));
        String software = Jobs.published(employer.owner(), job("软件工程师", m, Map.of()));
        String accounting = Jobs.published(employer.owner(), job("财务岗位", m, Map.of("occupationCode", "2-06-03-00")));
        String analyst = Jobs.published(employer.owner(), job("嘉兴南湖数据分析师", m, Map.of("occupationCode", "2-06-03-00")));

        assertThat(search(Map.of("q", "Java " + m))).containsExactly(software);
        assertThat(search(Map.of("q", "会计 " + m))).containsExactlyInAnyOrder(accounting, analyst);
        assertThat(search(Map.of("q", "数据分析 " + m))).containsExactly(analyst);
        given().queryParam("q", "Java " + m).when().get(JOBS).then().statusCode(200)
                .body("items[0].occupationCode", equalTo("2-02-10-03"))
                .body("items[0].districtName", equalTo("南湖区"))
                .body("items[0].salaryText", equalTo("8千-1.2万/月"))
                .body("items[0].employer.id", equalTo(employer.employerId()))
                .body("items[0].employer.badges", org.hamcrest.Matchers.hasItem("VERIFIED"));
    }

    @Test
    void a_rebuild_from_the_database_finds_the_same_jobs() throws Exception {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("rebuild"));
        String first = Jobs.published(employer.owner(), job("软件工程师", m, Map.of()));
        String second = Jobs.published(employer.owner(), job("数据分析师", m, Map.of()));

        index.rebuild();

        assertThat(search(Map.of("q", m))).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void query_syntax_characters_are_just_text() {
        given().queryParam("q", "C++ (AND) \"x").when().get(JOBS).then().statusCode(200);
        given().queryParam("q", "title:* OR [a TO z] ~ ^ \\").when().get(JOBS).then().statusCode(200);
        given().queryParam("sort", "random").when().get(JOBS).then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        given().queryParam("salaryMin", "lots").when().get(JOBS).then().statusCode(400)
                .body("violations[0].field", equalTo("salaryMin"));
    }

    @Test
    void filters_include_what_lies_under_a_code_and_combine() {
        String m = Jobs.marker();
        Employers.Registered software = Employers.approved(Api.unique("filt"));
        String nanhu = Jobs.published(software.owner(), job("开发", m, Map.of()));
        String hangzhou = Jobs.published(software.owner(), job("开发", m, Map.of("districtCode", "330102",
                "salaryMin", 15000, "salaryMax", 20000, "education", "硕士", "jobType", "INTERNSHIP")));
        String research = Jobs.published(researchEmployer(), job("研究", m, Map.of("occupationCode", "2-06-03-00")));

        assertThat(search(Map.of("q", m, "district", "3304"))).containsExactlyInAnyOrder(nanhu, research);
        assertThat(search(Map.of("q", m, "district", "33"))).containsExactlyInAnyOrder(nanhu, hangzhou, research);
        assertThat(search(Map.of("q", m, "district", "330411"))).isEmpty();
        assertThat(search(Map.of("q", m, "occupation", "2-02-00-00"))).containsExactlyInAnyOrder(nanhu, hangzhou);
        assertThat(search(Map.of("q", m, "salaryMin", "13000"))).containsExactly(hangzhou);
        assertThat(search(Map.of("q", m, "education", "硕士"))).containsExactly(hangzhou);
        assertThat(search(Map.of("q", m, "jobType", "FULL_TIME"))).containsExactlyInAnyOrder(nanhu, research);
        assertThat(search(Map.of("q", m, "industry", "I"))).containsExactlyInAnyOrder(nanhu, hangzhou);
        assertThat(search(Map.of("q", m, "industry", "73"))).containsExactly(research);
        assertThat(search(Map.of("q", m, "district", "3304", "industry", "I", "jobType", "FULL_TIME"))).containsExactly(nanhu);
    }

    @Test
    void results_sort_by_newest_or_salary_and_page_without_repeats() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("sort"));
        List<String> byAge = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            byAge.add(Jobs.published(employer.owner(), job("职位" + i, m, Map.of("salaryMin", 1000 * i, "salaryMax", 2000 * i))));
            clock.advance(Duration.ofMinutes(1));
        }
        List<String> newest = pages(Map.of("q", m, "sort", "newest"), 2);
        assertThat(newest).containsExactly(byAge.get(4), byAge.get(3), byAge.get(2), byAge.get(1), byAge.get(0));
        assertThat(pages(Map.of("q", m, "sort", "salary"), 2)).isEqualTo(newest);
        assertThat(pages(Map.of("q", m), 3)).doesNotHaveDuplicates().hasSize(5);
        given().queryParam("q", m).queryParam("size", 500).when().get(JOBS).then().statusCode(200);
    }

    @Test
    void an_edited_published_job_leaves_search_until_approved_again() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("edit"));
        Map<String, Object> body = job("运维工程师", m, Map.of());
        String id = Jobs.published(employer.owner(), body);
        assertThat(search(Map.of("q", m))).containsExactly(id);

        body.put("address", "嘉兴市南湖区新地址");
        employer.owner().as().contentType(ContentType.JSON).body(body).when().put(EMPLOYER_JOBS + "/" + id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertThat(search(Map.of("q", m))).containsExactly(id);

        body.put("salaryMax", 15000);
        employer.owner().as().contentType(ContentType.JSON).body(body).when().put(EMPLOYER_JOBS + "/" + id)
                .then().statusCode(200).body("status", equalTo("PENDING_REVIEW"));
        assertThat(search(Map.of("q", m))).isEmpty();
        given().when().get(JOBS + "/" + id).then().statusCode(404);

        Jobs.approve(id);
        assertThat(search(Map.of("q", m, "salaryMin", "14000"))).containsExactly(id);
    }

    @Test
    void closed_and_expired_jobs_leave_search() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("exp"));
        String closing = Jobs.published(employer.owner(), job("关闭的职位", m, Map.of()));
        String expiring = Jobs.published(employer.owner(), job("到期的职位", m,
                Map.of("expiresAt", Jobs.now().plus(Duration.ofDays(2)).format(ISO_OFFSET_DATE_TIME))));
        assertThat(search(Map.of("q", m))).containsExactlyInAnyOrder(closing, expiring);

        employer.owner().as().when().post(EMPLOYER_JOBS + "/" + closing + "/close").then().statusCode(200);
        assertThat(search(Map.of("q", m))).containsExactly(expiring);

        clock.advance(Duration.ofDays(3));
        assertThat(search(Map.of("q", m))).isEmpty();
        assertThat(expirer.runOnce()).isPositive();
        assertThat(db.row("select status from job where id = ?", expiring)).containsEntry("status", "EXPIRED");
        assertThat(db.row("select actor_kind, reason from job_history where job_id = ? and to_status = 'EXPIRED'", expiring))
                .containsEntry("actor_kind", "SYSTEM");
    }

    @Test
    void a_suspended_employers_jobs_never_appear_and_come_back_on_reinstatement() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("susp"));
        String id = Jobs.published(employer.owner(), job("销售经理", m, Map.of()));
        Api.Session admin = Api.admin();
        admin.as().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/v1/admin/employers/" + employer.employerId() + "/suspend").then().statusCode(200);
        assertThat(search(Map.of("q", m))).isEmpty();
        given().when().get(JOBS + "/" + id).then().statusCode(404);

        admin.as().when().post("/api/v1/admin/employers/" + employer.employerId() + "/reinstate").then().statusCode(200);
        assertThat(search(Map.of("q", m))).containsExactly(id);
    }

    @Test
    void a_suspension_by_another_copy_hides_the_jobs_before_this_copys_index_hears_of_it() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("elsewhere"));
        String id = Jobs.published(employer.owner(), job("仓库管理员", m, Map.of()));
        assertThat(search(Map.of("q", m))).containsExactly(id); // the employer's brief is now cached

        db.update("update employer set status = 'SUSPENDED' where id = ?", employer.employerId());
        assertThat(search(Map.of("q", m))).isEmpty();
        db.update("update employer set status = 'APPROVED' where id = ?", employer.employerId());
        assertThat(search(Map.of("q", m))).containsExactly(id);
    }

    @Test
    void a_renamed_employer_shows_its_new_name_within_the_brief_cache_lifetime() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("rename"));
        Jobs.published(employer.owner(), job("仓库管理员", m, Map.of()));
        String before = given().queryParam("q", m).when().get(JOBS).then().statusCode(200).extract().path("items[0].employer.name");

        db.update("update employer set name = ? where id = ?", before + "（新）", employer.employerId());
        clock.advance(Duration.ofMillis(EmployerBriefs.TTL_MILLIS + 1));
        given().queryParam("q", m).when().get(JOBS).then().statusCode(200).body("items[0].employer.name", equalTo(before + "（新）"));
    }

    @Test
    void the_index_catches_up_on_changes_written_by_another_copy() {
        String m = Jobs.marker();
        String other = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("copy"));
        String id = Jobs.published(employer.owner(), job("质检员", m, Map.of()));

        db.update("update job set description = ? where id = ?", "新的描述 " + other, id);
        db.update("insert into job_change (job_id, changed_at) values (?, current_timestamp)", id);
        assertThat(search(Map.of("q", other))).isEmpty();
        index.catchUp();
        assertThat(search(Map.of("q", other))).containsExactly(id);
    }

    private static Map<String, Object> job(String title, String marker, Map<String, Object> changes) {
        Map<String, Object> body = Jobs.body(title);
        body.put("description", body.get("description") + " " + marker);
        body.putAll(changes);
        return body;
    }

    /** An approved employer in research (industry 73, section M). */
    private static Api.Session researchEmployer() {
        String name = Api.unique("res");
        Api.Session owner = Api.wechatUser(name);
        Map<String, Object> registration = new HashMap<>(Employers.registration(Employers.uploadLicense(owner)));
        registration.put("industryCode", "73");
        String id = owner.as().contentType(ContentType.JSON).body(registration).when().post("/api/v1/employers")
                .then().statusCode(201).extract().path("id");
        Api.Session admin = Api.admin();
        Map<String, Object> item = Employers.pendingItem(admin, id);
        admin.as().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", item.get("version")))
                .when().post(Jobs.REVIEWS + "/" + item.get("id") + "/decision").then().statusCode(200);
        return Api.wechatUser(name);
    }

    private static List<String> search(Map<String, String> params) {
        return pages(params, 100);
    }

    private static List<String> pages(Map<String, String> params, int size) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParams(params).queryParam("size", size);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(JOBS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }
}
