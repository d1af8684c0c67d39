package cn.nanhu.talent.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.LogCapture;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.WeChatFake;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatcher delivering subscribe messages to the fake WeChat: success, retries, giving up, and privacy. */
@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    NotifyFixture fixture;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MutableClock clock;
    @Inject
    Db db;

    @AfterEach
    void restore() {
        fixture.restore();
    }

    @Test
    void a_granted_message_is_sent_once_by_the_dispatcher_to_the_users_openid_and_uses_up_the_grant() {
        String name = Api.unique("send");
        Api.Session user = Api.wechatUser(name);
        fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);

        fixture.noticeWithMessage(user.id(), "审核通过");
        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).as("nothing is sent inside the request").isEmpty();

        dispatcher.runOnce();

        var sent = NotifyFixture.sentTo(NotifyFixture.openid(name));
        assertThat(sent).hasSize(1);
        JsonPath body = JsonPath.from(sent.get(0).getBodyAsString());
        assertThat(body.getString("touser")).isEqualTo(NotifyFixture.openid(name));
        assertThat(body.getString("template_id")).isEqualTo(NotifyFixture.REVIEW_TEMPLATE);
        assertThat(body.getString("page")).isEqualTo(NotifyFixture.PAGE);
        assertThat(body.getString("data.thing1.value")).isEqualTo("审核通过");
        Map<String, Object> item = fixture.outboxOf(user.id()).get(0);
        assertThat(item).containsEntry("status", "SENT").containsEntry("attempts", 1).containsEntry("last_error", null)
                .containsEntry("locked_by", null);
        assertThat(item.get("sent_at")).isNotNull();
        assertThat(fixture.grantsLeft(user.id(), NotifyFixture.REVIEW_TEMPLATE)).isZero();

        clock.advance(Duration.ofHours(2));
        dispatcher.runOnce();
        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).hasSize(1);
    }

    @Test
    void a_wechat_outage_leaves_the_message_pending_with_backoff_and_a_later_run_delivers_it_once() {
        String name = Api.unique("outage");
        Api.Session user = Api.wechatUser(name);
        fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);
        fixture.noticeWithMessage(user.id(), "面试邀请");
        StubMapping outage = WeChatFake.server().stubFor(post(urlPathEqualTo(NotifyFixture.SEND))
                .willReturn(aResponse().withStatus(500).withBody("upstream down")));
        Instant failedAt = clock.instant();

        dispatcher.runOnce();

        Map<String, Object> item = fixture.outboxOf(user.id()).get(0);
        assertThat(item).containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("locked_by", null);
        assertThat(NotifyFixture.instant(item.get("next_attempt_at")))
                .isCloseTo(failedAt.plusSeconds(30), within(1, ChronoUnit.SECONDS));
        assertThat((String) item.get("last_error")).isNotBlank();
        dispatcher.runOnce();
        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).as("not due yet: no second call").hasSize(1);

        clock.advance(Duration.ofSeconds(31));
        WeChatFake.server().removeStub(outage);
        dispatcher.runOnce();
        dispatcher.runOnce();

        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).as("one failed call, one delivery").hasSize(2);
        item = fixture.outboxOf(user.id()).get(0);
        assertThat(item).containsEntry("status", "SENT").containsEntry("attempts", 2).containsEntry("last_error", null);
    }

    @Test
    void a_message_that_keeps_failing_is_dead_after_the_maximum_attempts() {
        String name = Api.unique("flaky");
        Api.Session user = Api.wechatUser(name);
        fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);
        fixture.noticeWithMessage(user.id(), "总是失败");
        WeChatFake.server().stubFor(post(urlPathEqualTo(NotifyFixture.SEND))
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}")));

        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(dispatcher.runOnce()).as("attempt %d", attempt).isEqualTo(1);
            clock.advance(Duration.ofHours(2));
        }
        assertThat(dispatcher.runOnce()).isZero();

        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).hasSize(8);
        Map<String, Object> item = fixture.outboxOf(user.id()).get(0);
        assertThat(item).containsEntry("status", "DEAD").containsEntry("attempts", 8);
        assertThat((String) item.get("last_error")).isNotBlank();
    }

    @Test
    void a_refusal_by_the_user_errcode_43101_makes_the_message_dead_at_once() {
        String name = Api.unique("refused");
        Api.Session user = Api.wechatUser(name);
        fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);
        fixture.noticeWithMessage(user.id(), "被拒收");
        WeChatFake.server().stubFor(post(urlPathEqualTo(NotifyFixture.SEND))
                .willReturn(okJson("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}")));

        dispatcher.runOnce();
        clock.advance(Duration.ofHours(2));
        dispatcher.runOnce();

        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).hasSize(1);
        Map<String, Object> item = fixture.outboxOf(user.id()).get(0);
        assertThat(item).containsEntry("status", "DEAD").containsEntry("attempts", 1);
        assertThat((String) item.get("last_error")).contains("43101");
    }

    @Test
    void a_message_whose_recipient_is_gone_is_dead_without_calling_wechat() {
        String name = Api.unique("vanished");
        Api.Session user = Api.wechatUser(name);
        fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);
        fixture.noticeWithMessage(user.id(), "无人接收");
        // as if the account went away between queueing and delivery
        db.update("update app_user set status = 'DELETED', openid_enc = null where id = ?", user.id());

        dispatcher.runOnce();

        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).isEmpty();
        Map<String, Object> item = fixture.outboxOf(user.id()).get(0);
        assertThat(item).containsEntry("status", "DEAD");
        assertThat((String) item.get("last_error")).contains("recipient gone");
    }

    @Test
    void the_openid_appears_in_no_log_line_and_no_stored_outbox_item() {
        String name = Api.unique("quiet");
        Api.Session user = Api.wechatUser(name);
        fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE, NotifyFixture.STATUS_TEMPLATE);
        try (LogCapture logs = LogCapture.install()) {
            WeChatFake.server().stubFor(post(urlPathEqualTo(NotifyFixture.SEND))
                    .willReturn(aResponse().withStatus(503)));
            fixture.noticeWithMessage(user.id(), "一");
            dispatcher.runOnce();
            WeChatFake.server().stubFor(post(urlPathEqualTo(NotifyFixture.SEND))
                    .willReturn(okJson("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}")));
            clock.advance(Duration.ofMinutes(5));
            dispatcher.runOnce();

            assertThat(logs.all()).as("the failures were logged").contains("outbox item")
                    .doesNotContain(NotifyFixture.openid(name));
        }
        assertThat(fixture.outboxOf(user.id())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.toString()).doesNotContain(NotifyFixture.openid(name)));
    }
}
