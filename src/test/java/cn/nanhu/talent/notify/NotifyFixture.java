package cn.nanhu.talent.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.WeChatFake;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Notifies users the way other features will (inside their own transaction), records grants
 * through the API, reads what WeChat received, and puts shared test state back afterwards.
 */
@ApplicationScoped
public class NotifyFixture {

    static final String SEND = "/cgi-bin/message/subscribe/send";
    static final String REVIEW_TEMPLATE = NotifyTemplates.DEFAULTS.get(NotifyTemplates.REVIEW_RESULT);
    static final String STATUS_TEMPLATE = NotifyTemplates.DEFAULTS.get(NotifyTemplates.APPLICATION_STATUS);
    static final String PAGE = "/pages/review/index";

    @Inject
    NotificationService notifications;
    @Inject
    MutableClock clock;
    @Inject
    CircuitBreakerMaintenance breakers;
    @Inject
    Db db;

    /** An inbox notice without a subscribe message. */
    String notice(String userId, String title) {
        return QuarkusTransaction.requiringNew().call(() ->
                notifications.notifyUser(userId, "REVIEW_RESULT", title, "正文：" + title, PAGE, null));
    }

    /** An inbox notice with a REVIEW_RESULT subscribe message whose {@code thing1} is the title. */
    String noticeWithMessage(String userId, String title) {
        SubscribeMessage message = new SubscribeMessage(NotifyTemplates.REVIEW_RESULT, PAGE,
                Map.of("thing1", title, "phrase2", "审核通过"));
        return QuarkusTransaction.requiringNew().call(() ->
                notifications.notifyUser(userId, "REVIEW_RESULT", title, "正文：" + title, PAGE, message));
    }

    /** Records that the user accepted the templates once, as the mini-program reports it. */
    void grant(Api.Session user, String... templateIds) {
        user.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of(templateIds)))
                .when().post("/api/v1/me/subscriptions")
                .then().statusCode(200);
    }

    static String openid(String name) {
        return "oid-ok-" + name;
    }

    /** The subscribe messages the fake WeChat received for one openid, failed ones included. */
    static List<LoggedRequest> sentTo(String openid) {
        return WeChatFake.server().findAll(postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openid))));
    }

    List<Map<String, Object>> outboxOf(String userId) {
        return db.rows("select * from outbox where user_id = ? order by id", userId);
    }

    int grantsLeft(String userId, String templateId) {
        return (int) db.count("select coalesce(sum(remaining), 0) from subscription_grant where user_id = ? and template_id = ?",
                userId, templateId);
    }

    /** A stored timestamp, as H2 (OffsetDateTime) or PostgreSQL (Timestamp) hands it back. */
    static Instant instant(Object stored) {
        return stored instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) stored).toInstant();
    }

    /**
     * Puts WeChat, the breakers and the clock back, and stops items a test left pending, so a
     * later test's dispatcher run never delivers them.
     */
    void restore() {
        WeChatFake.resetToDefaults();
        breakers.resetAll();
        clock.reset();
        db.update("update outbox set status = 'DEAD', last_error = 'left by a test' where status = 'PENDING'");
    }
}
