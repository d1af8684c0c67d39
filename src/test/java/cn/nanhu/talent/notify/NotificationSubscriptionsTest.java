package cn.nanhu.talent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Subscribe-message grants: recording them, and how grants and the daily cap decide what is queued. */
@QuarkusTest
class NotificationSubscriptionsTest {

    private static final String SUBSCRIPTIONS = "/api/v1/me/subscriptions";
    private static final String REVIEW = NotifyFixture.REVIEW_TEMPLATE;
    private static final String STATUS = NotifyFixture.STATUS_TEMPLATE;

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
    void each_accepted_template_is_recorded_as_one_grant_and_grants_add_up() {
        Api.Session user = Api.wechatUser(Api.unique("grants"));
        user.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of(REVIEW, STATUS)))
                .when().post(SUBSCRIPTIONS)
                .then().statusCode(200)
                .body("grants.templateId", contains(REVIEW, STATUS))
                .body("grants.remaining", contains(1, 1));
        user.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of(REVIEW, REVIEW)))
                .when().post(SUBSCRIPTIONS)
                .then().statusCode(200)
                .body("grants.templateId", contains(REVIEW))
                .body("grants.remaining", contains(2));

        assertThat(fixture.grantsLeft(user.id(), REVIEW)).isEqualTo(2);
        assertThat(fixture.grantsLeft(user.id(), STATUS)).isEqualTo(1);
    }

    @Test
    void unknown_blank_or_missing_template_ids_are_a_400_naming_the_field_and_record_nothing() {
        Api.Session user = Api.wechatUser(Api.unique("badgrant"));
        user.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of(REVIEW, "not-ours", STATUS, "nor-this")))
                .when().post(SUBSCRIPTIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("templateIds[1]", "templateIds[3]"));
        user.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of()))
                .when().post(SUBSCRIPTIONS)
                .then().statusCode(400)
                .body("violations.field", contains("templateIds"));
        user.as().contentType(ContentType.JSON).body("{}")
                .when().post(SUBSCRIPTIONS)
                .then().statusCode(400)
                .body("violations.field", contains("templateIds"));
        user.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of(" ")))
                .when().post(SUBSCRIPTIONS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("templateIds[0]"));

        assertThat(db.count("select count(*) from subscription_grant where user_id = ?", user.id())).isZero();
    }

    @Test
    void without_a_grant_the_notice_reaches_the_inbox_but_no_message_is_queued() {
        Api.Session user = Api.wechatUser(Api.unique("nogrant"));
        fixture.grant(user, STATUS);

        String id = fixture.noticeWithMessage(user.id(), "审核结果");

        user.as().when().get("/api/v1/me/notifications").then().statusCode(200).body("items.id", contains(id));
        assertThat(fixture.outboxOf(user.id())).isEmpty();
        assertThat(fixture.grantsLeft(user.id(), STATUS)).as("another template's grant is untouched").isEqualTo(1);
    }

    @Test
    void a_grant_allows_one_message_only() {
        Api.Session user = Api.wechatUser(Api.unique("onegrant"));
        fixture.grant(user, REVIEW);

        fixture.noticeWithMessage(user.id(), "第一次");
        fixture.noticeWithMessage(user.id(), "第二次");

        List<Map<String, Object>> items = fixture.outboxOf(user.id());
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                .containsEntry("kind", SubscribeMessageHandler.KIND);
        assertThat((String) items.get(0).get("payload")).contains(REVIEW).contains("第一次").doesNotContain("oid-");
        assertThat(fixture.grantsLeft(user.id(), REVIEW)).isZero();
        assertThat(db.count("select count(*) from notification where user_id = ?", user.id())).isEqualTo(2);
    }

    @Test
    void the_daily_cap_allows_five_messages_per_day_in_china_time_and_keeps_the_grants_it_did_not_use() {
        Api.Session user = Api.wechatUser(Api.unique("capped"));
        for (int i = 0; i < 7; i++) {
            fixture.grant(user, REVIEW);
        }
        // 22:30 in Shanghai, 14:30 UTC: the next China day starts while the UTC date stays the same.
        clock.set(Instant.parse("2025-03-10T14:30:00Z"));

        for (int i = 1; i <= 6; i++) {
            fixture.noticeWithMessage(user.id(), "消息" + i);
        }
        assertThat(fixture.outboxOf(user.id())).hasSize(5);
        assertThat(fixture.grantsLeft(user.id(), REVIEW)).isEqualTo(2);
        assertThat(db.count("select count(*) from notification where user_id = ?", user.id())).isEqualTo(6);
        assertThat(db.count("select sent_count from subscribe_quota where user_id = ? and quota_date = ?",
                user.id(), LocalDate.of(2025, 3, 10))).isEqualTo(5);

        clock.advance(Duration.ofHours(2));
        fixture.noticeWithMessage(user.id(), "次日");

        assertThat(fixture.outboxOf(user.id())).hasSize(6);
        assertThat(fixture.grantsLeft(user.id(), REVIEW)).isEqualTo(1);
        assertThat(db.count("select sent_count from subscribe_quota where user_id = ? and quota_date = ?",
                user.id(), LocalDate.of(2025, 3, 11))).isEqualTo(1);
    }
}
