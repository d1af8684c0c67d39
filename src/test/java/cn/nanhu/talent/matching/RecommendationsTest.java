package cn.nanhu.talent.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recommendations through the API: hard rules, reasons from the real fields, refusals. */
@QuarkusTest
class RecommendationsTest {

    private static final String RECOMMENDATIONS = "/api/v1/seeker/recommendations";

    /** Power engineering in 桐乡: work other tests do not post, so their jobs (and their applicants) rank below. */
    static final String OCCUPATION = "2-02-12-01";
    static final String DISTRICT = "330483";

    /** A seeker who wants that work, with a made-up skill only this test's jobs carry. */
    private static Api.Session seeker(String skill) {
        Api.Session s = Api.wechatUser(Api.unique("rec"));
        Map<String, Object> profile = Seekers.profile("周" + skill.substring(0, 2));
        profile.put("skills", List.of(skill, "电气"));
        profile.put("desiredSalaryMin", 8000);
        profile.put("desiredOccupationCodes", List.of(OCCUPATION));
        profile.put("currentDistrictCode", DISTRICT);
        profile.put("desiredDistrictCodes", List.of(DISTRICT));
        Seekers.register(s, profile);
        return s;
    }

    private static String job(Api.Session employer, String title, String skill, Map<String, Object> changes) {
        Map<String, Object> body = Jobs.body(title);
        body.put("occupationCode", OCCUPATION);
        body.put("districtCode", DISTRICT);
        body.put("description", "负责发电设备的运行与维护，熟悉 " + skill);
        body.putAll(changes);
        return Jobs.published(employer, body);
    }

    private static JsonPath recommendations(Api.Session s) {
        return s.as().queryParam("size", 50).when().get(RECOMMENDATIONS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_fitting_job_comes_first_with_reasons_taken_from_its_fields() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("recco"));
        String fit = job(employer.owner(), "发电运行工程师", skill, Map.of());
        Api.Session s = seeker(skill);

        JsonPath page = recommendations(s);
        assertThat(page.getString("items[0].job.id")).isEqualTo(fit);
        int score = page.getInt("items[0].score");
        assertThat(score).isBetween(60, 100);
        assertThat(page.getList("items[0].reasons", String.class)).contains("职业匹配：发电工程技术人员 (2-02-12-01)",
                "工作地点：桐乡市", "薪资符合期望", "学历要求满足（本科）", "经验要求满足（3年以上）", "新发布")
                .anyMatch(r -> r.startsWith("技能匹配：") && r.contains(skill));
        assertThat(page.getBoolean("items[0].stretch")).isFalse();
    }

    @Test
    void a_job_of_the_same_minor_group_is_recommended_below_with_the_group_named() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("recco"));
        String exact = job(employer.owner(), "发电运行工程师", skill, Map.of());
        // 变电 sits in the same minor group (2-02-12-00 电力工程技术人员), in another county of Jiaxing
        String near = job(employer.owner(), "变电站检修工程师", skill, Map.of("occupationCode", "2-02-12-03", "districtCode", "330481"));
        Api.Session s = seeker(skill);

        JsonPath page = recommendations(s);
        List<String> ids = page.getList("items.job.id", String.class);
        assertThat(ids).contains(exact, near);
        assertThat(ids.indexOf(exact)).isLessThan(ids.indexOf(near));
        assertThat(page.getList("items[" + ids.indexOf(near) + "].reasons", String.class))
                .contains("职业相近：变电工程技术人员，同属电力工程技术人员", "工作地点：嘉兴市海宁市");
    }

    @Test
    void applied_blocked_unqualified_and_closed_jobs_never_appear() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("recco"));
        Employers.Registered blockedEmployer = Employers.approved(Api.unique("recbl"));
        String applied = job(employer.owner(), "发电运行工程师", skill, Map.of());
        String closed = job(employer.owner(), "发电值班工程师", skill, Map.of());
        String tooSenior = job(employer.owner(), "发电总工程师", skill, Map.of("education", "博士"));
        String stretch = job(employer.owner(), "高级发电工程师", skill, Map.of("education", "硕士"));
        String blocked = job(blockedEmployer.owner(), "发电工程师", skill, Map.of());
        String open = job(employer.owner(), "发电运维", skill, Map.of());
        Api.Session s = seeker(skill);
        Seekers.apply(s, applied);
        employer.owner().as().when().post(Jobs.EMPLOYER_JOBS + "/" + closed + "/close").then().statusCode(200);
        s.as().when().put("/api/v1/seeker/blocks/" + blockedEmployer.employerId()).then().statusCode(204);

        JsonPath page = recommendations(s);
        List<String> ids = page.getList("items.job.id", String.class);
        assertThat(ids).contains(open, stretch).doesNotContain(applied, closed, tooSenior, blocked);
        int at = ids.indexOf(stretch);
        assertThat(page.getBoolean("items[" + at + "].stretch")).isTrue();
        assertThat(page.getList("items[" + at + "].reasons", String.class)).contains("学历略低于要求（硕士），可以试试");
        assertThat(page.getInt("items[" + at + "].score")).isLessThan(page.getInt("items[" + ids.indexOf(open) + "].score"));
    }

    @Test
    void a_newly_published_job_is_recommended_at_once() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("recco"));
        Api.Session s = seeker(skill);
        assertThat(recommendations(s).getList("items.job.id", String.class)).isNotNull();
        String fresh = job(employer.owner(), "发电运行工程师", skill, Map.of());
        assertThat(recommendations(s).getString("items[0].job.id")).isEqualTo(fresh);
    }

    @Test
    void without_a_registration_it_is_428_and_refusals_are_problems() {
        Api.Session unregistered = Api.wechatUser(Api.unique("recnone"));
        unregistered.as().when().get(RECOMMENDATIONS).then().statusCode(428).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("profile-required"));
        given().when().get(RECOMMENDATIONS).then().statusCode(401);
        Api.admin().as().when().get(RECOMMENDATIONS).then().statusCode(403);
        seeker(Jobs.marker()).as().queryParam("size", "x").when().get(RECOMMENDATIONS).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        // the size is capped
        Api.Session s = seeker(Jobs.marker());
        assertThat(s.as().queryParam("size", 500).contentType(ContentType.JSON).when().get(RECOMMENDATIONS)
                .then().statusCode(200).extract().jsonPath().getList("items").size()).isLessThanOrEqualTo(50);
    }
}
