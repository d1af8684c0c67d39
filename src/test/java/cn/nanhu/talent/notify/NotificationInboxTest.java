package cn.nanhu.talent.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inbox through its endpoints: paging, the unread filter, marking read, and who may see what. */
@QuarkusTest
class NotificationInboxTest {

    private static final String INBOX = "/api/v1/me/notifications";

    @Inject
    NotifyFixture fixture;
    @Inject
    MutableClock clock;
    @Inject
    Db db;

    @AfterEach
    void restore() {
        fixture.restore();
    }

    @Test
    void the_inbox_lists_newest_first_in_pages_and_can_show_only_the_unread() {
        Api.Session user = Api.wechatUser(Api.unique("inbox"));
        String first = fixture.notice(user.id(), "第一条");
        clock.advance(Duration.ofSeconds(1));
        String second = fixture.notice(user.id(), "第二条");
        clock.advance(Duration.ofSeconds(1));
        String third = fixture.notice(user.id(), "第三条");
        user.as().when().post(INBOX + "/" + second + "/read").then().statusCode(204);

        String next = user.as().queryParam("size", 2).when().get(INBOX)
                .then().statusCode(200)
                .body("items.id", contains(third, second))
                .body("items.read", contains(false, true))
                .body("items[0].kind", equalTo("REVIEW_RESULT"))
                .body("items[0].title", equalTo("第三条"))
                .body("items[0].body", equalTo("正文：第三条"))
                .body("items[0].link", equalTo(NotifyFixture.PAGE))
                .body("items[0].createdAt", matchesPattern(".*T.*(Z|[+-]\\d{2}:\\d{2})$"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        user.as().queryParam("size", 2).queryParam("cursor", next).when().get(INBOX)
                .then().statusCode(200)
                .body("items.id", contains(first))
                .body("nextCursor", nullValue());

        user.as().queryParam("unread", "true").when().get(INBOX)
                .then().statusCode(200)
                .body("items.id", contains(third, first))
                .body("nextCursor", nullValue());
        user.as().queryParam("unread", "false").when().get(INBOX)
                .then().statusCode(200)
                .body("items.id", contains(third, second, first));
    }

    @Test
    void reading_one_or_all_is_stored_and_the_unread_count_follows() {
        Api.Session user = Api.wechatUser(Api.unique("reader"));
        String one = fixture.notice(user.id(), "一");
        fixture.notice(user.id(), "二");
        fixture.notice(user.id(), "三");
        user.as().when().get(INBOX + "/unread-count").then().statusCode(200).body("count", equalTo(3));

        user.as().when().post(INBOX + "/" + one + "/read").then().statusCode(204);
        Object readAt = db.row("select read_at from notification where id = ?", one).get("read_at");
        assertThat(readAt).isNotNull();
        user.as().when().get(INBOX + "/unread-count").then().statusCode(200).body("count", equalTo(2));

        clock.advance(Duration.ofMinutes(5));
        user.as().when().post(INBOX + "/" + one + "/read").then().statusCode(204);
        assertThat(db.row("select read_at from notification where id = ?", one).get("read_at"))
                .as("reading again keeps the first read time").isEqualTo(readAt);

        user.as().when().post(INBOX + "/read-all").then().statusCode(204);
        user.as().when().get(INBOX + "/unread-count").then().statusCode(200).body("count", equalTo(0));
        assertThat(db.count("select count(*) from notification where user_id = ? and read_at is null", user.id())).isZero();
        user.as().when().get(INBOX).then().statusCode(200).body("items.read", contains(true, true, true));
    }

    @Test
    void another_user_can_neither_read_nor_mark_someone_elses_notification() {
        Api.Session owner = Api.wechatUser(Api.unique("owner"));
        Api.Session other = Api.wechatUser(Api.unique("other"));
        String id = fixture.notice(owner.id(), "只给本人");

        other.as().when().post(INBOX + "/" + id + "/read")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        other.as().when().post(INBOX + "/read-all").then().statusCode(204);
        other.as().when().get(INBOX).then().statusCode(200).body("items", empty());
        other.as().when().get(INBOX + "/unread-count").then().statusCode(200).body("count", equalTo(0));
        other.as().when().post(INBOX + "/01ARZ3NDEKTSV4RRFFQ69G5FAV/read").then().statusCode(404);
        other.as().when().post(INBOX + "/not-an-id/read").then().statusCode(404);

        assertThat(db.row("select read_at from notification where id = ?", id).get("read_at")).isNull();
        owner.as().when().get(INBOX + "/unread-count").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void the_inbox_and_subscriptions_are_for_wechat_users_only() {
        Api.Session user = Api.wechatUser(Api.unique("mine"));
        String id = fixture.notice(user.id(), "私人");
        Api.Session staff = Api.admin();
        for (String path : List.of(INBOX, INBOX + "/unread-count")) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json");
            staff.as().when().get(path).then().statusCode(403).contentType("application/problem+json");
        }
        for (String path : List.of(INBOX + "/" + id + "/read", INBOX + "/read-all")) {
            given().when().post(path).then().statusCode(401);
            staff.as().when().post(path).then().statusCode(403);
        }
        Map<String, Object> body = Map.of("templateIds", List.of(NotifyFixture.REVIEW_TEMPLATE));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/me/subscriptions").then().statusCode(401);
        staff.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/me/subscriptions").then().statusCode(403);

        assertThat(db.row("select read_at from notification where id = ?", id).get("read_at")).isNull();
        assertThat(db.count("select count(*) from subscription_grant where user_id = ?", staff.id())).isZero();
    }

    @Test
    void a_bad_cursor_size_or_unread_flag_is_a_400_naming_it() {
        Api.Session user = Api.wechatUser(Api.unique("params"));
        user.as().queryParam("cursor", "garbage!").when().get(INBOX)
                .then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        user.as().queryParam("size", "0").when().get(INBOX)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        user.as().queryParam("unread", "maybe").when().get(INBOX)
                .then().statusCode(400).body("violations[0].field", equalTo("unread"));
    }
}
