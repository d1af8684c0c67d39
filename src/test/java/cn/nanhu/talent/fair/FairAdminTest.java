package cn.nanhu.talent.fair;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static cn.nanhu.talent.support.Fairs.ADMIN_FAIRS;
import static cn.nanhu.talent.support.Fairs.PUBLIC_FAIRS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.nanhu.talent.content.ContentFixtures;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fairs as admins run them: drafts, validation, editing, publishing, cancelling, the clock, and who may do what. */
@QuarkusTest
class FairAdminTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_admin_creates_a_draft_that_only_admins_can_see() {
        Api.Session admin = Api.admin();
        String title = Api.unique("春季招聘会");

        String id = admin.as().contentType(ContentType.JSON).body(Fairs.offline(title))
                .when().post(ADMIN_FAIRS)
                .then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("id", notNullValue())
                .extract().path("id");

        Map<String, Object> row = db.row("select title, mode, venue, district_code, capacity, signups, published_at, cancelled_at,"
                + " created_by from fair where id = ?", id);
        assertThat(row).containsEntry("title", title).containsEntry("mode", "OFFLINE")
                .containsEntry("venue", "南湖区人力资源市场一楼大厅").containsEntry("district_code", "330402")
                .containsEntry("capacity", 100).containsEntry("signups", 0).containsEntry("created_by", admin.id());
        assertThat(row.get("published_at")).isNull();
        assertThat(row.get("cancelled_at")).isNull();

        admin.as().when().get(ADMIN_FAIRS + "/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("title", equalTo(title)).body("districtName", equalTo("南湖区"))
                .body("capacity", equalTo(100)).body("remaining", equalTo(100))
                .body("$", not(org.hamcrest.Matchers.hasKey("publishedAt")));
        assertThat(adminIds(admin)).contains(id);

        given().when().get(PUBLIC_FAIRS + "/" + id).then().statusCode(404);
        given().when().get(PUBLIC_FAIRS + "/" + id + "/jobs").then().statusCode(404);
        assertThat(Fairs.publicIds(null)).doesNotContain(id);
    }

    @Test
    void invalid_fairs_are_refused_naming_the_field() {
        Api.Session admin = Api.admin();
        OffsetDateTime start = Jobs.now().plus(Duration.ofDays(3));

        refused(admin, "endAt", b -> b.put("endAt", start.minus(Duration.ofHours(1)).format(ISO_OFFSET_DATE_TIME)));
        refused(admin, "endAt", b -> b.put("endAt", start.format(ISO_OFFSET_DATE_TIME)));
        refused(admin, "venue", b -> b.remove("venue"));
        refused(admin, "districtCode", b -> b.remove("districtCode"));
        refused(admin, "districtCode", b -> b.put("districtCode", "999999"));
        refused(admin, "capacity", b -> b.put("capacity", 0));
        refused(admin, "mode", b -> b.put("mode", "HYBRID"));

        admin.as().contentType(ContentType.JSON)
                .when().post(ADMIN_FAIRS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void an_admin_edits_a_draft_publishes_it_once_and_cancels_it() {
        Api.Session admin = Api.admin();
        String title = Api.unique("秋季招聘会");
        String id = Fairs.draft(admin, Fairs.body(title));

        Map<String, Object> edit = Fairs.offline(title + "（改）");
        edit.put("capacity", 250);
        admin.as().contentType(ContentType.JSON).body(edit).when().put(ADMIN_FAIRS + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo(title + "（改）")).body("mode", equalTo("OFFLINE")).body("capacity", equalTo(250))
                .body("status", equalTo("DRAFT"));
        assertThat(db.row("select title, mode, capacity, venue from fair where id = ?", id))
                .containsEntry("title", title + "（改）").containsEntry("mode", "OFFLINE").containsEntry("capacity", 250)
                .containsEntry("venue", "南湖区人力资源市场一楼大厅");

        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        assertThat(db.row("select published_at from fair where id = ?", id).get("published_at")).isNotNull();
        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/publish").then().statusCode(409);
        given().when().get(PUBLIC_FAIRS + "/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("title", equalTo(title + "（改）"));
        assertThat(Fairs.publicIds(null)).contains(id);
        assertThat(Fairs.publicIds("PUBLISHED")).contains(id);

        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(db.row("select cancelled_at from fair where id = ?", id).get("cancelled_at")).isNotNull();
        assertThat(Fairs.publicIds(null)).doesNotContain(id);
        assertThat(Fairs.publicIds("PUBLISHED")).doesNotContain(id);
        admin.as().when().get(ADMIN_FAIRS + "/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));

        // a cancelled fair is over: no second cancellation, no edits
        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/cancel").then().statusCode(409);
        admin.as().contentType(ContentType.JSON).body(Fairs.body(title + "（再改）")).when().put(ADMIN_FAIRS + "/" + id)
                .then().statusCode(409);
        assertThat(db.row("select title from fair where id = ?", id)).containsEntry("title", title + "（改）");
    }

    @Test
    void a_cover_is_the_admins_own_image_and_everyone_signed_in_may_read_it_once_the_fair_is_published() {
        Api.Session admin = Api.admin();
        Api.Session seeker = Api.wechatUser(Api.unique("cover"));
        String seekersFile = ContentFixtures.uploadPng(seeker);
        String pdf = ContentFixtures.uploadPdf(admin);
        String cover = ContentFixtures.uploadPng(admin);
        Map<String, Object> body = Fairs.body(Api.unique("封面招聘会"));

        body.put("coverFileId", seekersFile);
        admin.as().contentType(ContentType.JSON).body(body).when().post(ADMIN_FAIRS).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("coverFileId"));
        body.put("coverFileId", pdf);
        admin.as().contentType(ContentType.JSON).body(body).when().post(ADMIN_FAIRS).then().statusCode(400)
                .body("violations[0].field", equalTo("coverFileId"));
        body.put("coverFileId", cover);
        String id = Fairs.draft(admin, body);
        assertThat(db.row("select cover_file_id from fair where id = ?", id)).containsEntry("cover_file_id", cover);

        // a draft's cover stays private; published, every signed-in account may read it; cancelled, private again
        seeker.as().when().get("/api/v1/files/" + cover).then().statusCode(404);
        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/publish").then().statusCode(200);
        seeker.as().when().get("/api/v1/files/" + cover).then().statusCode(200).contentType("image/png");
        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/cancel").then().statusCode(200);
        seeker.as().when().get("/api/v1/files/" + cover).then().statusCode(404);
    }

    @Test
    void the_capacity_cannot_drop_below_the_tickets_given() {
        Api.Session admin = Api.admin();
        String title = Api.unique("名额招聘会");
        Map<String, Object> body = Fairs.body(title);
        body.put("capacity", 5);
        String id = Fairs.published(admin, body);
        Fairs.signup(Api.wechatUser(Api.unique("cap1")), id);
        Fairs.signup(Api.wechatUser(Api.unique("cap2")), id);

        body.put("capacity", 1);
        admin.as().contentType(ContentType.JSON).body(body).when().put(ADMIN_FAIRS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("capacity"));
        assertThat(db.row("select capacity, signups from fair where id = ?", id))
                .containsEntry("capacity", 5).containsEntry("signups", 2);

        body.put("capacity", 2);
        admin.as().contentType(ContentType.JSON).body(body).when().put(ADMIN_FAIRS + "/" + id)
                .then().statusCode(200).body("capacity", equalTo(2)).body("signups", equalTo(2)).body("remaining", equalTo(0));
        assertThat(db.row("select capacity from fair where id = ?", id)).containsEntry("capacity", 2);
    }

    /**
     * A sign-up that commits between an admin edit's read of the fair and its write must survive the
     * edit, and the capacity must still hold afterwards.
     */
    @Test
    void an_edit_racing_a_sign_up_keeps_the_sign_up_count() throws Exception {
        Api.Session admin = Api.admin();
        String title = Api.unique("竞争招聘会");
        Map<String, Object> body = Fairs.body(title);
        body.put("capacity", 1);
        String fairId = Fairs.published(admin, body);
        Api.Session racer = Api.wechatUser(Api.unique("racer"));
        Api.Session later = Api.wechatUser(Api.unique("later"));
        body.put("title", title + "（改）");

        int status = Fairs.racingASignUp(fairId, racer.id(), () -> admin.as().contentType(ContentType.JSON).body(body)
                .when().put(ADMIN_FAIRS + "/" + fairId).statusCode());
        assertThat(status).isIn(200, 409);

        assertThat(db.count("select count(*) from fair_ticket where fair_id = ?", fairId)).isEqualTo(1);
        assertThat(db.row("select signups from fair where id = ?", fairId))
                .as("the fair's count of tickets after an edit that raced a sign-up").containsEntry("signups", 1);
        // the fair is full: no second ticket for a capacity of one
        later.as().when().post(Fairs.SEEKER_FAIRS + "/" + fairId + "/signup").then().statusCode(409);
        assertThat(db.count("select count(*) from fair_ticket where fair_id = ?", fairId)).isEqualTo(1);
    }

    @Test
    void the_status_follows_the_clock_in_admin_and_public_views() {
        Api.Session admin = Api.admin();
        String title = Api.unique("时钟招聘会");
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        Map<String, Object> body = Fairs.body(title, start, start.plus(Duration.ofHours(2)));
        String id = Fairs.published(admin, body);

        assertStatus(admin, id, "PUBLISHED");
        assertThat(Fairs.publicIds("PUBLISHED")).contains(id);
        assertThat(Fairs.publicIds("ONGOING")).doesNotContain(id);
        assertThat(Fairs.publicIds("ENDED")).doesNotContain(id);

        clock.advance(Duration.ofMinutes(61));
        assertStatus(admin, id, "ONGOING");
        assertThat(Fairs.publicIds("ONGOING")).contains(id);
        assertThat(Fairs.publicIds("PUBLISHED")).doesNotContain(id);
        assertThat(Fairs.publicIds("ENDED")).doesNotContain(id);
        assertThat(Fairs.publicIds(null)).contains(id);

        // under way: no more edits
        body.put("title", title + "（改）");
        admin.as().contentType(ContentType.JSON).body(body).when().put(ADMIN_FAIRS + "/" + id).then().statusCode(409);
        assertThat(db.row("select title from fair where id = ?", id)).containsEntry("title", title);

        clock.advance(Duration.ofHours(2));
        assertStatus(admin, id, "ENDED");
        assertThat(Fairs.publicIds("ENDED")).contains(id);
        assertThat(Fairs.publicIds("ONGOING")).doesNotContain(id);
        assertThat(Fairs.publicIds("PUBLISHED")).doesNotContain(id);
        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/cancel").then().statusCode(409);
        assertThat(db.row("select cancelled_at from fair where id = ?", id).get("cancelled_at")).isNull();
    }

    @Test
    void the_public_list_runs_soonest_first_and_pages_without_repeats() {
        Api.Session admin = Api.admin();
        OffsetDateTime base = Jobs.now().plus(Duration.ofDays(5));
        String third = Fairs.published(admin, Fairs.body(Api.unique("第三场"), base.plus(Duration.ofHours(3)), base.plus(Duration.ofHours(5))));
        String first = Fairs.published(admin, Fairs.body(Api.unique("第一场"), base.plus(Duration.ofHours(1)), base.plus(Duration.ofHours(5))));
        String second = Fairs.published(admin, Fairs.body(Api.unique("第二场"), base.plus(Duration.ofHours(2)), base.plus(Duration.ofHours(5))));
        String draft = Fairs.draft(admin, Fairs.body(Api.unique("草稿场"), base.plus(Duration.ofHours(2)), base.plus(Duration.ofHours(5))));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParam("size", 2).queryParam("status", "PUBLISHED");
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(PUBLIC_FAIRS).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            assertThat(page.getList("items.status", String.class)).containsOnly("PUBLISHED");
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(paged).doesNotHaveDuplicates().doesNotContain(draft).containsSubsequence(first, second, third);
        assertThat(paged).isEqualTo(Fairs.publicIds("PUBLISHED"));
        given().queryParam("cursor", "not-a-cursor").when().get(PUBLIC_FAIRS).then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void the_public_list_refuses_an_unknown_status() {
        for (String status : List.of("DRAFT", "CANCELLED", "ongoing", "SOON")) {
            given().queryParam("status", status).when().get(PUBLIC_FAIRS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("status"));
        }
    }

    @Test
    void admin_endpoints_refuse_anonymous_callers_seekers_and_reviewers() {
        Api.Session admin = Api.admin();
        String id = Fairs.draft(admin, Fairs.body(Api.unique("权限招聘会")));
        String title = Api.unique("不该创建");
        Api.Session seeker = Api.wechatUser(Api.unique("nosy"));
        Api.Session reviewer = Api.newStaff(Api.unique("rv"), "REVIEWER");

        given().contentType(ContentType.JSON).body(Fairs.body(title)).when().post(ADMIN_FAIRS).then().statusCode(401);
        given().when().get(ADMIN_FAIRS).then().statusCode(401);
        given().when().get(ADMIN_FAIRS + "/" + id).then().statusCode(401);
        given().when().post(ADMIN_FAIRS + "/" + id + "/publish").then().statusCode(401);
        given().when().get(ADMIN_FAIRS + "/" + id + "/stats").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("ticketCode", "ABCDEFGHJK"))
                .when().post(ADMIN_FAIRS + "/" + id + "/checkins").then().statusCode(401);

        for (Api.Session outsider : List.of(seeker, reviewer)) {
            outsider.as().contentType(ContentType.JSON).body(Fairs.body(title)).when().post(ADMIN_FAIRS).then().statusCode(403);
            outsider.as().when().get(ADMIN_FAIRS).then().statusCode(403);
            outsider.as().when().get(ADMIN_FAIRS + "/" + id).then().statusCode(403);
            outsider.as().contentType(ContentType.JSON).body(Fairs.body(title)).when().put(ADMIN_FAIRS + "/" + id).then().statusCode(403);
            outsider.as().when().post(ADMIN_FAIRS + "/" + id + "/publish").then().statusCode(403);
            outsider.as().when().post(ADMIN_FAIRS + "/" + id + "/cancel").then().statusCode(403);
            outsider.as().when().get(ADMIN_FAIRS + "/" + id + "/stats").then().statusCode(403);
            outsider.as().contentType(ContentType.JSON).body(Map.of("ticketCode", "ABCDEFGHJK"))
                    .when().post(ADMIN_FAIRS + "/" + id + "/checkins").then().statusCode(403);
        }

        assertThat(db.count("select count(*) from fair where title = ?", title)).isZero();
        assertThat(db.row("select published_at, cancelled_at from fair where id = ?", id))
                .containsEntry("published_at", null).containsEntry("cancelled_at", null);
    }

    @Test
    void service_staff_read_stats_and_check_in_but_cannot_run_fairs() {
        Api.Session admin = Api.admin();
        Api.Session service = Api.newStaff(Api.unique("svc"), "SERVICE");
        String title = Api.unique("服务招聘会");
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        String id = Fairs.published(admin, Fairs.body(title, start, start.plus(Duration.ofHours(4))));
        Map<String, Object> ticket = Fairs.signup(Api.wechatUser(Api.unique("svcseek")), id);

        service.as().contentType(ContentType.JSON).body(Fairs.body(Api.unique("服务不该创建"))).when().post(ADMIN_FAIRS)
                .then().statusCode(403);
        service.as().when().get(ADMIN_FAIRS).then().statusCode(403);
        service.as().when().post(ADMIN_FAIRS + "/" + id + "/cancel").then().statusCode(403);
        service.as().contentType(ContentType.JSON).body(Fairs.body(title + "x")).when().put(ADMIN_FAIRS + "/" + id).then().statusCode(403);

        service.as().when().get(ADMIN_FAIRS + "/" + id + "/stats").then().statusCode(200)
                .body("fairId", equalTo(id)).body("status", equalTo("PUBLISHED")).body("signups", equalTo(1))
                .body("checkins", equalTo(0));
        service.as().contentType(ContentType.JSON).body(Map.of("ticketCode", ticket.get("ticketCode")))
                .when().post(ADMIN_FAIRS + "/" + id + "/checkins").then().statusCode(200)
                .body("ticketId", equalTo(ticket.get("id"))).body("checkedInAt", notNullValue());

        assertThat(db.row("select checked_in_by from fair_ticket where id = ?", ticket.get("id")))
                .containsEntry("checked_in_by", service.id());
        assertThat(db.row("select title, cancelled_at from fair where id = ?", id))
                .containsEntry("title", title).containsEntry("cancelled_at", null);
        service.as().when().get(ADMIN_FAIRS + "/" + id + "/stats").then().statusCode(200).body("checkins", equalTo(1));
    }

    private void refused(Api.Session admin, String field, Consumer<Map<String, Object>> change) {
        String title = Api.unique("无效招聘会");
        OffsetDateTime start = Jobs.now().plus(Duration.ofDays(3));
        Map<String, Object> body = new HashMap<>(Fairs.offline(title));
        body.put("startAt", start.format(ISO_OFFSET_DATE_TIME));
        body.put("endAt", start.plus(Duration.ofHours(6)).format(ISO_OFFSET_DATE_TIME));
        change.accept(body);
        admin.as().contentType(ContentType.JSON).body(body).when().post(ADMIN_FAIRS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(db.count("select count(*) from fair where title = ?", title)).as("no fair stored for a bad " + field).isZero();
    }

    private static void assertStatus(Api.Session admin, String id, String status) {
        admin.as().when().get(ADMIN_FAIRS + "/" + id).then().statusCode(200).body("status", equalTo(status));
        given().when().get(PUBLIC_FAIRS + "/" + id).then().statusCode(200).body("status", equalTo(status));
        admin.as().when().get(ADMIN_FAIRS + "/" + id + "/stats").then().statusCode(200).body("status", equalTo(status));
    }

    private static List<String> adminIds(Api.Session admin) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = admin.as().queryParam("size", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(ADMIN_FAIRS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }
}
