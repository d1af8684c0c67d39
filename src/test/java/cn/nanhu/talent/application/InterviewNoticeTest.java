package cn.nanhu.talent.application;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.notify.OutboxDispatcher;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import cn.nanhu.talent.support.WeChatFake;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the seeker is told about interviews: the day-before reminder (once, and only for interviews
 * still on), and the WeChat subscribe message of an invitation, which the outbox delivers exactly
 * once even when WeChat is down at first.
 */
@QuarkusTest
class InterviewNoticeTest {

    private static final String SEND = "/cgi-bin/message/subscribe/send";
    private static final String INVITE_TEMPLATE = "tmpl-interview-invite";
    private static final String APPS = "/api/v1/employer/applications/";
    private static final String JOB_TITLE = "数据分析师";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Interviews interviews;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MutableClock clock;
    @Inject
    CircuitBreakerMaintenance breakers;
    @Inject
    Db db;

    @BeforeEach
    void onlyThisTestsWorkIsDue() {
        // Earlier tests may have left due outbox items and un-reminded interviews; they are not this
        // test's to deliver, and counting them would make the counts below depend on test order.
        stopLeftoverOutboxItems();
        db.update("update interview set reminded_at = ? where reminded_at is null", OffsetDateTime.now(clock));
    }

    @AfterEach
    void restore() {
        WeChatFake.resetToDefaults();
        breakers.resetAll();
        clock.reset();
        stopLeftoverOutboxItems();
    }

    private void stopLeftoverOutboxItems() {
        db.update("update outbox set status = 'DEAD', last_error = 'left by a test' where status = 'PENDING'");
    }

    /** An approved employer with one published job. */
    private record Employer(Employers.Registered registered, String jobId) {
        Api.Session owner() {
            return registered.owner();
        }
    }

    /** A seeker who applied; the WeChat openid the fake gives them. */
    private record Applicant(Api.Session session, String openid, String appId) {
    }

    private static Employer employer() {
        Employers.Registered e = Employers.approved(Api.unique("notico"));
        return new Employer(e, Jobs.published(e.owner(), Jobs.body(JOB_TITLE)));
    }

    private static Applicant applicant(Employer employer, boolean grantInvite) {
        String name = Api.unique("notice");
        Api.Session s = Seekers.registered(name, "139" + String.format("%08d", RANDOM.nextInt(100_000_000)));
        if (grantInvite) {
            s.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of(INVITE_TEMPLATE)))
                    .when().post("/api/v1/me/subscriptions")
                    .then().statusCode(200).body("grants[0].templateId", equalTo(INVITE_TEMPLATE)).body("grants[0].remaining", equalTo(1));
        }
        return new Applicant(s, "oid-ok-" + name, Seekers.apply(s, employer.jobId()));
    }

    /** The employer opens the application and invites to an interview {@code ahead} from now; answers the interview id. */
    private static String invite(Employer employer, Applicant applicant, Duration ahead) {
        employer.owner().as().when().get(APPS + applicant.appId()).then().statusCode(200).body("status", equalTo("VIEWED"));
        Map<String, Object> interview = new HashMap<>(Map.of("at", Jobs.now().plus(ahead).format(ISO_OFFSET_DATE_TIME),
                "place", "南湖区亚太路1052号3楼", "contact", "王经理"));
        return employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", "INTERVIEW", "interview", interview))
                .when().post(APPS + applicant.appId() + "/transition")
                .then().statusCode(200).body("status", equalTo("INTERVIEW")).extract().path("interviews[0].id");
    }

    private static void respond(Applicant applicant, String interviewId, boolean accept) {
        applicant.session().as().contentType(ContentType.JSON).body(Map.of("accept", accept))
                .when().post("/api/v1/seeker/interviews/" + interviewId + "/respond")
                .then().statusCode(200).body("response", equalTo(accept ? "ACCEPTED" : "DECLINED"));
    }

    private static List<Map<String, Object>> inbox(Applicant applicant) {
        return applicant.session().as().queryParam("size", 50).when().get("/api/v1/me/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<Map<String, Object>> inboxOf(Applicant applicant, String kind) {
        return inbox(applicant).stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    private Object remindedAt(String interviewId) {
        return db.row("select reminded_at from interview where id = ?", interviewId).get("reminded_at");
    }

    private List<Map<String, Object>> outboxOf(Applicant applicant) {
        return db.rows("select * from outbox where user_id = ? order by id", applicant.session().id());
    }

    /** Every subscribe-message request the fake WeChat received for the openid, failed ones included. */
    private static List<LoggedRequest> sendsTo(String openid) {
        return WeChatFake.server().findAll(postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.touser", com.github.tomakehurst.wiremock.client.WireMock.equalTo(openid))));
    }

    /** The subscribe-message requests for the openid that WeChat answered with success (HTTP 200, errcode 0). */
    private static List<ServeEvent> successfulSendsTo(String openid) {
        return WeChatFake.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(SEND))
                .filter(e -> openid.equals(JsonPath.from(e.getRequest().getBodyAsString()).getString("touser")))
                .filter(e -> e.getResponse().getStatus() == 200
                        && JsonPath.from(e.getResponse().getBodyAsString()).getInt("errcode") == 0)
                .toList();
    }

    private static Instant instant(Object stored) {
        return stored instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) stored).toInstant();
    }

    @Test
    void an_interview_is_reminded_once_the_day_before() {
        Employer employer = employer();
        Applicant applicant = applicant(employer, false);
        String interviewId = invite(employer, applicant, Duration.ofHours(30));

        assertThat(interviews.runOnce()).as("30 h ahead is not within the day before").isZero();
        assertThat(remindedAt(interviewId)).isNull();
        assertThat(inboxOf(applicant, "INTERVIEW_REMINDER")).isEmpty();

        clock.advance(Duration.ofHours(7));
        Instant remindedOn = clock.instant();
        assertThat(interviews.runOnce()).as("23 h ahead").isEqualTo(1);

        assertThat(remindedAt(interviewId)).isNotNull();
        assertThat(instant(remindedAt(interviewId))).isCloseTo(remindedOn, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
        List<Map<String, Object>> reminders = inboxOf(applicant, "INTERVIEW_REMINDER");
        assertThat(reminders).singleElement().satisfies(n -> {
            assertThat((String) n.get("title")).isEqualTo("面试提醒：" + JOB_TITLE);
            assertThat((String) n.get("body")).contains("南湖区亚太路1052号3楼").contains("王经理");
            assertThat((String) n.get("link")).endsWith("?id=" + applicant.appId());
        });

        assertThat(interviews.runOnce()).as("reminded already").isZero();
        clock.advance(Duration.ofHours(12));
        assertThat(interviews.runOnce()).as("still reminded already, 11 h ahead").isZero();
        assertThat(inboxOf(applicant, "INTERVIEW_REMINDER")).hasSize(1);
        // no grant, so the reminder queued no subscribe message
        assertThat(outboxOf(applicant)).isEmpty();
    }

    @Test
    void declined_withdrawn_or_rejected_interviews_are_never_reminded() {
        Employer employer = employer();
        Applicant live = applicant(employer, false);
        Applicant declined = applicant(employer, false);
        Applicant withdrawn = applicant(employer, false);
        Applicant rejected = applicant(employer, false);
        Applicant acceptedThenWithdrawn = applicant(employer, false);
        Applicant acceptedThenRejected = applicant(employer, false);
        Duration ahead = Duration.ofHours(30);
        String liveInterview = invite(employer, live, ahead);

        respond(declined, invite(employer, declined, ahead), false);

        invite(employer, withdrawn, ahead);
        withdrawn.session().as().contentType(ContentType.JSON).body(Map.of("reason", "已找到工作"))
                .when().post(Seekers.APPLICATIONS + "/" + withdrawn.appId() + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        invite(employer, rejected, ahead);
        employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", "REJECTED", "reason", "岗位已招满"))
                .when().post(APPS + rejected.appId() + "/transition").then().statusCode(200).body("status", equalTo("REJECTED"));

        respond(acceptedThenWithdrawn, invite(employer, acceptedThenWithdrawn, ahead), true);
        acceptedThenWithdrawn.session().as().contentType(ContentType.JSON).body(Map.of())
                .when().post(Seekers.APPLICATIONS + "/" + acceptedThenWithdrawn.appId() + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        respond(acceptedThenRejected, invite(employer, acceptedThenRejected, ahead), true);
        employer.owner().as().contentType(ContentType.JSON).body(Map.of("to", "REJECTED", "reason", "另有人选"))
                .when().post(APPS + acceptedThenRejected.appId() + "/transition").then().statusCode(200);

        clock.advance(Duration.ofHours(7));
        assertThat(interviews.runOnce()).as("only the interview still on").isEqualTo(1);
        assertThat(remindedAt(liveInterview)).isNotNull();
        assertThat(inboxOf(live, "INTERVIEW_REMINDER")).hasSize(1);

        clock.advance(Duration.ofHours(12));
        assertThat(interviews.runOnce()).isZero();
        for (Applicant a : List.of(declined, withdrawn, rejected, acceptedThenWithdrawn, acceptedThenRejected)) {
            assertThat(inboxOf(a, "INTERVIEW_REMINDER")).as("reminders of %s", a.appId()).isEmpty();
        }
        assertThat(db.count("select count(*) from notification where kind = 'INTERVIEW_REMINDER' and user_id in (?, ?, ?, ?, ?)",
                declined.session().id(), withdrawn.session().id(), rejected.session().id(), acceptedThenWithdrawn.session().id(),
                acceptedThenRejected.session().id())).isZero();
    }

    @Test
    void an_invitation_message_survives_a_wechat_outage_and_is_delivered_exactly_once() {
        Employer employer = employer();
        Applicant applicant = applicant(employer, true);
        invite(employer, applicant, Duration.ofDays(5));

        List<Map<String, Object>> queued = outboxOf(applicant);
        assertThat(queued).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("kind", "wechat-subscribe-message").containsEntry("status", "PENDING")
                    .containsEntry("attempts", 0);
            assertThat((String) item.get("payload")).contains(INVITE_TEMPLATE).doesNotContain(applicant.openid());
        });
        assertThat(db.count("select remaining from subscription_grant where user_id = ? and template_id = ?",
                applicant.session().id(), INVITE_TEMPLATE)).as("the grant is spent").isZero();
        assertThat(inboxOf(applicant, "INTERVIEW_INVITE")).singleElement()
                .satisfies(n -> assertThat((String) n.get("title")).isEqualTo("面试邀请：" + JOB_TITLE));
        assertThat(sendsTo(applicant.openid())).as("nothing is sent inside the request").isEmpty();

        // WeChat is down
        StubMapping outage = WeChatFake.server().stubFor(post(urlPathEqualTo(SEND)).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
        Instant failedAt = clock.instant();
        assertThat(dispatcher.runOnce()).isEqualTo(1);

        Map<String, Object> item = outboxOf(applicant).get(0);
        assertThat(item).containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("locked_by", null)
                .containsEntry("sent_at", null);
        assertThat((String) item.get("last_error")).isNotBlank();
        Instant nextAttempt = instant(item.get("next_attempt_at"));
        assertThat(nextAttempt).isAfter(failedAt);
        assertThat(sendsTo(applicant.openid())).hasSize(1);
        assertThat(successfulSendsTo(applicant.openid())).isEmpty();

        // not due yet: the dispatcher leaves it alone
        assertThat(dispatcher.runOnce()).isZero();
        assertThat(sendsTo(applicant.openid())).hasSize(1);

        // WeChat is back, the backoff has passed
        WeChatFake.server().removeStub(outage);
        clock.advance(Duration.between(failedAt, nextAttempt).plusSeconds(1));
        assertThat(dispatcher.runOnce()).isEqualTo(1);

        item = outboxOf(applicant).get(0);
        assertThat(item).containsEntry("status", "SENT").containsEntry("attempts", 2).containsEntry("last_error", null);
        assertThat(item.get("sent_at")).isNotNull();
        assertThat(sendsTo(applicant.openid())).as("one failed call, one delivery").hasSize(2);
        List<ServeEvent> delivered = successfulSendsTo(applicant.openid());
        assertThat(delivered).hasSize(1);
        JsonPath body = JsonPath.from(delivered.get(0).getRequest().getBodyAsString());
        assertThat(body.getString("template_id")).isEqualTo(INVITE_TEMPLATE);
        assertThat(body.getString("page")).isEqualTo("pages/application/detail?id=" + applicant.appId());
        assertThat(body.getString("data.thing1.value")).isEqualTo(JOB_TITLE);
        assertThat(body.getString("data.thing4.value")).isEqualTo("王经理");

        // nothing more, however often the dispatcher runs
        clock.advance(Duration.ofHours(2));
        assertThat(dispatcher.runOnce()).isZero();
        dispatcher.runOnce();
        WeChatFake.server().verify(2, postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.touser", com.github.tomakehurst.wiremock.client.WireMock.equalTo(applicant.openid()))));
        assertThat(successfulSendsTo(applicant.openid())).hasSize(1);
        assertThat(outboxOf(applicant)).singleElement().satisfies(i -> assertThat(i).containsEntry("status", "SENT"));
        assertThat(inboxOf(applicant, "INTERVIEW_INVITE")).hasSize(1);
    }

    @Test
    void without_a_grant_the_invitation_is_in_the_inbox_but_no_message_is_queued() {
        Employer employer = employer();
        Applicant applicant = applicant(employer, false);
        invite(employer, applicant, Duration.ofDays(5));

        assertThat(inboxOf(applicant, "INTERVIEW_INVITE")).singleElement().satisfies(n -> {
            assertThat((String) n.get("title")).isEqualTo("面试邀请：" + JOB_TITLE);
            assertThat((String) n.get("link")).endsWith("?id=" + applicant.appId());
        });
        assertThat(outboxOf(applicant)).isEmpty();
        assertThat(db.count("select count(*) from subscription_grant where user_id = ?", applicant.session().id())).isZero();

        dispatcher.runOnce();
        assertThat(sendsTo(applicant.openid())).isEmpty();
        assertThat(outboxOf(applicant)).isEmpty();
    }
}
