package cn.nanhu.talent.channel;

import static cn.nanhu.talent.channel.ChannelFixture.ADMIN_CHANNELS;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.notify.OutboxDispatcher;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks to a fake partner through the outbox: signatures, retries with backoff, dead letters, and no second delivery. */
@QuarkusTest
class ChannelWebhookTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    OutboxDispatcher dispatcher;

    @BeforeEach
    void partner() {
        PartnerFake.accepting();
    }

    @AfterEach
    void restore() {
        ChannelFixture.quiesce();
        clock.reset();
        PartnerFake.accepting();
    }

    @Test
    void a_pushed_job_is_posted_once_signed_so_the_partner_can_verify_it() throws Exception {
        JsonPath ch = ChannelFixture.create(ChannelFixture.webhookChannel("签名校验", "BOTH"));
        Employers.Registered employer = Employers.approved(Api.unique("hook"));
        String job = Jobs.published(employer.owner(), Jobs.body("回调岗位"));
        Map<String, Object> row = delivery(ch.getString("id"), job, "PUSH");
        assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 0);
        assertThat(PartnerFake.received()).as("nothing is sent inside the publishing request").isEmpty();

        dispatcher.runOnce();

        List<LoggedRequest> got = PartnerFake.received();
        assertThat(got).hasSize(1);
        LoggedRequest r = got.get(0);
        String timestamp = r.getHeader("X-Timestamp");
        String body = r.getBodyAsString();
        assertThat(Long.parseLong(timestamp)).isCloseTo(clock.instant().getEpochSecond(), org.assertj.core.data.Offset.offset(5L));
        assertThat(r.getHeader("X-Signature")).isEqualTo(hmac(ch.getString("webhookSecret"), timestamp + "." + body));
        assertThat(r.getHeader("X-Signature")).as("another secret does not verify")
                .isNotEqualTo(hmac("whsec_someone-else", timestamp + "." + body));
        assertThat(r.getHeader("X-Delivery-Id")).isEqualTo(row.get("id"));
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        JsonPath sent = JsonPath.from(body);
        assertThat(sent.getString("deliveryId")).isEqualTo(row.get("id"));
        assertThat(sent.getString("event")).isEqualTo("job.pushed");
        assertThat(sent.getString("channel")).isEqualTo(ch.getString("code"));
        assertThat(sent.getString("item.type")).isEqualTo("JOB");
        assertThat(sent.getString("item.jobId")).isEqualTo(job);
        assertThat(sent.getString("item.job.title")).isEqualTo("回调岗位");
        assertThat(sent.getString("item.link")).endsWith("?ch=" + ch.getString("code"));
        assertThat(delivery(ch.getString("id"), job, "PUSH")).containsEntry("state", "SENT").containsEntry("attempts", 1)
                .containsEntry("last_error", null);
        assertThat(db.row("select status from outbox where id = ?", row.get("outbox_id"))).containsEntry("status", "SENT");

        clock.advance(Duration.ofHours(2));
        dispatcher.runOnce();
        assertThat(PartnerFake.received()).as("sent once").hasSize(1);
    }

    @Test
    void failures_are_retried_with_backoff_under_one_delivery_id_then_dead_lettered_and_an_admin_retry_sends_it() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.webhookChannel("重试", "WEBHOOK"));
        String channelId = ch.getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("retry"));
        String job = Jobs.published(employer.owner(), Jobs.body("会失败的回调"));
        String deliveryId = (String) delivery(channelId, job, "PUSH").get("id");
        String outboxId = (String) delivery(channelId, job, "PUSH").get("outbox_id");

        PartnerFake.server().stubFor(post(urlPathEqualTo(PartnerFake.PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
        PartnerFake.server().stubFor(post(urlPathEqualTo(PartnerFake.PATH)).inScenario("flaky").whenScenarioStateIs("reset")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("slow"));
        PartnerFake.server().stubFor(post(urlPathEqualTo(PartnerFake.PATH)).inScenario("flaky").whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(200).withFixedDelay(2500)));

        dispatcher.runOnce();
        assertThat(delivery(channelId, job, "PUSH")).containsEntry("state", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "HTTP 503");
        Map<String, Object> item = db.row("select status, next_attempt_at from outbox where id = ?", outboxId);
        assertThat(item).containsEntry("status", "PENDING");
        assertThat(Db.instant(item.get("next_attempt_at"))).isAfter(clock.instant());
        dispatcher.runOnce();
        assertThat(PartnerFake.received()).as("not due again before its backoff").hasSize(1);

        clock.advance(Duration.ofHours(2));
        dispatcher.runOnce();
        assertThat(delivery(channelId, job, "PUSH")).containsEntry("attempts", 2).containsEntry("last_error", "connection failed: IOException");

        clock.advance(Duration.ofHours(2));
        dispatcher.runOnce();
        Map<String, Object> dead = delivery(channelId, job, "PUSH");
        assertThat(dead).containsEntry("state", "DEAD").containsEntry("attempts", 3).containsEntry("last_error", "timed out");
        assertThat(db.row("select status from outbox where id = ?", outboxId)).containsEntry("status", "DEAD");
        assertThat(PartnerFake.received()).hasSize(3).extracting(r -> r.getHeader("X-Delivery-Id")).containsOnly(deliveryId);

        Api.Session admin = Api.admin();
        admin.as().get(ADMIN_CHANNELS + "/dead-letters").then().statusCode(200).body("items.id", hasItem(deliveryId));
        admin.as().queryParam("state", "DEAD").get(ADMIN_CHANNELS + "/" + channelId + "/deliveries").then().statusCode(200)
                .body("items.id", hasItem(deliveryId)).body("items[0].lastError", equalTo("timed out"));
        admin.as().queryParam("state", "LOST").get(ADMIN_CHANNELS + "/" + channelId + "/deliveries").then().statusCode(400)
                .body("violations.field", hasItem("state"));

        PartnerFake.accepting(); // also empties the partner's request log
        String otherChannel = ChannelFixture.create(ChannelFixture.feedChannel("别的渠道")).getString("id");
        admin.as().post(ADMIN_CHANNELS + "/" + otherChannel + "/deliveries/" + deliveryId + "/retry").then().statusCode(404);
        admin.as().post(ADMIN_CHANNELS + "/" + channelId + "/deliveries/" + deliveryId + "/retry").then().statusCode(200)
                .body("state", equalTo("PENDING")).body("attempts", equalTo(0));
        admin.as().post(ADMIN_CHANNELS + "/" + channelId + "/deliveries/" + deliveryId + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
        dispatcher.runOnce();

        assertThat(delivery(channelId, job, "PUSH")).containsEntry("state", "SENT").containsEntry("attempts", 1);
        assertThat(PartnerFake.received()).hasSize(1).extracting(r -> r.getHeader("X-Delivery-Id")).containsOnly(deliveryId);
        admin.as().get(ADMIN_CHANNELS + "/dead-letters").then().statusCode(200).body("items.id", not(hasItem(deliveryId)));
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'CHANNEL_DELIVERY_RETRIED'", channelId))
                .isEqualTo(1);
    }

    @Test
    void a_refusal_or_a_redirect_is_not_retried_and_the_redirect_is_not_followed() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.webhookChannel("重定向", "WEBHOOK"));
        PartnerFake.server().stubFor(post(urlPathEqualTo(PartnerFake.PATH))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        Employers.Registered employer = Employers.approved(Api.unique("redirect"));
        String job = Jobs.published(employer.owner(), Jobs.body("重定向岗位"));

        dispatcher.runOnce();

        assertThat(delivery(ch.getString("id"), job, "PUSH")).containsEntry("state", "DEAD").containsEntry("attempts", 1)
                .containsEntry("last_error", "HTTP 302 (redirects are not followed)");
        assertThat(PartnerFake.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void a_delivery_whose_worker_died_is_sent_again_with_the_same_id_and_a_sent_one_is_never_sent_again() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.webhookChannel("重启", "WEBHOOK"));
        String channelId = ch.getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("restart"));
        String job = Jobs.published(employer.owner(), Jobs.body("重启岗位"));
        Map<String, Object> row = delivery(channelId, job, "PUSH");
        String outboxId = (String) row.get("outbox_id");

        // a copy claimed the item, counted the attempt on the ledger, and died before any outcome
        Instant now = clock.instant();
        db.update("update outbox set locked_by = 'dead-copy', locked_until = ?, attempts = 1 where id = ?",
                java.time.OffsetDateTime.ofInstant(now.plus(Duration.ofMinutes(5)), clock.getZone()), outboxId);
        db.update("update channel_delivery set attempts = 1 where id = ?", row.get("id"));
        dispatcher.runOnce();
        assertThat(PartnerFake.received()).as("the dead copy's claim still holds").isEmpty();

        // its lease runs out; the partner takes the request but answers too late, so we try again
        clock.advance(Duration.ofMinutes(6));
        PartnerFake.server().stubFor(post(urlPathEqualTo(PartnerFake.PATH)).inScenario("late").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withFixedDelay(2500)).willSetStateTo("fast"));
        PartnerFake.server().stubFor(post(urlPathEqualTo(PartnerFake.PATH)).inScenario("late").whenScenarioStateIs("fast")
                .willReturn(aResponse().withStatus(200)));
        dispatcher.runOnce();
        clock.advance(Duration.ofHours(2));
        dispatcher.runOnce();

        List<LoggedRequest> got = PartnerFake.received();
        assertThat(got).as("the partner saw the same delivery twice and keeps one").hasSize(2)
                .extracting(r -> r.getHeader("X-Delivery-Id")).containsOnly((String) row.get("id"));
        assertThat(got.stream().map(r -> r.getHeader("X-Delivery-Id")).distinct()).hasSize(1);
        assertThat(delivery(channelId, job, "PUSH")).containsEntry("state", "SENT").containsEntry("attempts", 3);

        // a copy dies after the partner accepted and the ledger said SENT, before the outbox did
        db.update("update outbox set status = 'PENDING', locked_by = 'dead-copy', locked_until = ?, next_attempt_at = ? where id = ?",
                java.time.OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), clock.getZone()),
                java.time.OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), clock.getZone()), outboxId);
        dispatcher.runOnce();
        assertThat(PartnerFake.received()).as("a SENT delivery is never sent again").hasSize(2);
        assertThat(db.row("select status from outbox where id = ?", outboxId)).containsEntry("status", "SENT");
    }

    @Test
    void closing_a_job_posts_a_tombstone_with_its_own_delivery_id() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.webhookChannel("墓碑回调", "BOTH"));
        Employers.Registered employer = Employers.approved(Api.unique("tombhook"));
        String job = Jobs.published(employer.owner(), Jobs.body("关闭后撤回"));
        dispatcher.runOnce();
        employer.owner().as().post(Jobs.EMPLOYER_JOBS + "/" + job + "/close").then().statusCode(200);
        dispatcher.runOnce();

        List<LoggedRequest> got = PartnerFake.received();
        assertThat(got).hasSize(2);
        JsonPath tombstone = JsonPath.from(got.get(1).getBodyAsString());
        assertThat(tombstone.getString("event")).isEqualTo("job.tombstone");
        assertThat(tombstone.getString("item.type")).isEqualTo("TOMBSTONE");
        assertThat(tombstone.getString("item.jobId")).isEqualTo(job);
        assertThat(tombstone.getString("item.job")).isNull();
        assertThat(got.get(1).getHeader("X-Delivery-Id")).isEqualTo(delivery(ch.getString("id"), job, "TOMBSTONE").get("id"))
                .isNotEqualTo(got.get(0).getHeader("X-Delivery-Id"));
        assertThat(delivery(ch.getString("id"), job, "TOMBSTONE")).containsEntry("state", "SENT");
    }

    @Test
    void a_url_that_became_unsafe_or_a_disabled_channel_is_dead_lettered_without_a_request() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.webhookChannel("发送时校验", "WEBHOOK"));
        String channelId = ch.getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("unsafe"));
        String first = Jobs.published(employer.owner(), Jobs.body("地址被改"));
        db.update("update channel set webhook_url = 'https://127.0.0.1:" + PartnerFake.server().port() + "/hook' where id = ?", channelId);
        dispatcher.runOnce();
        assertThat(delivery(channelId, first, "PUSH")).containsEntry("state", "DEAD");
        assertThat((String) delivery(channelId, first, "PUSH").get("last_error")).startsWith("webhook URL refused");

        db.update("update channel set webhook_url = ? where id = ?", PartnerFake.url(), channelId);
        String second = Jobs.published(employer.owner(), Jobs.body("渠道停用"));
        Api.admin().as().post(ADMIN_CHANNELS + "/" + channelId + "/disable").then().statusCode(200);
        dispatcher.runOnce();
        assertThat(delivery(channelId, second, "PUSH")).containsEntry("state", "DEAD").containsEntry("attempts", 1);
        assertThat(PartnerFake.received()).isEmpty();

        Api.admin().as().post(ADMIN_CHANNELS + "/" + channelId + "/enable").then().statusCode(200);
        Api.admin().as().post(ADMIN_CHANNELS + "/" + channelId + "/deliveries/" + delivery(channelId, second, "PUSH").get("id") + "/retry")
                .then().statusCode(200);
        dispatcher.runOnce();
        assertThat(delivery(channelId, second, "PUSH")).containsEntry("state", "SENT");
        assertThat(PartnerFake.received()).hasSize(1);
    }

    private Map<String, Object> delivery(String channelId, String jobId, String kind) {
        return db.row("select id, state, attempts, last_error, outbox_id, delivered_at from channel_delivery"
                + " where channel_id = ? and job_id = ? and kind = ?", channelId, jobId, kind);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
