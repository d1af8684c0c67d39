package cn.nanhu.talent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deleting an account (注销) erases what notify holds about the user and stops their pending messages. */
@QuarkusTest
class NotificationAccountDeletionTest {

    @Inject
    NotifyFixture fixture;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    Db db;

    @AfterEach
    void restore() {
        fixture.restore();
    }

    @Test
    void deleting_the_account_clears_the_inbox_and_grants_and_stops_pending_messages() {
        String name = Api.unique("leaving");
        Api.Session user = Api.wechatUser(name);
        Api.Session neighbour = Api.wechatUser(Api.unique("staying"));
        for (int i = 0; i < 4; i++) {
            fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);
        }
        fixture.grant(neighbour, NotifyFixture.REVIEW_TEMPLATE);
        fixture.noticeWithMessage(user.id(), "已送达");
        dispatcher.runOnce();
        fixture.noticeWithMessage(user.id(), "待发送一");
        fixture.noticeWithMessage(user.id(), "待发送二");
        fixture.notice(user.id(), "仅站内");
        String kept = fixture.notice(neighbour.id(), "邻居的通知");

        user.as().when().delete("/api/v1/me").then().statusCode(204);

        assertThat(db.count("select count(*) from notification where user_id = ?", user.id())).isZero();
        assertThat(db.count("select count(*) from subscription_grant where user_id = ?", user.id())).isZero();
        assertThat(db.count("select count(*) from subscribe_quota where user_id = ?", user.id())).isZero();
        List<Map<String, Object>> items = fixture.outboxOf(user.id());
        assertThat(items).extracting(row -> row.get("status")).containsExactlyInAnyOrder("SENT", "DEAD", "DEAD");
        assertThat(items).filteredOn(row -> "DEAD".equals(row.get("status")))
                .allSatisfy(row -> assertThat(row).containsEntry("last_error", "account deleted"));
        assertThat(items).allSatisfy(row -> assertThat(row).containsEntry("payload", "{}"));

        dispatcher.runOnce();
        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).as("only the message sent before deletion").hasSize(1);

        neighbour.as().when().get("/api/v1/me/notifications").then().statusCode(200).body("items.id", contains(kept));
        assertThat(fixture.grantsLeft(neighbour.id(), NotifyFixture.REVIEW_TEMPLATE)).isEqualTo(1);
    }
}
