package cn.nanhu.talent.fair;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static cn.nanhu.talent.support.Fairs.ADMIN_FAIRS;
import static cn.nanhu.talent.support.Fairs.SEEKER_FAIRS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Check-in at the door (two hours before the start until the end, once per ticket) and the fair's figures. */
@QuarkusTest
class FairCheckinTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void check_in_opens_two_hours_before_the_start_and_takes_each_ticket_once() {
        Api.Session admin = Api.admin();
        OffsetDateTime start = Jobs.now().plus(Duration.ofDays(1));
        String fairId = Fairs.published(admin, withTimes(Fairs.offline(Api.unique("签到招聘会")), start, start.plus(Duration.ofHours(6))));
        String otherFair = Fairs.published(admin, Fairs.body(Api.unique("别的招聘会")));
        Api.Session seeker = Api.wechatUser(Api.unique("door"));
        Api.Session second = Api.wechatUser(Api.unique("door2"));
        Api.Session third = Api.wechatUser(Api.unique("door3"));
        Map<String, Object> ticket = Fairs.signup(seeker, fairId);
        Map<String, Object> lower = Fairs.signup(second, fairId);
        Map<String, Object> tooLate = Fairs.signup(third, fairId);
        Map<String, Object> elsewhere = Fairs.signup(seeker, otherFair);
        String code = (String) ticket.get("ticketCode");

        // a day ahead, and a minute before the doors open: closed
        checkin(admin, fairId, code).then().statusCode(409).contentType("application/problem+json");
        clock.advance(Duration.ofHours(22).minusMinutes(1));
        checkin(admin, fairId, code).then().statusCode(409);
        assertThat(checkedInAt(ticket)).isNull();

        // the doors open two hours ahead
        clock.advance(Duration.ofMinutes(2));
        OffsetDateTime now = Jobs.now();
        String at = checkin(admin, fairId, code).then().statusCode(200)
                .body("ticketId", equalTo(ticket.get("id"))).body("fairId", equalTo(fairId)).body("checkedInAt", notNullValue())
                .extract().path("checkedInAt");
        assertThat(OffsetDateTime.parse(at).toInstant()).isEqualTo(now.toInstant());
        assertThat(checkedInAt(ticket)).isNotNull();
        assertThat(db.row("select checked_in_by from fair_ticket where id = ?", ticket.get("id")))
                .containsEntry("checked_in_by", admin.id());
        seeker.as().when().get(SEEKER_FAIRS + "/tickets").then().statusCode(200)
                .body("find { it.id == '" + ticket.get("id") + "' }.checkedInAt", notNullValue());

        // once only
        checkin(admin, fairId, code).then().statusCode(409).contentType("application/problem+json");
        assertThat(db.count("select count(*) from fair_ticket where fair_id = ? and checked_in_at is not null", fairId)).isEqualTo(1);

        // a ticket of another fair, or no ticket at all, is not found here
        checkin(admin, fairId, (String) elsewhere.get("ticketCode")).then().statusCode(404);
        checkin(admin, fairId, "ZZZZZZZZZZ").then().statusCode(404);
        assertThat(checkedInAt(elsewhere)).isNull();

        // staff may type the code in lower case, with stray spaces
        checkin(admin, fairId, " " + ((String) lower.get("ticketCode")).toLowerCase(Locale.ROOT) + " ").then().statusCode(200)
                .body("ticketId", equalTo(lower.get("id")));
        assertThat(checkedInAt(lower)).isNotNull();

        // after the end: closed again
        clock.advance(Duration.ofHours(8));
        checkin(admin, fairId, (String) tooLate.get("ticketCode")).then().statusCode(409);
        assertThat(checkedInAt(tooLate)).isNull();
        admin.as().when().get(ADMIN_FAIRS + "/" + fairId + "/stats").then().statusCode(200)
                .body("status", equalTo("ENDED")).body("signups", equalTo(3)).body("checkins", equalTo(2));
    }

    @Test
    void a_cancelled_fair_checks_no_one_in() {
        Api.Session admin = Api.admin();
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        String fairId = Fairs.published(admin, Fairs.body(Api.unique("取消签到"), start, start.plus(Duration.ofHours(3))));
        Map<String, Object> ticket = Fairs.signup(Api.wechatUser(Api.unique("cxl")), fairId);
        admin.as().when().post(ADMIN_FAIRS + "/" + fairId + "/cancel").then().statusCode(200);

        checkin(admin, fairId, (String) ticket.get("ticketCode")).then().statusCode(409);
        assertThat(checkedInAt(ticket)).isNull();
    }

    @Test
    void a_blank_ticket_code_is_a_400_naming_it() {
        Api.Session admin = Api.admin();
        String fairId = Fairs.published(admin, Fairs.body(Api.unique("空票号")));
        admin.as().contentType(ContentType.JSON).body(Map.of("ticketCode", " "))
                .when().post(ADMIN_FAIRS + "/" + fairId + "/checkins")
                .then().statusCode(400).body("violations[0].field", equalTo("ticketCode"));
        admin.as().contentType(ContentType.JSON).when().post(ADMIN_FAIRS + "/" + fairId + "/checkins")
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
    }

    @Test
    void stats_count_employers_jobs_tickets_check_ins_and_applications_from_the_fair() {
        Api.Session admin = Api.admin();
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        Map<String, Object> body = Fairs.body(Api.unique("统计招聘会"), start, start.plus(Duration.ofHours(6)));
        body.put("capacity", 50);
        String fairId = Fairs.published(admin, body);
        String otherFair = Fairs.published(admin, Fairs.body(Api.unique("统计别的招聘会")));

        Employers.Registered one = Employers.approved(Api.unique("stat1"));
        String a1 = Jobs.published(one.owner(), Jobs.body("Java开发工程师"));
        String a2 = Jobs.published(one.owner(), Jobs.body("测试工程师"));
        String outside = Jobs.published(one.owner(), Jobs.body("不参会的职位"));
        Employers.Registered two = Employers.approved(Api.unique("stat2"));
        String b1 = Jobs.published(two.owner(), Jobs.body("会计"));
        Employers.Registered waiting = Employers.approved(Api.unique("stat3"));
        String c1 = Jobs.published(waiting.owner(), Jobs.body("出纳"));
        Fairs.approve(admin, Fairs.register(one.owner(), fairId, List.of(a1, a2)));
        Fairs.approve(admin, Fairs.register(two.owner(), fairId, List.of(b1)));
        Fairs.register(waiting.owner(), fairId, List.of(c1)); // still pending: not counted

        Api.Session applicant = Seekers.registered(Api.unique("statseek"), "13812345678");
        Map<String, Object> t1 = Fairs.signup(applicant, fairId);
        Fairs.signup(Api.wechatUser(Api.unique("statt2")), fairId);
        Fairs.signup(Api.wechatUser(Api.unique("statt3")), fairId);
        checkin(admin, fairId, (String) t1.get("ticketCode")).then().statusCode(200);

        // an application from the fair's page is counted
        String applied = applicant.as().contentType(ContentType.JSON).body(Map.of("jobId", a1, "fairId", fairId))
                .when().post(Seekers.APPLICATIONS)
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("id");
        assertThat(db.row("select fair_id, job_id from application where id = ?", applied))
                .containsEntry("fair_id", fairId).containsEntry("job_id", a1);
        // a fair the job is not in is refused, naming fairId
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("jobId", outside, "fairId", fairId),
                Map.<String, Object>of("jobId", a2, "fairId", otherFair),
                Map.<String, Object>of("jobId", c1, "fairId", fairId))) {
            applicant.as().contentType(ContentType.JSON).body(bad).when().post(Seekers.APPLICATIONS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("fairId"));
        }
        assertThat(db.count("select count(*) from application where seeker_id = ?", applicant.id())).isEqualTo(1);
        // an application without a fair is not the fair's
        Seekers.apply(applicant, b1);

        admin.as().when().get(ADMIN_FAIRS + "/" + fairId + "/stats").then().statusCode(200)
                .body("fairId", equalTo(fairId)).body("status", equalTo("PUBLISHED"))
                .body("employers", equalTo(2)).body("jobs", equalTo(3)).body("capacity", equalTo(50))
                .body("signups", equalTo(3)).body("checkins", equalTo(1)).body("applications", equalTo(1));
        admin.as().when().get(ADMIN_FAIRS + "/" + otherFair + "/stats").then().statusCode(200)
                .body("employers", equalTo(0)).body("jobs", equalTo(0)).body("signups", equalTo(0))
                .body("checkins", equalTo(0)).body("applications", equalTo(0));
        assertThat(db.count("select count(*) from application where fair_id = ?", fairId)).isEqualTo(1);
        admin.as().when().get(ADMIN_FAIRS + "/01ARZ3NDEKTSV4RRFFQ69G5FAV/stats").then().statusCode(404);
    }

    private static Response checkin(Api.Session staff, String fairId, String code) {
        return staff.as().contentType(ContentType.JSON).body(Map.of("ticketCode", code))
                .when().post(ADMIN_FAIRS + "/" + fairId + "/checkins");
    }

    private Object checkedInAt(Map<String, Object> ticket) {
        return db.row("select checked_in_at from fair_ticket where id = ?", ticket.get("id")).get("checked_in_at");
    }

    private static Map<String, Object> withTimes(Map<String, Object> body, OffsetDateTime start, OffsetDateTime end) {
        body.put("startAt", start.format(ISO_OFFSET_DATE_TIME));
        body.put("endAt", end.format(ISO_OFFSET_DATE_TIME));
        return body;
    }
}
