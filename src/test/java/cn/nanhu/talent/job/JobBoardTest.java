package cn.nanhu.talent.job;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.WeChatFake;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobBoardTest {

    static final String FAVORITES = "/api/v1/me/favorites";

    @Inject
    Db db;
    @Inject
    ViewCounts viewCounts;

    @Test
    void anyone_sees_a_published_job_with_its_employer_but_never_the_contact_phone() {
        Employers.Registered employer = Employers.approved(Api.unique("detail"));
        String id = Jobs.published(employer.owner(), Jobs.body("Java 开发工程师"));

        String json = given().when().get("/api/v1/jobs/" + id).then().statusCode(200)
                .body("employer.id", equalTo(employer.employerId()))
                .body("employer.badges", contains("VERIFIED", "ABOVE_DESIGNATED_SIZE"))
                .body("salaryText", equalTo("8千-1.2万/月"))
                .body("occupationName", equalTo("计算机软件工程技术人员"))
                .body("districtName", equalTo("南湖区"))
                .body("tags", contains("五险一金", "双休"))
                .body("$", not(hasKey("status")))
                .body("employer", not(hasKey("contactPhone")))
                .extract().asString();
        assertThat(json).doesNotContain("13900002222").doesNotContain("contactPhone");
        given().when().get("/api/v1/jobs/not-an-id").then().statusCode(404);
    }

    @Test
    void each_view_counts_once() {
        Employers.Registered employer = Employers.approved(Api.unique("views"));
        String id = Jobs.published(employer.owner(), Jobs.body("出纳"));
        for (int i = 1; i <= 3; i++) {
            given().when().get("/api/v1/jobs/" + id).then().statusCode(200).body("viewCount", equalTo(i));
        }
        // counted in memory, stored by the next flush, never twice
        assertThat(db.row("select view_count from job where id = ?", id)).containsEntry("view_count", 0L);
        viewCounts.flush();
        assertThat(db.row("select view_count from job where id = ?", id)).containsEntry("view_count", 3L);
        viewCounts.flush();
        assertThat(db.row("select view_count from job where id = ?", id)).containsEntry("view_count", 3L);
        given().when().get("/api/v1/jobs/" + id).then().statusCode(200).body("viewCount", equalTo(4));
        viewCounts.flush();
        assertThat(db.row("select view_count from job where id = ?", id)).containsEntry("view_count", 4L);
    }

    @Test
    void views_counted_while_the_database_is_away_are_stored_once_it_is_back() {
        Employers.Registered employer = Employers.approved(Api.unique("viewsdb"));
        String id = Jobs.published(employer.owner(), Jobs.body("出纳"));
        given().when().get("/api/v1/jobs/" + id).then().statusCode(200).body("viewCount", equalTo(1));
        given().when().get("/api/v1/jobs/" + id).then().statusCode(200).body("viewCount", equalTo(2));

        // a constraint refuses this job's new count: the flush fails as it would without a database, and keeps the views
        db.update("alter table job add constraint views_probe check (id <> '" + id + "' or view_count < 1)");
        try {
            assertThatThrownBy(viewCounts::flush).isInstanceOf(RuntimeException.class);
        } finally {
            db.update("alter table job drop constraint views_probe");
        }
        assertThat(db.row("select view_count from job where id = ?", id)).containsEntry("view_count", 0L);
        viewCounts.flush();
        assertThat(db.row("select view_count from job where id = ?", id)).containsEntry("view_count", 2L);
    }

    @Test
    void views_of_many_jobs_from_many_callers_are_all_stored() throws Exception {
        Employers.Registered employer = Employers.approved(Api.unique("viewsmany"));
        List<String> ids = List.of(Jobs.published(employer.owner(), Jobs.body("出纳")),
                Jobs.published(employer.owner(), Jobs.body("会计")));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = ids.get(i % 2);
            calls.add(pool.submit(() -> given().when().get("/api/v1/jobs/" + id).then().statusCode(200)));
            if (i % 10 == 0) {
                calls.add(pool.submit(viewCounts::flush));
            }
        }
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        viewCounts.flush();
        for (String id : ids) {
            assertThat(db.row("select view_count from job where id = ?", id)).containsEntry("view_count", 30L);
        }
    }

    @Test
    void the_mini_program_code_is_a_png_fetched_from_wechat_once_per_job() {
        Employers.Registered employer = Employers.approved(Api.unique("qr"));
        String id = Jobs.published(employer.owner(), Jobs.body("仓管"));
        String pending = Jobs.post(employer.owner(), Jobs.body("未发布"));

        for (int i = 0; i < 2; i++) {
            byte[] png = given().when().get("/api/v1/jobs/" + id + "/qrcode").then().statusCode(200)
                    .contentType("image/png").extract().asByteArray();
            assertThat(png).isEqualTo(WeChatFake.PNG);
        }
        WeChatFake.server().verify(exactly(1), postRequestedFor(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .withRequestBody(matchingJsonPath("$.scene", equalToJson("j=" + id))));
        given().when().get("/api/v1/jobs/" + pending + "/qrcode").then().statusCode(404);
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalToJson(String value) {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo(value);
    }

    @Test
    void seekers_save_published_jobs_and_see_why_a_saved_job_is_no_longer_open() {
        Employers.Registered employer = Employers.approved(Api.unique("fav"));
        String open = Jobs.published(employer.owner(), Jobs.body("前端开发"));
        String closed = Jobs.published(employer.owner(), Jobs.body("测试工程师"));
        String pending = Jobs.post(employer.owner(), Jobs.body("待审核"));
        Api.Session seeker = Api.wechatUser(Api.unique("saver"));

        seeker.as().when().put(FAVORITES + "/" + open).then().statusCode(204);
        seeker.as().when().put(FAVORITES + "/" + open).then().statusCode(204);
        seeker.as().when().put(FAVORITES + "/" + closed).then().statusCode(204);
        seeker.as().when().put(FAVORITES + "/" + pending).then().statusCode(404);
        assertThat(db.count("select count(*) from favorite where user_id = ?", seeker.id())).isEqualTo(2);

        employer.owner().as().when().post(Jobs.EMPLOYER_JOBS + "/" + closed + "/close").then().statusCode(200);
        List<String> ids = seeker.as().when().get(FAVORITES).then().statusCode(200)
                .extract().jsonPath().getList("items.job.id");
        assertThat(ids).containsExactlyInAnyOrder(open, closed);
        seeker.as().when().get(FAVORITES).then()
                .body("items.find { it.job.id == '" + closed + "' }.status", equalTo("CLOSED"))
                .body("items.find { it.job.id == '" + closed + "' }.available", equalTo(false))
                .body("items.find { it.job.id == '" + open + "' }.status", equalTo("PUBLISHED"));
        List<String> first = seeker.as().queryParam("size", 1).when().get(FAVORITES).then().statusCode(200)
                .extract().jsonPath().getList("items.job.id");
        String next = seeker.as().queryParam("size", 1).when().get(FAVORITES).then().extract().path("nextCursor");
        List<String> second = seeker.as().queryParam("size", 1).queryParam("cursor", next).when().get(FAVORITES)
                .then().statusCode(200).extract().jsonPath().getList("items.job.id");
        assertThat(first).doesNotContainAnyElementsOf(second);

        seeker.as().when().delete(FAVORITES + "/" + open).then().statusCode(204);
        seeker.as().when().delete(FAVORITES + "/" + open).then().statusCode(204);
        assertThat(db.count("select count(*) from favorite where user_id = ?", seeker.id())).isEqualTo(1);
    }

    @Test
    void favourites_need_a_seeker_and_go_with_the_account() {
        Employers.Registered employer = Employers.approved(Api.unique("favdel"));
        String id = Jobs.published(employer.owner(), Jobs.body("司机"));
        given().when().get(FAVORITES).then().statusCode(401);
        given().when().put(FAVORITES + "/" + id).then().statusCode(401);
        Api.admin().as().when().put(FAVORITES + "/" + id).then().statusCode(403);

        Api.Session seeker = Api.wechatUser(Api.unique("leaver"));
        seeker.as().when().put(FAVORITES + "/" + id).then().statusCode(204);
        seeker.as().when().delete("/api/v1/me").then().statusCode(204);
        assertThat(db.count("select count(*) from favorite where user_id = ?", seeker.id())).isZero();
    }
}
