package cn.nanhu.talent.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Job alerts: the CRUD with its refusals, and the once-a-day delivery of new matching jobs. */
@QuarkusTest
class AlertsTest {

    private static final String ALERTS = "/api/v1/seeker/alerts";

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    AlertRunner runner;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> alert(String name, String keywords, int sendHour) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("keywords", keywords);
        body.put("districtCodes", List.of("3304"));
        body.put("salaryMin", 6000);
        body.put("sendHour", sendHour);
        return body;
    }

    private static String create(Api.Session s, Map<String, Object> body) {
        return s.as().contentType(ContentType.JSON).body(body).when().post(ALERTS).then().statusCode(201).extract().path("id");
    }

    /** Moves the clock to the next hh:30 China time, at least a minute ahead. */
    private void at(int hour) {
        ZonedDateTime now = Instant.now(clock).atZone(Clocks.ZONE);
        ZonedDateTime next = now.withHour(hour).withMinute(30).withSecond(0).withNano(0);
        if (!next.isAfter(now.plusMinutes(1))) {
            next = next.plusDays(1);
        }
        clock.set(next.toInstant());
    }

    private static List<String> alertTitles(Api.Session s) {
        return s.as().queryParam("size", 50).when().get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'JOB_ALERT' }.title".replace("findAll", "items.findAll"), String.class);
    }

    @Test
    void an_alert_is_saved_listed_changed_and_deleted_by_its_owner_only() {
        Api.Session s = Api.wechatUser(Api.unique("alert"));
        Api.Session other = Api.wechatUser(Api.unique("alert"));
        String id = s.as().contentType(ContentType.JSON).body(alert("南湖Java", "Java  后端", 8)).when().post(ALERTS)
                .then().statusCode(201).body("keywords", equalTo("Java 后端")).body("districtCodes", equalTo(List.of("3304")))
                .body("enabled", equalTo(true)).body("likeProfile", equalTo(false)).extract().path("id");
        assertThat(db.row("select user_id, send_hour, salary_min, enabled from job_alert where id = ?", id))
                .containsEntry("user_id", s.id()).containsEntry("send_hour", 8).containsEntry("salary_min", 6000).containsEntry("enabled", true);
        s.as().when().get(ALERTS).then().statusCode(200).body("id", equalTo(List.of(id)));

        Map<String, Object> paused = alert("南湖Java", "Java", 20);
        paused.put("enabled", false);
        s.as().contentType(ContentType.JSON).body(paused).when().put(ALERTS + "/" + id).then().statusCode(200)
                .body("sendHour", equalTo(20)).body("enabled", equalTo(false));
        assertThat(db.row("select send_hour, enabled from job_alert where id = ?", id)).containsEntry("send_hour", 20).containsEntry("enabled", false);

        other.as().when().get(ALERTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        other.as().contentType(ContentType.JSON).body(alert("x", "y", 1)).when().put(ALERTS + "/" + id).then().statusCode(404);
        other.as().when().delete(ALERTS + "/" + id).then().statusCode(404);
        other.as().when().get(ALERTS).then().statusCode(200).body("size()", equalTo(0));
        assertThat(db.count("select count(*) from job_alert where id = ?", id)).isEqualTo(1);

        s.as().when().delete(ALERTS + "/" + id).then().statusCode(204);
        assertThat(db.count("select count(*) from job_alert where id = ?", id)).isZero();
    }

    @Test
    void bad_alerts_are_400_naming_the_field_and_a_sixth_is_409() {
        Api.Session s = Api.wechatUser(Api.unique("alert"));
        Map<String, Object> badDistrict = alert("a", "b", 8);
        badDistrict.put("districtCodes", List.of("999999"));
        s.as().contentType(ContentType.JSON).body(badDistrict).when().post(ALERTS).then().statusCode(400)
                .body("violations[0].field", equalTo("districtCodes"));
        Map<String, Object> nothing = new HashMap<>(Map.of("name", "空", "sendHour", 8));
        s.as().contentType(ContentType.JSON).body(nothing).when().post(ALERTS).then().statusCode(400)
                .body("violations[0].field", equalTo("likeProfile"));
        s.as().contentType(ContentType.JSON).body(alert("a", "b", 24)).when().post(ALERTS).then().statusCode(400)
                .body("violations[0].field", equalTo("sendHour"));
        s.as().contentType(ContentType.JSON).when().post(ALERTS).then().statusCode(400);
        assertThat(db.count("select count(*) from job_alert where user_id = ?", s.id())).isZero();

        for (int i = 0; i < 5; i++) {
            create(s, alert("订阅" + i, "k" + i, 8));
        }
        s.as().contentType(ContentType.JSON).body(alert("第六个", "k", 8)).when().post(ALERTS).then().statusCode(409);
        assertThat(db.count("select count(*) from job_alert where user_id = ?", s.id())).isEqualTo(5);
        given().when().get(ALERTS).then().statusCode(401);
        Api.admin().as().when().get(ALERTS).then().statusCode(403);
    }

    @Test
    void new_matching_jobs_arrive_once_a_day_from_the_chosen_hour() {
        String word = Jobs.marker();
        at(8);
        Api.Session s = Api.wechatUser(Api.unique("alert"));
        s.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of("tmpl-job-alert"))).when().post("/api/v1/me/subscriptions")
                .then().statusCode(200);
        String id = create(s, alert("嘉兴" + word, word, 9));
        Employers.Registered employer = Employers.approved(Api.unique("alertco"));
        Map<String, Object> fits = Jobs.body(word + " 开发工程师");
        String match = Jobs.published(employer.owner(), fits);
        Map<String, Object> lowPay = Jobs.body(word + " 实习生");
        lowPay.put("salaryMin", 3000);
        lowPay.put("salaryMax", 4000);
        Jobs.published(employer.owner(), lowPay);
        Map<String, Object> elsewhere = Jobs.body(word + " 工程师");
        elsewhere.put("districtCode", "330106");
        Jobs.published(employer.owner(), elsewhere);

        // before its hour nothing is sent
        runner.runOnce();
        assertThat(alertTitles(s)).isEmpty();

        clock.advance(Duration.ofHours(1));
        runner.runOnce();
        assertThat(alertTitles(s)).containsExactly("职位订阅「嘉兴" + word + "」有 1 个新职位");
        assertThat(db.row("select last_run_at from job_alert where id = ?", id).get("last_run_at")).isNotNull();
        assertThat(db.count("select count(*) from outbox where user_id = ? and status = 'PENDING'", s.id())).isEqualTo(1);
        s.as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].link", equalTo(AlertRunner.PAGE + "?id=" + id));

        // the same day, nothing again, even with a new match
        Jobs.published(employer.owner(), Jobs.body(word + " 测试工程师"));
        clock.advance(Duration.ofHours(3));
        runner.runOnce();
        assertThat(alertTitles(s)).hasSize(1);

        // the next day, only what is new since the last run
        clock.advance(Duration.ofDays(1));
        runner.runOnce();
        assertThat(alertTitles(s)).hasSize(2).first().isEqualTo("职位订阅「嘉兴" + word + "」有 1 个新职位");
        assertThat(match).isNotBlank();
    }

    @Test
    void an_alert_like_my_profile_follows_the_recommendations_and_a_paused_one_stays_quiet() {
        String word = Jobs.marker();
        at(7);
        Api.Session s = Api.wechatUser(Api.unique("alert"));
        Map<String, Object> profile = Seekers.profile("钱" + word.substring(2, 4));
        profile.put("skills", List.of(word));
        Seekers.register(s, profile);
        create(s, new HashMap<>(Map.of("name", "按我的登记", "likeProfile", true, "sendHour", 7)));
        Map<String, Object> paused = new HashMap<>(Map.of("name", "暂停", "keywords", word, "sendHour", 7, "enabled", false));
        create(s, paused);
        Employers.Registered employer = Employers.approved(Api.unique("alertco"));
        Map<String, Object> fits = Jobs.body("Java开发工程师");
        fits.put("description", "熟悉 " + word);
        Jobs.published(employer.owner(), fits);

        runner.runOnce();
        assertThat(alertTitles(s)).hasSize(1).first().asString().startsWith("职位订阅「按我的登记」有 ");
    }
}
