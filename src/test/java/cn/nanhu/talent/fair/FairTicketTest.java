package cn.nanhu.talent.fair;

import static cn.nanhu.talent.support.Fairs.ADMIN_FAIRS;
import static cn.nanhu.talent.support.Fairs.PUBLIC_FAIRS;
import static cn.nanhu.talent.support.Fairs.SEEKER_FAIRS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.WeChatFake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seekers' tickets: one each, never over the capacity, listed and shown as a code to their holder only. */
@QuarkusTest
class FairTicketTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_seeker_signs_up_once_and_gets_a_ticket_code() {
        Map<String, Object> body = Fairs.offline(Api.unique("门票招聘会"));
        body.put("capacity", 10);
        String fairId = Fairs.published(Api.admin(), body);
        Api.Session seeker = Api.wechatUser(Api.unique("tix"));

        JsonPath ticket = seeker.as().when().post(SEEKER_FAIRS + "/" + fairId + "/signup")
                .then().statusCode(201).extract().jsonPath();
        String id = ticket.getString("id");
        String code = ticket.getString("ticketCode");
        assertThat(id).hasSize(26);
        assertThat(code).hasSize(10).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");

        assertThat(db.row("select fair_id, user_id, ticket_code, checked_in_at from fair_ticket where id = ?", id))
                .containsEntry("fair_id", fairId).containsEntry("user_id", seeker.id()).containsEntry("ticket_code", code)
                .containsEntry("checked_in_at", null);
        assertThat(db.row("select signups from fair where id = ?", fairId)).containsEntry("signups", 1);
        given().when().get(PUBLIC_FAIRS + "/" + fairId).then().statusCode(200)
                .body("signups", equalTo(1)).body("remaining", equalTo(9));

        seeker.as().when().post(SEEKER_FAIRS + "/" + fairId + "/signup")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(db.count("select count(*) from fair_ticket where fair_id = ? and user_id = ?", fairId, seeker.id())).isEqualTo(1);
        assertThat(db.row("select signups from fair where id = ?", fairId)).containsEntry("signups", 1);
    }

    @Test
    void a_draft_is_not_found_and_cancelled_or_ended_fairs_take_no_signups() {
        Api.Session admin = Api.admin();
        String draft = Fairs.draft(admin, Fairs.body(Api.unique("草稿门票")));
        String cancelled = Fairs.published(admin, Fairs.body(Api.unique("取消门票")));
        admin.as().when().post(ADMIN_FAIRS + "/" + cancelled + "/cancel").then().statusCode(200);
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        String ending = Fairs.published(admin, Fairs.body(Api.unique("结束门票"), start, start.plus(Duration.ofHours(2))));
        Api.Session seeker = Api.wechatUser(Api.unique("nosign"));
        Api.Session late = Api.wechatUser(Api.unique("latesign"));

        seeker.as().when().post(SEEKER_FAIRS + "/" + draft + "/signup").then().statusCode(404);
        seeker.as().when().post(SEEKER_FAIRS + "/01ARZ3NDEKTSV4RRFFQ69G5FAV/signup").then().statusCode(404);
        seeker.as().when().post(SEEKER_FAIRS + "/" + cancelled + "/signup").then().statusCode(409);

        // while it runs seekers may still sign up; once it is over, not
        clock.advance(Duration.ofMinutes(90));
        seeker.as().when().post(SEEKER_FAIRS + "/" + ending + "/signup").then().statusCode(201);
        clock.advance(Duration.ofHours(2));
        late.as().when().post(SEEKER_FAIRS + "/" + ending + "/signup").then().statusCode(409);

        assertThat(db.count("select count(*) from fair_ticket where fair_id in (?, ?)", draft, cancelled)).isZero();
        assertThat(db.count("select count(*) from fair_ticket where user_id = ?", late.id())).isZero();
        assertThat(db.row("select signups from fair where id = ?", draft)).containsEntry("signups", 0);
        assertThat(db.row("select signups from fair where id = ?", cancelled)).containsEntry("signups", 0);
        assertThat(db.row("select signups from fair where id = ?", ending)).containsEntry("signups", 1);
    }

    @Test
    void concurrent_signups_never_exceed_the_capacity() throws Exception {
        Map<String, Object> body = Fairs.body(Api.unique("抢票招聘会"));
        body.put("capacity", 3);
        String fairId = Fairs.published(Api.admin(), body);
        List<Api.Session> seekers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seekers.add(Api.wechatUser(Api.unique("rush" + i)));
        }

        List<Integer> statuses = concurrently(seekers, fairId);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);

        assertThat(db.count("select count(*) from fair_ticket where fair_id = ?", fairId)).isEqualTo(3);
        assertThat(db.row("select signups, capacity from fair where id = ?", fairId))
                .containsEntry("signups", 3).containsEntry("capacity", 3);
        given().when().get(PUBLIC_FAIRS + "/" + fairId).then().statusCode(200)
                .body("signups", equalTo(3)).body("remaining", equalTo(0));
    }

    /**
     * A double tap: the second sign-up of the same seeker starts before the first commits, so both
     * pass the "already have a ticket" check. The second must still be the documented 409, not a 500
     * from the unique constraint.
     */
    @Test
    void a_second_sign_up_racing_the_first_is_a_409_not_a_server_error() throws Exception {
        Map<String, Object> body = Fairs.body(Api.unique("连点招聘会"));
        body.put("capacity", 10);
        String fairId = Fairs.published(Api.admin(), body);
        Api.Session seeker = Api.wechatUser(Api.unique("tapper"));

        Response second = Fairs.racingASignUp(fairId, seeker.id(), () -> seeker.as().when().post(SEEKER_FAIRS + "/" + fairId + "/signup"));

        assertThat(db.count("select count(*) from fair_ticket where fair_id = ? and user_id = ?", fairId, seeker.id())).isEqualTo(1);
        assertThat(db.row("select signups from fair where id = ?", fairId)).containsEntry("signups", 1);
        second.then().statusCode(409).contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("conflict"));
    }

    @Test
    void a_seeker_lists_only_their_own_tickets_and_reads_only_their_own_code() {
        Api.Session admin = Api.admin();
        String first = Fairs.published(admin, Fairs.offline(Api.unique("列表招聘会")));
        String second = Fairs.published(admin, Fairs.body(Api.unique("列表招聘会二")));
        Api.Session mine = Api.wechatUser(Api.unique("mine"));
        Api.Session theirs = Api.wechatUser(Api.unique("theirs"));
        Map<String, Object> a = Fairs.signup(mine, first);
        Map<String, Object> b = Fairs.signup(mine, second);
        Map<String, Object> c = Fairs.signup(theirs, first);

        JsonPath list = mine.as().when().get(SEEKER_FAIRS + "/tickets").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("id", String.class)).containsExactly((String) b.get("id"), (String) a.get("id"));
        assertThat(list.getString("find { it.id == '" + a.get("id") + "' }.fairId")).isEqualTo(first);
        assertThat(list.getString("find { it.id == '" + a.get("id") + "' }.ticketCode")).isEqualTo(a.get("ticketCode"));
        assertThat(list.getString("find { it.id == '" + a.get("id") + "' }.fairStatus")).isEqualTo("PUBLISHED");
        assertThat(list.getString("find { it.id == '" + a.get("id") + "' }.venue")).isEqualTo("南湖区人力资源市场一楼大厅");
        assertThat(list.getString("find { it.id == '" + a.get("id") + "' }.checkedInAt")).isNull();
        theirs.as().when().get(SEEKER_FAIRS + "/tickets").then().statusCode(200)
                .body("id", equalTo(List.of(c.get("id"))));

        Response code = mine.as().when().get(SEEKER_FAIRS + "/tickets/" + a.get("id") + "/qrcode");
        code.then().statusCode(200).contentType("image/png");
        assertThat(code.asByteArray()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(WeChatFake.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/wxa/getwxacodeunlimit"))))
                .anySatisfy(r -> assertThat(r.getBodyAsString()).contains("t=" + a.get("ticketCode")));

        mine.as().when().get(SEEKER_FAIRS + "/tickets/" + c.get("id") + "/qrcode").then().statusCode(404);
        theirs.as().when().get(SEEKER_FAIRS + "/tickets/" + a.get("id") + "/qrcode").then().statusCode(404);
        mine.as().when().get(SEEKER_FAIRS + "/tickets/not-a-ticket/qrcode").then().statusCode(404);
        assertThat(db.count("select count(*) from fair_ticket where user_id = ?", mine.id())).isEqualTo(2);
        assertThat(db.count("select count(*) from fair_ticket where user_id = ?", theirs.id())).isEqualTo(1);
    }

    @Test
    void anonymous_callers_and_staff_get_no_tickets() {
        String fairId = Fairs.published(Api.admin(), Fairs.body(Api.unique("无票招聘会")));
        Api.Session service = Api.newStaff(Api.unique("svct"), "SERVICE");
        Api.Session admin = Api.admin();

        given().when().post(SEEKER_FAIRS + "/" + fairId + "/signup").then().statusCode(401);
        given().when().get(SEEKER_FAIRS + "/tickets").then().statusCode(401);
        for (Api.Session staff : List.of(admin, service)) {
            staff.as().when().post(SEEKER_FAIRS + "/" + fairId + "/signup").then().statusCode(403);
            staff.as().when().get(SEEKER_FAIRS + "/tickets").then().statusCode(403);
        }

        assertThat(db.count("select count(*) from fair_ticket where fair_id = ?", fairId)).isZero();
        assertThat(db.row("select signups from fair where id = ?", fairId)).containsEntry("signups", 0);
    }

    /** Fires one sign-up per session at the same moment (threads released together by a latch); the statuses. */
    private static List<Integer> concurrently(List<Api.Session> sessions, String fairId) throws Exception {
        CountDownLatch ready = new CountDownLatch(sessions.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (Api.Session session : sessions) {
                calls.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return session.as().when().post(SEEKER_FAIRS + "/" + fairId + "/signup").statusCode();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
