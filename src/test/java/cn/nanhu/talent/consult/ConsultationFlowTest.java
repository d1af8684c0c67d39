package cn.nanhu.talent.consult;

import static cn.nanhu.talent.consult.Consults.STAFF;
import static cn.nanhu.talent.consult.Consults.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A ticket's life: opened, answered (the asker is notified), asked again, closed, reopened, rated. */
@QuarkusTest
class ConsultationFlowTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    ConsultationEntry entry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_seeker_opens_a_ticket_that_waits_for_staff() {
        Api.Session seeker = Api.wechatUser(Api.unique("open"));
        String topic = Api.unique("社保咨询");

        JsonPath t = seeker.as().contentType(ContentType.JSON).body(Map.of("topic", "  " + topic + "  ", "content", "怎么办理？"))
                .when().post(USER).then().statusCode(201).extract().jsonPath();

        String id = t.getString("id");
        assertThat(id).hasSize(26);
        assertThat(t.getString("status")).isEqualTo("OPEN");
        assertThat(t.getString("topic")).isEqualTo(topic);
        assertThat(t.getBoolean("asEmployer")).isFalse();
        assertThat(t.getList("messages.from")).containsExactly("ASKER");
        assertThat(t.getList("messages.content")).containsExactly("怎么办理？");
        Map<String, Object> row = db.row("select asker_user_id, employer_id, status, due_at, waiting_since, last_staff_reply_at from consultation where id = ?", id);
        assertThat(row).containsEntry("asker_user_id", seeker.id()).containsEntry("employer_id", null).containsEntry("status", "OPEN")
                .containsEntry("last_staff_reply_at", null);
        assertThat(row.get("due_at")).isNotNull();
        assertThat(row.get("waiting_since")).isNotNull();
        assertThat(db.row("select author_kind, author_id, content from consultation_message where consultation_id = ?", id))
                .containsEntry("author_kind", "USER").containsEntry("author_id", seeker.id()).containsEntry("content", "怎么办理？");
    }

    @Test
    void a_staff_answer_makes_it_answered_notifies_the_asker_and_shows_unread_until_read() {
        Api.Session hr = Consults.service("ans");
        Api.Session seeker = Api.wechatUser(Api.unique("ans"));
        seeker.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of("tmpl-consultation-reply")))
                .when().post("/api/v1/me/subscriptions").then().statusCode(200);
        String id = Consults.openAssigned(seeker, "档案转递", hr);

        hr.as().contentType(ContentType.JSON).body(Map.of("content", "  请带身份证到区人才中心办理。 ")).when().post(STAFF + "/" + id + "/messages")
                .then().statusCode(200).body("status", equalTo("ANSWERED")).body("dueAt", nullValue()).body("overdue", equalTo(false))
                .body("messages.from", contains("ASKER", "STAFF")).body("messages[1].content", equalTo("请带身份证到区人才中心办理。"))
                .body("messages[1].authorName", equalTo("测试" + db.row("select username from staff_account where id = ?", hr.id()).get("username")));

        assertThat(db.row("select status, due_at, waiting_since from consultation where id = ?", id))
                .containsEntry("status", "ANSWERED").containsEntry("due_at", null).containsEntry("waiting_since", null);
        Map<String, Object> notice = db.row("select kind, title, link from notification where user_id = ?", seeker.id());
        assertThat(notice).containsEntry("kind", "CONSULTATION_REPLY").containsEntry("link", "pages/consult/detail?id=" + id);
        assertThat((String) notice.get("title")).contains("档案转递");
        assertThat(db.count("select count(*) from outbox where payload like ? and payload like ?", "%tmpl-consultation-reply%",
                "%" + seeker.id() + "%")).isEqualTo(1);
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'CONSULTATION_REPLIED' and actor_id = ?",
                id, hr.id())).isEqualTo(1);

        seeker.as().when().get(USER).then().statusCode(200).body("items.find { it.id == '" + id + "' }.answeredUnread", equalTo(true));
        assertThat(entry.openTickets(seeker.id(), 5)).singleElement()
                .satisfies(card -> assertThat(card.answeredUnread()).isTrue())
                .satisfies(card -> assertThat(card.status()).isEqualTo("ANSWERED"));
        seeker.as().when().get(USER + "/" + id).then().statusCode(200).body("messages", hasSize(2))
                .body("assigneeName", notNullValue()).body("messages[1].from", equalTo("STAFF"));
        seeker.as().when().get(USER).then().statusCode(200).body("items.find { it.id == '" + id + "' }.answeredUnread", equalTo(false));
        assertThat(entry.openTickets(seeker.id(), 5).get(0).answeredUnread()).isFalse();
    }

    @Test
    void the_asker_writing_again_makes_it_wait_for_staff_with_a_new_due_time() {
        Api.Session hr = Consults.service("again");
        Api.Session seeker = Api.wechatUser(Api.unique("again"));
        String id = Consults.openAssigned(seeker, "再次追问", hr);
        Consults.reply(hr, id, "已收到。");
        clock.advance(Duration.ofHours(3));

        seeker.as().contentType(ContentType.JSON).body(Map.of("content", "还有一个问题")).when().post(USER + "/" + id + "/messages")
                .then().statusCode(200).body("status", equalTo("OPEN")).body("messages", hasSize(3));

        Map<String, Object> row = db.row("select status, due_at, waiting_since from consultation where id = ?", id);
        assertThat(row).containsEntry("status", "OPEN");
        assertThat(row.get("due_at")).isNotNull();
        hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("status", equalTo("OPEN")).body("dueAt", notNullValue());
    }

    @Test
    void a_closed_ticket_takes_no_messages_and_reopens_only_within_seven_days() {
        Api.Session hr = Consults.service("close");
        Api.Session seeker = Api.wechatUser(Api.unique("close"));
        String id = Consults.openAssigned(seeker, "关闭再开", hr);

        seeker.as().when().post(USER + "/" + id + "/reopen").then().statusCode(409).contentType("application/problem+json");
        seeker.as().when().post(USER + "/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("canReopen", equalTo(true));
        assertThat(db.row("select status, due_at from consultation where id = ?", id)).containsEntry("status", "CLOSED").containsEntry("due_at", null);
        seeker.as().when().post(USER + "/" + id + "/close").then().statusCode(409);
        seeker.as().contentType(ContentType.JSON).body(Map.of("content", "关了还能说吗")).when().post(USER + "/" + id + "/messages")
                .then().statusCode(409).contentType("application/problem+json");
        hr.as().contentType(ContentType.JSON).body(Map.of("content", "补充一句")).when().post(STAFF + "/" + id + "/messages").then().statusCode(409);
        assertThat(db.count("select count(*) from consultation_message where consultation_id = ?", id)).isEqualTo(1);

        clock.advance(Duration.ofDays(6));
        seeker.as().when().post(USER + "/" + id + "/reopen").then().statusCode(200).body("status", equalTo("OPEN"));
        assertThat(db.row("select status, closed_at, assignee_id from consultation where id = ?", id))
                .containsEntry("status", "OPEN").containsEntry("closed_at", null).containsEntry("assignee_id", hr.id());

        seeker.as().when().post(USER + "/" + id + "/close").then().statusCode(200);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        seeker.as().when().get(USER + "/" + id).then().statusCode(200).body("canReopen", equalTo(false));
        seeker.as().when().post(USER + "/" + id + "/reopen").then().statusCode(409).contentType("application/problem+json");
        assertThat(db.row("select status from consultation where id = ?", id)).containsEntry("status", "CLOSED");
    }

    @Test
    void the_asker_rates_once_after_an_answer() {
        Api.Session hr = Consults.service("rate");
        Api.Session seeker = Api.wechatUser(Api.unique("rate"));
        String id = Consults.openAssigned(seeker, "评价", hr);
        String rating = USER + "/" + id + "/rating";

        seeker.as().contentType(ContentType.JSON).body(Map.of("score", 5)).when().post(rating).then().statusCode(409);
        Consults.reply(hr, id, "答复");
        seeker.as().contentType(ContentType.JSON).body(Map.of("score", 0)).when().post(rating)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("score"));
        seeker.as().contentType(ContentType.JSON).body(Map.of("score", 6)).when().post(rating)
                .then().statusCode(400).body("violations[0].field", equalTo("score"));
        seeker.as().contentType(ContentType.JSON).body(Map.of("comment", "好")).when().post(rating)
                .then().statusCode(400).body("violations[0].field", equalTo("score"));

        seeker.as().contentType(ContentType.JSON).body(Map.of("score", 4, "comment", " 很耐心 ")).when().post(rating)
                .then().statusCode(200).body("rating.score", equalTo(4)).body("rating.comment", equalTo("很耐心"));
        seeker.as().contentType(ContentType.JSON).body(Map.of("score", 1)).when().post(rating).then().statusCode(409);
        assertThat(db.row("select rating_score, rating_comment from consultation where id = ?", id))
                .containsEntry("rating_score", 4).containsEntry("rating_comment", "很耐心");
        hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("rating.score", equalTo(4));
    }

    @Test
    void staff_see_the_asker_masked_and_never_an_openid() {
        Api.Session hr = Consults.service("mask");
        String phone = "138" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        Api.Session seeker = Seekers.registered(Api.unique("mask"), phone);
        String id = Consults.openAssigned(seeker, "脱敏", hr);

        String body = hr.as().when().get(STAFF + "/" + id).then().statusCode(200)
                .body("asker.phoneMasked", equalTo("138****" + phone.substring(7))).body("kind", equalTo("SEEKER"))
                .body("asker.displayName", equalTo("林**")).extract().asString();
        assertThat(body).doesNotContain(phone).doesNotContain("oid-").doesNotContain(seeker.id());
        String list = hr.as().queryParam("assignee", "me").when().get(STAFF).then().statusCode(200).extract().asString();
        assertThat(list).doesNotContain(phone).doesNotContain("oid-");
    }

    @Test
    void the_home_card_lists_open_tickets_newest_activity_first() {
        Api.Session seeker = Api.wechatUser(Api.unique("home"));
        Api.Session nobody = Api.wechatUser(Api.unique("nobody"));
        String older = Consults.open(seeker, "较早的");
        clock.advance(Duration.ofMinutes(1));
        String newer = Consults.open(seeker, "较新的");
        clock.advance(Duration.ofMinutes(1));
        String closed = Consults.open(seeker, "关掉的");
        seeker.as().when().post(USER + "/" + closed + "/close").then().statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        seeker.as().contentType(ContentType.JSON).body(Map.of("content", "补充")).when().post(USER + "/" + older + "/messages").then().statusCode(200);

        assertThat(entry.openTickets(seeker.id(), 10)).extracting(ConsultationEntry.TicketCard::id).containsExactly(older, newer);
        assertThat(entry.openTickets(seeker.id(), 1)).extracting(ConsultationEntry.TicketCard::id).containsExactly(older);
        assertThat(entry.openTickets(nobody.id(), 5)).isEmpty();
        seeker.as().queryParam("size", 2).when().get(USER).then().statusCode(200)
                .body("items.id", contains(older, closed)).body("nextCursor", notNullValue());
        String cursor = seeker.as().queryParam("size", 2).when().get(USER).then().extract().path("nextCursor");
        seeker.as().queryParam("size", 2).queryParam("cursor", cursor).when().get(USER).then().statusCode(200)
                .body("items.id", contains(newer)).body("nextCursor", nullValue());
    }

    @Test
    void deleting_the_account_erases_the_askers_texts_and_keeps_the_counts() {
        Api.Session hr = Consults.service("del");
        Api.Session seeker = Api.wechatUser(Api.unique("del"));
        String id = Consults.openAssigned(seeker, "注销前的咨询", hr);
        Consults.reply(hr, id, "工作人员的答复");

        seeker.as().when().delete("/api/v1/me").then().statusCode(204);

        assertThat(db.row("select topic, status, asker_deleted from consultation where id = ?", id))
                .containsEntry("topic", "已注销用户的咨询").containsEntry("status", "CLOSED").containsEntry("asker_deleted", true);
        assertThat(db.count("select count(*) from consultation_message where consultation_id = ?", id)).isEqualTo(2);
        assertThat(db.row("select content, erased from consultation_message where consultation_id = ? and author_kind = 'USER'", id))
                .containsEntry("content", "").containsEntry("erased", true);
        assertThat(db.row("select content from consultation_message where consultation_id = ? and author_kind = 'STAFF'", id))
                .containsEntry("content", "工作人员的答复");
        hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("asker.displayName", equalTo("已注销用户"))
                .body("asker.phoneMasked", nullValue()).body("messages[0].erased", equalTo(true)).body("messages[0].content", nullValue());
    }
}
