package cn.nanhu.talent.service;

import static cn.nanhu.talent.service.ServiceFixtures.RECORDS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service log: who may log a service for whom, what is stored and shown, and who reads it. */
@QuarkusTest
class ServiceRecordTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_dedicated_hr_logs_a_visit_to_their_employer_and_reads_it_back() {
        Api.Session hr = ServiceFixtures.hr();
        String employerId = ServiceFixtures.employerServedBy(hr);
        Map<String, Object> body = ServiceFixtures.forEmployer(employerId, "上门走访，了解用工需求 " + Api.unique("n"));
        body.put("followUpOn", Jobs.now().plusDays(7).toLocalDate().toString());

        String id = ServiceFixtures.log(hr, body);

        Map<String, Object> row = db.row("select subject_kind, subject_id, channel, note, follow_up_on, follow_up_done_at, created_by"
                + " from service_record where id = ?", id);
        assertThat(row).containsEntry("subject_kind", "EMPLOYER").containsEntry("subject_id", employerId)
                .containsEntry("channel", "VISIT").containsEntry("note", body.get("note")).containsEntry("created_by", hr.id());
        assertThat(row.get("follow_up_on").toString()).isEqualTo(body.get("followUpOn"));
        assertThat(row.get("follow_up_done_at")).isNull();

        hr.as().queryParam("employerId", employerId).when().get(RECORDS).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].subject.kind", equalTo("EMPLOYER"))
                .body("items[0].subject.id", equalTo(employerId))
                .body("items[0].subject.name", org.hamcrest.Matchers.startsWith("嘉兴南湖测试科技有限公司"))
                .body("items[0].channel", equalTo("VISIT"))
                .body("items[0].note", equalTo(body.get("note")))
                .body("items[0].followUpOn", equalTo(body.get("followUpOn")))
                .body("items[0].staffId", equalTo(hr.id()))
                .body("items[0].staffName", org.hamcrest.Matchers.startsWith("测试hr"))
                .body("items[0].editable", equalTo(true));
    }

    @Test
    void a_dedicated_hr_cannot_log_for_another_hrs_employer_and_is_told_it_does_not_exist() {
        Api.Session mine = ServiceFixtures.hr();
        Api.Session other = ServiceFixtures.hr();
        String theirs = ServiceFixtures.employerServedBy(other);
        long before = db.count("select count(*) from service_record where subject_id = ?", theirs);

        String notTheirs = mine.as().contentType(ContentType.JSON).body(ServiceFixtures.forEmployer(theirs, "越权"))
                .when().post(RECORDS).then().statusCode(404).contentType("application/problem+json")
                .extract().path("detail");
        String missing = mine.as().contentType(ContentType.JSON).body(ServiceFixtures.forEmployer("01ZZZZZZZZZZZZZZZZZZZZZZZZ", "不存在"))
                .when().post(RECORDS).then().statusCode(404).extract().path("detail");

        // the same answer for "not yours" and "no such employer": existence does not leak
        assertThat(notTheirs).isEqualTo(missing);
        assertThat(db.count("select count(*) from service_record where subject_id = ?", theirs)).isEqualTo(before);

        // an admin may log for any employer
        String id = ServiceFixtures.log(Api.admin(), ServiceFixtures.forEmployer(theirs, "管理员回访"));
        assertThat(db.row("select subject_id from service_record where id = ?", id)).containsEntry("subject_id", theirs);
    }

    @Test
    void a_seeker_is_served_only_once_registered_and_shown_by_name_and_masked_phone_only() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        Api.Session seeker = Seekers.registered(Api.unique("sv"), phone);
        Api.Session unregistered = Api.wechatUser(Api.unique("nr"));

        hr.as().contentType(ContentType.JSON).body(ServiceFixtures.forSeeker(unregistered.id(), "咨询"))
                .when().post(RECORDS).then().statusCode(404);
        String id = ServiceFixtures.log(hr, ServiceFixtures.forSeeker(seeker.id(), "电话回访求职进展"));
        assertThat(db.row("select subject_kind, subject_id, channel from service_record where id = ?", id))
                .containsEntry("subject_kind", "SEEKER").containsEntry("subject_id", seeker.id()).containsEntry("channel", "PHONE");

        String json = hr.as().queryParam("seekerUserId", seeker.id()).when().get(RECORDS).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].subject.kind", equalTo("SEEKER"))
                .body("items[0].subject.name", equalTo("林sv"))
                .body("items[0].subject.maskedPhone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .extract().asString();
        assertThat(json).doesNotContain(phone);
    }

    @Test
    void a_record_needs_exactly_one_subject_and_valid_fields() {
        Api.Session hr = ServiceFixtures.hr();
        String employerId = ServiceFixtures.employerServedBy(hr);
        Api.Session seeker = Seekers.registered(Api.unique("sv"), ServiceFixtures.phone());

        refused(hr, employerId, "employerId", b -> b.remove("employerId"));
        refused(hr, employerId, "seekerUserId", b -> b.put("seekerUserId", seeker.id()));
        refused(hr, employerId, "channel", b -> b.put("channel", "EMAIL"));
        refused(hr, employerId, "channel", b -> b.remove("channel"));
        refused(hr, employerId, "servedAt", b -> b.put("servedAt", Jobs.now().plusDays(1).toString()));
        refused(hr, employerId, "servedAt", b -> b.remove("servedAt"));
        refused(hr, employerId, "note", b -> b.put("note", "x".repeat(2001)));
        refused(hr, employerId, "note", b -> b.put("note", " "));
        refused(hr, employerId, "followUpOn", b -> b.put("followUpOn", Jobs.now().minusDays(3).toLocalDate().toString()));
        assertThat(db.count("select count(*) from service_record where subject_id = ?", employerId)).isZero();

        // 2000 characters is allowed
        ServiceFixtures.log(hr, ServiceFixtures.forEmployer(employerId, "y".repeat(2000)));
    }

    @Test
    void the_service_log_refuses_anonymous_callers_users_and_review_staff() {
        given().contentType(ContentType.JSON).body(ServiceFixtures.forEmployer("01ZZZZZZZZZZZZZZZZZZZZZZZZ", "x"))
                .when().post(RECORDS).then().statusCode(401);
        given().when().get(RECORDS).then().statusCode(401);
        given().when().get(RECORDS + "/follow-ups").then().statusCode(401);
        given().when().get(RECORDS + "/summary").then().statusCode(401);

        Api.Session user = Api.wechatUser(Api.unique("u"));
        Api.Session reviewer = Api.newStaff(Api.unique("rv"), "REVIEWER");
        for (Api.Session s : List.of(user, reviewer)) {
            s.as().contentType(ContentType.JSON).body(ServiceFixtures.forEmployer("01ZZZZZZZZZZZZZZZZZZZZZZZZ", "x"))
                    .when().post(RECORDS).then().statusCode(403);
            s.as().when().get(RECORDS).then().statusCode(403);
            s.as().when().get(RECORDS + "/follow-ups").then().statusCode(403);
        }
        // the summary is for admins only
        ServiceFixtures.hr().as().when().get(RECORDS + "/summary").then().statusCode(403);
    }

    @Test
    void a_dedicated_hr_reads_only_their_own_log_and_an_admin_reads_it_per_staff_and_per_employer() {
        Api.Session a = ServiceFixtures.hr();
        Api.Session b = ServiceFixtures.hr();
        String employerA = ServiceFixtures.employerServedBy(a);
        String employerB = ServiceFixtures.employerServedBy(b);
        String a1 = ServiceFixtures.log(a, ServiceFixtures.forEmployer(employerA, "A 一"));
        String a2 = ServiceFixtures.log(a, ServiceFixtures.forEmployer(employerA, "A 二"));
        String b1 = ServiceFixtures.log(b, ServiceFixtures.forEmployer(employerB, "B 一"));
        String adminRecord = ServiceFixtures.log(Api.admin(), ServiceFixtures.forEmployer(employerA, "管理员"));

        List<String> own = a.as().when().get(RECORDS).then().statusCode(200).extract().path("items.id");
        assertThat(own).containsExactlyInAnyOrder(a1, a2);
        a.as().queryParam("staffId", a.id()).when().get(RECORDS).then().statusCode(200).body("items.size()", equalTo(2));
        a.as().queryParam("staffId", b.id()).when().get(RECORDS).then().statusCode(403);
        // another HR's employer through the filter: only the caller's own records of it, i.e. none
        a.as().queryParam("employerId", employerB).when().get(RECORDS).then().statusCode(200).body("items.size()", equalTo(0));

        Api.Session admin = Api.admin();
        List<String> perStaff = admin.as().queryParam("staffId", b.id()).when().get(RECORDS).then().statusCode(200).extract().path("items.id");
        assertThat(perStaff).containsExactly(b1);
        List<String> perEmployer = admin.as().queryParam("employerId", employerA).when().get(RECORDS).then().statusCode(200)
                .body("items.staffId", hasItem(a.id())).extract().path("items.id");
        assertThat(perEmployer).containsExactlyInAnyOrder(a1, a2, adminRecord);
        // the admin sees the HR's records but may not edit them
        admin.as().queryParam("employerId", employerA).when().get(RECORDS).then()
                .body("items.find { it.id == '" + a1 + "' }.editable", equalTo(false));

        // pages walk the whole list without repeats
        JsonPath first = admin.as().queryParam("employerId", employerA).queryParam("size", 2).when().get(RECORDS)
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().jsonPath();
        List<String> rest = admin.as().queryParam("employerId", employerA).queryParam("size", 2)
                .queryParam("cursor", first.getString("nextCursor")).when().get(RECORDS)
                .then().statusCode(200).body("nextCursor", nullValue()).extract().path("items.id");
        assertThat(rest).hasSize(1).doesNotContainAnyElementsOf(first.getList("items.id"));
        admin.as().queryParam("cursor", "garbage!").when().get(RECORDS).then().statusCode(400).body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void the_log_is_filtered_by_dates_in_china() {
        Api.Session hr = ServiceFixtures.hr();
        String employerId = ServiceFixtures.employerServedBy(hr);
        Map<String, Object> old = ServiceFixtures.forEmployer(employerId, "十天前");
        old.put("servedAt", Jobs.now().minusDays(10).toString());
        String oldId = ServiceFixtures.log(hr, old);
        Map<String, Object> justNow = ServiceFixtures.forEmployer(employerId, "刚才");
        java.time.OffsetDateTime servedAt = Jobs.now().minusSeconds(5);
        justNow.put("servedAt", servedAt.toString());
        String recent = ServiceFixtures.log(hr, justNow);
        String today = servedAt.atZoneSameInstant(ZONE).toLocalDate().toString();
        String tenDaysAgo = Jobs.now().minusDays(10).atZoneSameInstant(ZONE).toLocalDate().toString();

        assertThat(hr.as().queryParam("from", today).when().get(RECORDS).then().statusCode(200).extract().<List<String>>path("items.id"))
                .containsExactly(recent);
        assertThat(hr.as().queryParam("to", tenDaysAgo).when().get(RECORDS).then().statusCode(200).extract().<List<String>>path("items.id"))
                .containsExactly(oldId);
        assertThat(hr.as().queryParam("from", tenDaysAgo).queryParam("to", today).when().get(RECORDS).then().statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(recent, oldId);
        hr.as().queryParam("from", "yesterday").when().get(RECORDS).then().statusCode(400).body("violations[0].field", equalTo("from"));
        hr.as().queryParam("from", today).queryParam("to", tenDaysAgo).when().get(RECORDS).then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void the_author_edits_a_record_within_a_day_with_an_audit_entry_and_not_after() {
        Api.Session hr = ServiceFixtures.hr();
        String employerId = ServiceFixtures.employerServedBy(hr);
        String id = ServiceFixtures.log(hr, ServiceFixtures.forEmployer(employerId, "初稿"));
        Map<String, Object> edit = Map.of("channel", "WECHAT", "servedAt", Jobs.now().minusHours(2).toString(), "note", "改稿",
                "followUpOn", Jobs.now().plusDays(1).toLocalDate().toString());

        hr.as().contentType(ContentType.JSON).body(edit).when().put(RECORDS + "/" + id).then().statusCode(200)
                .body("channel", equalTo("WECHAT")).body("note", equalTo("改稿")).body("followUpOn", equalTo(edit.get("followUpOn")));
        assertThat(db.row("select channel, note from service_record where id = ?", id))
                .containsEntry("channel", "WECHAT").containsEntry("note", "改稿");
        Map<String, Object> audit = db.row("select actor_kind, actor_id, detail from audit_log where subject_kind = 'SERVICE_RECORD'"
                + " and subject_id = ? and action = 'SERVICE_RECORD_EDITED'", id);
        assertThat(audit).containsEntry("actor_kind", "STAFF").containsEntry("actor_id", hr.id());
        assertThat((String) audit.get("detail")).contains("初稿").contains("VISIT");

        // another HR is told it does not exist; an admin sees it but may not change it
        ServiceFixtures.hr().as().contentType(ContentType.JSON).body(edit).when().put(RECORDS + "/" + id).then().statusCode(404);
        Api.admin().as().contentType(ContentType.JSON).body(edit).when().put(RECORDS + "/" + id).then().statusCode(403);
        hr.as().contentType(ContentType.JSON).body(Map.of("channel", "FAX", "servedAt", Jobs.now().toString(), "note", "x"))
                .when().put(RECORDS + "/" + id).then().statusCode(400).body("violations[0].field", equalTo("channel"));
        hr.as().contentType(ContentType.JSON).body(edit).when().put(RECORDS + "/nope").then().statusCode(404);

        clock.advance(Duration.ofHours(25));
        hr.as().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "servedAt", Jobs.now().minusDays(1).toString(), "note", "太迟"))
                .when().put(RECORDS + "/" + id).then().statusCode(409);
        assertThat(db.row("select note from service_record where id = ?", id)).containsEntry("note", "改稿");
        // no deletes: it is a log
        hr.as().when().delete(RECORDS + "/" + id).then().statusCode(405);
    }

    @Test
    void follow_ups_due_are_listed_until_done_and_done_once() {
        Api.Session hr = ServiceFixtures.hr();
        String employerId = ServiceFixtures.employerServedBy(hr);
        Map<String, Object> dueToday = ServiceFixtures.forEmployer(employerId, "今天跟进");
        dueToday.put("followUpOn", Jobs.now().atZoneSameInstant(ZONE).toLocalDate().toString());
        Map<String, Object> dueLater = ServiceFixtures.forEmployer(employerId, "下周跟进");
        String later = Jobs.now().atZoneSameInstant(ZONE).toLocalDate().plusDays(7).toString();
        dueLater.put("followUpOn", later);
        String today = ServiceFixtures.log(hr, dueToday);
        String next = ServiceFixtures.log(hr, dueLater);
        String none = ServiceFixtures.log(hr, ServiceFixtures.forEmployer(employerId, "无需跟进"));
        // someone else's follow-ups are not the caller's
        Api.Session other = ServiceFixtures.hr();
        Map<String, Object> theirs = ServiceFixtures.forEmployer(ServiceFixtures.employerServedBy(other), "别人的");
        theirs.put("followUpOn", dueToday.get("followUpOn"));
        String othersId = ServiceFixtures.log(other, theirs);

        assertThat(hr.as().when().get(RECORDS + "/follow-ups").then().statusCode(200).extract().<List<String>>path("items.id"))
                .containsExactly(today);
        assertThat(hr.as().queryParam("due", later).when().get(RECORDS + "/follow-ups").then().statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(today, next);
        hr.as().queryParam("due", "soon").when().get(RECORDS + "/follow-ups").then().statusCode(400)
                .body("violations[0].field", equalTo("due"));

        hr.as().when().post(RECORDS + "/" + today + "/follow-up-done").then().statusCode(200)
                .body("id", equalTo(today)).body("followUpDoneAt", org.hamcrest.Matchers.notNullValue());
        assertThat(db.row("select follow_up_done_at from service_record where id = ?", today).get("follow_up_done_at")).isNotNull();
        hr.as().when().post(RECORDS + "/" + today + "/follow-up-done").then().statusCode(409);
        hr.as().when().post(RECORDS + "/" + none + "/follow-up-done").then().statusCode(409);
        hr.as().when().post(RECORDS + "/" + othersId + "/follow-up-done").then().statusCode(404);
        assertThat(db.row("select follow_up_done_at from service_record where id = ?", othersId).get("follow_up_done_at")).isNull();
        assertThat(hr.as().queryParam("due", later).when().get(RECORDS + "/follow-ups").then().statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(next).doesNotContain(othersId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_summary_counts_records_by_channel_and_distinct_employers_and_seekers_per_staff_member() {
        Api.Session hr = ServiceFixtures.hr();
        String e1 = ServiceFixtures.employerServedBy(hr);
        String e2 = ServiceFixtures.employerServedBy(hr);
        Api.Session seeker = Seekers.registered(Api.unique("sm"), ServiceFixtures.phone());
        ServiceFixtures.log(hr, ServiceFixtures.forEmployer(e1, "一"));
        ServiceFixtures.log(hr, ServiceFixtures.forEmployer(e1, "二"));
        Map<String, Object> wechat = ServiceFixtures.forEmployer(e2, "三");
        wechat.put("channel", "WECHAT");
        ServiceFixtures.log(hr, wechat);
        ServiceFixtures.log(hr, ServiceFixtures.forSeeker(seeker.id(), "四"));
        ServiceFixtures.log(hr, ServiceFixtures.forSeeker(seeker.id(), "五"));
        Map<String, Object> old = ServiceFixtures.forEmployer(e2, "去年");
        old.put("servedAt", Jobs.now().minusDays(400).toString());
        ServiceFixtures.log(hr, old);

        JsonPath all = Api.admin().as().when().get(RECORDS + "/summary").then().statusCode(200).extract().jsonPath();
        Map<String, Object> mine = all.getMap("staff.find { it.staffId == '" + hr.id() + "' }");
        assertThat(mine).containsEntry("records", 6).containsEntry("employers", 2).containsEntry("seekers", 1);
        assertThat((String) mine.get("staffName")).startsWith("测试hr");
        assertThat((Map<String, Object>) mine.get("byChannel")).containsEntry("VISIT", 3).containsEntry("WECHAT", 1)
                .containsEntry("PHONE", 2).containsEntry("ONSITE", 0);

        String from = Jobs.now().minusDays(30).atZoneSameInstant(ZONE).toLocalDate().toString();
        JsonPath recent = Api.admin().as().queryParam("from", from).when().get(RECORDS + "/summary").then().statusCode(200)
                .body("from", equalTo(from)).extract().jsonPath();
        Map<String, Object> recentMine = recent.getMap("staff.find { it.staffId == '" + hr.id() + "' }");
        assertThat(recentMine).containsEntry("records", 5).containsEntry("employers", 2);
        assertThat((Map<String, Object>) recentMine.get("byChannel")).containsEntry("VISIT", 2);
        Api.admin().as().queryParam("to", "x").when().get(RECORDS + "/summary").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    private static void refused(Api.Session hr, String employerId, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = ServiceFixtures.forEmployer(employerId, "无效");
        change.accept(body);
        hr.as().contentType(ContentType.JSON).body(body).when().post(RECORDS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field))
                .body("violations[0].field", equalTo(field))
                .body("$", not(org.hamcrest.Matchers.hasKey("stackTrace")));
    }
}
