package cn.nanhu.talent.application;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules around applications, through the REST API, each checked in the response and in what
 * was stored: only published jobs, once per job, a registration with the current consent, input
 * checks, idempotency keys (also under concurrency), the daily cap, the moves the pipeline allows,
 * interview invitations and their answers, and what opening an application does.
 */
@QuarkusTest
class ApplicationRulesTest {

    private static final String APPS = Seekers.APPLICATIONS;
    private static final String EMPLOYER_APPS = "/api/v1/employer/applications/";
    private static final String INTERVIEWS = "/api/v1/seeker/interviews/";
    private static final String KEY = IdempotencyKeys.HEADER;
    /** Well formed, but no job has it. */
    private static final String NO_SUCH_ID = "0000000000ZZZZZZZZZZZZZZZZ";

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @BeforeEach
    void startFromRealTime() {
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---- fixtures ----

    /** An approved employer with one published job, and a registered seeker. */
    record World(Employers.Registered employer, String jobId, Api.Session seeker) {
        Api.Session owner() {
            return employer.owner();
        }
    }

    private static World world(String tag) {
        Employers.Registered employer = Employers.approved(Api.unique(tag + "co"));
        String jobId = Jobs.published(employer.owner(), Jobs.body("后端开发工程师"));
        Api.Session seeker = Seekers.registered(Api.unique(tag), phone());
        return new World(employer, jobId, seeker);
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String publishedJob(World w) {
        return Jobs.published(w.owner(), Jobs.body("测试工程师"));
    }

    private static Response apply(Api.Session seeker, String jobId, String key) {
        RequestSpecification spec = seeker.as().contentType(ContentType.JSON).body(Map.of("jobId", jobId));
        if (key != null) {
            spec.header(KEY, key);
        }
        return spec.when().post(APPS);
    }

    private static Response move(World w, String appId, Map<String, Object> body) {
        return w.owner().as().contentType(ContentType.JSON).body(body).when().post(EMPLOYER_APPS + appId + "/transition");
    }

    private static Response open(World w, String appId) {
        return w.owner().as().when().get(EMPLOYER_APPS + appId);
    }

    private static Response withdraw(World w, String appId) {
        return w.seeker().as().contentType(ContentType.JSON).body(Map.of()).when().post(APPS + "/" + appId + "/withdraw");
    }

    private static Response respond(World w, String interviewId, boolean accept) {
        return w.seeker().as().contentType(ContentType.JSON).body(Map.of("accept", accept, "note", accept ? "准时到" : "时间不合适"))
                .when().post(INTERVIEWS + interviewId + "/respond");
    }

    /** A valid invitation {@code ahead} from now by the test clock, at a place. */
    private static Map<String, Object> invitation(Duration ahead) {
        Map<String, Object> i = new HashMap<>();
        i.put("at", Jobs.now().plus(ahead).format(ISO_OFFSET_DATE_TIME));
        i.put("place", "南湖区亚太路1052号3楼");
        i.put("contact", "王经理 0573-8888");
        return i;
    }

    private static Map<String, Object> inviteBody(Map<String, Object> interview) {
        return Map.of("to", "INTERVIEW", "interview", interview);
    }

    /** Asserts a problem+json answer of this status and type; returns its body. */
    private static JsonPath problem(Response r, int status, String type) {
        r.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("type", equalTo("https://nanhu-talent.cn/problems/" + type));
        return r.jsonPath();
    }

    /** Asserts a 400 problem whose violations name this field. */
    private static void invalid(Response r, String field) {
        JsonPath body = problem(r, 400, "validation");
        assertThat(body.getList("violations.field", String.class)).as(r.asString()).contains(field);
    }

    private long applicationsOf(String seekerId) {
        return db.count("select count(*) from application where seeker_id = ?", seekerId);
    }

    private long idempotencyRecordsOf(String userId) {
        return db.count("select count(*) from idempotency_record where user_id = ?", userId);
    }

    private String statusOf(String appId) {
        return (String) db.row("select status from application where id = ?", appId).get("status");
    }

    private long historyOf(String appId) {
        return db.count("select count(*) from application_history where application_id = ?", appId);
    }

    private String responseOf(String interviewId) {
        return (String) db.row("select response from interview where id = ?", interviewId).get("response");
    }

    /** Applies and opens as the employer: a VIEWED application. */
    private String viewed(World w) {
        String appId = Seekers.apply(w.seeker(), w.jobId());
        open(w, appId).then().statusCode(200).body("status", equalTo("VIEWED"));
        return appId;
    }

    /** A VIEWED application invited to an interview {@code ahead}; returns {applicationId, interviewId}. */
    private String[] invited(World w, Duration ahead) {
        String appId = viewed(w);
        String interviewId = move(w, appId, inviteBody(invitation(ahead))).then().statusCode(200)
                .body("status", equalTo("INTERVIEW")).body("interviews[0].response", equalTo("PENDING"))
                .extract().path("interviews[0].id");
        assertThat(responseOf(interviewId)).isEqualTo("PENDING");
        return new String[] {appId, interviewId};
    }

    /** What one of several concurrent requests got back. */
    record Answer(int status, String id, String replayed) {
    }

    /** Runs the call on {@code n} threads released at the same moment; answers in thread order. */
    private static List<Answer> together(int n, Supplier<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    Response r = call.get();
                    return new Answer(r.statusCode(), r.statusCode() == 201 ? r.jsonPath().getString("id") : null,
                            r.header("Idempotent-Replayed"));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- 1. only published jobs ----

    @Test
    void only_a_published_job_takes_applications_anything_else_is_404() {
        World w = world("pub");
        String closed = publishedJob(w);
        w.owner().as().when().post(Jobs.EMPLOYER_JOBS + "/" + closed + "/close").then().statusCode(200);
        String pending = Jobs.post(w.owner(), Jobs.body("待审核职位"));
        assertThat(db.row("select status from job where id = ?", closed)).containsEntry("status", "CLOSED");
        assertThat(db.row("select status from job where id = ?", pending)).containsEntry("status", "PENDING_REVIEW");

        for (String jobId : List.of(closed, pending, NO_SUCH_ID, "garbage!", "../../etc")) {
            JsonPath body = problem(apply(w.seeker(), jobId, null), 404, "not-found");
            assertThat(body.getString("instance")).isEqualTo(APPS);
            assertThat(body.prettify()).doesNotContain("Exception");
        }
        assertThat(applicationsOf(w.seeker().id())).isZero();
        assertThat(db.count("select count(*) from application where job_id in (?, ?)", closed, pending)).isZero();

        // the published one of the same employer is fine
        apply(w.seeker(), w.jobId(), null).then().statusCode(201).body("status", equalTo("SUBMITTED"));
        assertThat(applicationsOf(w.seeker().id())).isEqualTo(1);
    }

    // ---- 2. once per job ----

    @Test
    void a_second_application_to_the_same_job_is_409_and_stores_nothing() {
        World w = world("twice");
        String first = apply(w.seeker(), w.jobId(), null).then().statusCode(201).extract().path("id");

        JsonPath body = problem(apply(w.seeker(), w.jobId(), null), 409, "conflict");
        assertThat(body.getString("detail")).contains("already applied");
        // with a fresh key it is still the same job: 409 as well
        problem(apply(w.seeker(), w.jobId(), Api.unique("key-twice-")), 409, "conflict");

        assertThat(db.rows("select id, status from application where seeker_id = ? and job_id = ?", w.seeker().id(), w.jobId()))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("id", first).containsEntry("status", "SUBMITTED"));
        assertThat(historyOf(first)).isEqualTo(1);
        assertThat(idempotencyRecordsOf(w.seeker().id())).isZero();
    }

    // ---- 3. a registration with the current consent ----

    @Test
    void without_a_registration_applying_is_428_profile_required() {
        World w = world("noprof");
        Api.Session stranger = Api.wechatUser(Api.unique("noprof"));

        JsonPath body = problem(apply(stranger, w.jobId(), null), 428, "profile-required");
        assertThat(body.getString("type")).endsWith("profile-required");
        assertThat(body.getString("detail")).contains("/api/v1/seeker/profile");
        assertThat(db.count("select count(*) from seeker_profile where user_id = ?", stranger.id())).isZero();
        assertThat(applicationsOf(stranger.id())).isZero();
    }

    @Test
    void with_an_outdated_consent_applying_is_428_consent_required_until_agreed_again() {
        World w = world("consent");
        assertThat(db.update("update seeker_profile set consent_version = ? where user_id = ?", "2020-01-01", w.seeker().id()))
                .isEqualTo(1);

        JsonPath body = problem(apply(w.seeker(), w.jobId(), Api.unique("key-consent-")), 428, "consent-required");
        assertThat(body.getString("type")).endsWith("consent-required");
        assertThat(body.getString("detail")).contains(Seekers.POLICY);
        assertThat(applicationsOf(w.seeker().id())).isZero();
        assertThat(idempotencyRecordsOf(w.seeker().id())).isZero();
        assertThat(db.row("select consent_version from seeker_profile where user_id = ?", w.seeker().id()))
                .containsEntry("consent_version", "2020-01-01");

        // agreeing to the current version again opens applying
        Seekers.register(w.seeker(), Seekers.profile("林同意"));
        assertThat(db.row("select consent_version from seeker_profile where user_id = ?", w.seeker().id()))
                .containsEntry("consent_version", Seekers.POLICY);
        apply(w.seeker(), w.jobId(), null).then().statusCode(201);
        assertThat(applicationsOf(w.seeker().id())).isEqualTo(1);
    }

    // ---- 4. bad input ----

    @Test
    void bad_input_is_400_naming_the_field_and_stores_nothing() {
        World w = world("bad");

        invalid(w.seeker().as().contentType(ContentType.JSON).body(Map.of()).when().post(APPS), "jobId");
        invalid(w.seeker().as().contentType(ContentType.JSON).body(Map.of("jobId", "  ")).when().post(APPS), "jobId");
        invalid(w.seeker().as().contentType(ContentType.JSON).body(Map.of("jobId", "X".repeat(27))).when().post(APPS), "jobId");
        for (String key : List.of("short", "has spaces in it", "x".repeat(101), "semi;colon;key")) {
            Response r = apply(w.seeker(), w.jobId(), key);
            invalid(r, KEY);
            assertThat(r.jsonPath().getList("violations.field", String.class)).as(key).containsExactly(KEY);
        }

        assertThat(applicationsOf(w.seeker().id())).isZero();
        assertThat(idempotencyRecordsOf(w.seeker().id())).isZero();
        // the edge lengths of a key are fine
        apply(w.seeker(), w.jobId(), "k".repeat(8)).then().statusCode(201);
        assertThat(applicationsOf(w.seeker().id())).isEqualTo(1);
        assertThat(idempotencyRecordsOf(w.seeker().id())).isEqualTo(1);
    }

    // ---- 5. idempotency ----

    @Test
    void the_same_key_and_body_replays_the_first_answer() {
        World w = world("replay");
        String key = Api.unique("replay-key-");

        Response first = apply(w.seeker(), w.jobId(), key);
        first.then().statusCode(201).body("status", equalTo("SUBMITTED"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
        String id = first.path("id");

        Response second = apply(w.seeker(), w.jobId(), key);
        second.then().statusCode(201).body("id", equalTo(id)).body("status", equalTo("SUBMITTED"))
                .header("Idempotent-Replayed", "true");

        assertThat(applicationsOf(w.seeker().id())).isEqualTo(1);
        assertThat(historyOf(id)).isEqualTo(1);
        Map<String, Object> record = db.row("select idem_key, status_code, response_body from idempotency_record where user_id = ?",
                w.seeker().id());
        assertThat(record).containsEntry("idem_key", key).containsEntry("status_code", 201);
        assertThat((String) record.get("response_body")).contains(id);
    }

    @Test
    void the_same_key_for_another_job_is_422_and_stores_nothing() {
        World w = world("reuse");
        String other = publishedJob(w);
        String key = Api.unique("reuse-key-");
        String id = apply(w.seeker(), w.jobId(), key).then().statusCode(201).extract().path("id");

        JsonPath body = problem(apply(w.seeker(), other, key), 422, "unprocessable");
        assertThat(body.getString("detail")).contains("Idempotency-Key");

        assertThat(db.rows("select id from application where seeker_id = ?", w.seeker().id()))
                .extracting(r -> r.get("id")).containsExactly(id);
        assertThat(db.count("select count(*) from application where job_id = ?", other)).isZero();
        assertThat(idempotencyRecordsOf(w.seeker().id())).isEqualTo(1);
        // the other job itself is fine with another key
        apply(w.seeker(), other, Api.unique("reuse-key2-")).then().statusCode(201);
        assertThat(applicationsOf(w.seeker().id())).isEqualTo(2);
    }

    @Test
    void two_concurrent_identical_keyed_requests_make_one_application() throws Exception {
        World w = world("racekey");
        // warm up the path this seeker takes
        apply(w.seeker(), publishedJob(w), null).then().statusCode(201);
        String key = Api.unique("race-key-");

        List<Answer> answers = together(2, () -> apply(w.seeker(), w.jobId(), key));

        assertThat(answers).extracting(Answer::status).containsExactly(201, 201);
        assertThat(answers.get(0).id()).isNotNull().isEqualTo(answers.get(1).id());
        assertThat(answers).extracting(Answer::replayed).containsExactlyInAnyOrder(null, "true");
        assertThat(db.rows("select id from application where seeker_id = ? and job_id = ?", w.seeker().id(), w.jobId()))
                .extracting(r -> r.get("id")).containsExactly(answers.get(0).id());
        assertThat(db.count("select count(*) from idempotency_record where user_id = ? and idem_key = ?", w.seeker().id(), key))
                .isEqualTo(1);
        assertThat(historyOf(answers.get(0).id())).isEqualTo(1);
    }

    @Test
    void two_concurrent_unkeyed_requests_for_one_job_make_one_application_and_a_409() throws Exception {
        World w = world("racenokey");
        apply(w.seeker(), publishedJob(w), null).then().statusCode(201);

        List<Answer> answers = together(2, () -> apply(w.seeker(), w.jobId(), null));

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 409);
        String id = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().id();
        assertThat(db.rows("select id from application where seeker_id = ? and job_id = ?", w.seeker().id(), w.jobId()))
                .extracting(r -> r.get("id")).containsExactly(id);
        assertThat(idempotencyRecordsOf(w.seeker().id())).isZero();
    }

    @Test
    void after_the_ttl_the_same_key_is_a_new_request() {
        World w = world("ttl");
        String later = publishedJob(w);
        String key = Api.unique("ttl-key-");
        String first = apply(w.seeker(), w.jobId(), key).then().statusCode(201).extract().path("id");

        // within the 24 h it still replays
        clock.advance(Duration.ofHours(23));
        apply(w.seeker(), w.jobId(), key).then().statusCode(201).body("id", equalTo(first)).header("Idempotent-Replayed", "true");
        problem(apply(w.seeker(), later, key), 422, "unprocessable");

        clock.advance(Duration.ofHours(2));
        Response again = apply(w.seeker(), later, key);
        again.then().statusCode(201).body("status", equalTo("SUBMITTED"));
        assertThat(again.header("Idempotent-Replayed")).isNull();
        String second = again.path("id");
        assertThat(second).isNotEqualTo(first);

        assertThat(db.rows("select job_id from application where seeker_id = ?", w.seeker().id()))
                .extracting(r -> r.get("job_id")).containsExactlyInAnyOrder(w.jobId(), later);
        Map<String, Object> record = db.row("select response_body, created_at from idempotency_record where user_id = ? and idem_key = ?",
                w.seeker().id(), key);
        assertThat((String) record.get("response_body")).contains(second).doesNotContain(first);
        // and now the new answer is the one replayed
        apply(w.seeker(), later, key).then().statusCode(201).body("id", equalTo(second)).header("Idempotent-Replayed", "true");
        assertThat(applicationsOf(w.seeker().id())).isEqualTo(2);
    }

    // ---- 6. the daily cap ----

    @Test
    void the_daily_cap_is_429_with_retry_after_until_midnight_china_time() {
        World w = world("cap");
        // 10:00 tomorrow in Shanghai: the China day is 14 h from its end, whatever the real time of the run
        ZonedDateTime tenAm = ZonedDateTime.now(Clocks.ZONE).toLocalDate().plusDays(1).atTime(10, 0).atZone(Clocks.ZONE);
        clock.set(tenAm.toInstant());
        OffsetDateTime now = Jobs.now();
        String seekerId = w.seeker().id();
        for (int i = 0; i < 30; i++) {
            db.update("insert into application (id, job_id, employer_id, seeker_id, status, snapshot, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, 'SUBMITTED', '{}', ?, ?, 0)",
                    String.format("CAP%s%02d", seekerId.substring(0, 21), i), String.format("CAPJOB%018d%02d", 0, i),
                    w.employer().employerId(), seekerId, now, now);
        }
        assertThat(applicationsOf(seekerId)).isEqualTo(30);

        Response capped = apply(w.seeker(), w.jobId(), null);
        JsonPath body = problem(capped, 429, "too-many-requests");
        assertThat(body.getString("detail")).contains("30");
        long retryAfter = Long.parseLong(capped.header("Retry-After"));
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(86_400).isEqualTo(Duration.ofHours(14).toSeconds());
        assertThat(applicationsOf(seekerId)).isEqualTo(30);
        assertThat(db.count("select count(*) from application where job_id = ?", w.jobId())).isZero();

        // a second before midnight: still capped, one second to wait
        clock.advance(Duration.ofSeconds(retryAfter - 1));
        Response stillCapped = apply(w.seeker(), w.jobId(), null);
        problem(stillCapped, 429, "too-many-requests");
        assertThat(stillCapped.header("Retry-After")).isEqualTo("1");

        // the next China day
        clock.advance(Duration.ofSeconds(1));
        String id = apply(w.seeker(), w.jobId(), null).then().statusCode(201).extract().path("id");
        assertThat(db.row("select job_id, status from application where id = ?", id))
                .containsEntry("job_id", w.jobId()).containsEntry("status", "SUBMITTED");
        assertThat(applicationsOf(seekerId)).isEqualTo(31);
    }

    // ---- 7. illegal moves ----

    @Test
    void employer_moves_outside_the_pipeline_are_409_and_change_nothing() {
        World w = world("illegal");
        String appId = Seekers.apply(w.seeker(), w.jobId());

        for (String to : List.of("OFFER", "HIRED", "INTERVIEW")) {
            Map<String, Object> body = to.equals("INTERVIEW") ? inviteBody(invitation(Duration.ofDays(2))) : Map.of("to", to);
            JsonPath problem = problem(move(w, appId, body), 409, "invalid-state");
            assertThat(problem.getString("detail")).contains("SUBMITTED").contains(to);
            assertThat(statusOf(appId)).as("after asking for " + to).isEqualTo("SUBMITTED");
        }
        assertThat(historyOf(appId)).isEqualTo(1);
        assertThat(db.count("select count(*) from interview where application_id = ?", appId)).isZero();

        move(w, appId, Map.of("to", "VIEWED")).then().statusCode(200).body("status", equalTo("VIEWED"));
        for (String to : List.of("HIRED", "OFFER", "VIEWED")) {
            problem(move(w, appId, Map.of("to", to)), 409, "invalid-state");
            assertThat(statusOf(appId)).as("after asking for " + to).isEqualTo("VIEWED");
        }
        assertThat(historyOf(appId)).isEqualTo(2);
    }

    @Test
    void a_to_outside_the_allowed_values_is_400_naming_to() {
        World w = world("badto");
        String appId = Seekers.apply(w.seeker(), w.jobId());

        for (String to : List.of("WITHDRAWN", "SUBMITTED", "FOO", "offer", "")) {
            Response r = move(w, appId, Map.of("to", to, "reason", "任意"));
            invalid(r, "to");
            assertThat(statusOf(appId)).as("after asking for " + to).isEqualTo("SUBMITTED");
        }
        invalid(w.owner().as().contentType(ContentType.JSON).body(Map.of()).when().post(EMPLOYER_APPS + appId + "/transition"), "to");
        assertThat(statusOf(appId)).isEqualTo("SUBMITTED");
        assertThat(historyOf(appId)).isEqualTo(1);
    }

    @Test
    void the_seeker_cannot_withdraw_a_rejected_application_or_withdraw_twice() {
        World w = world("wd");
        String rejected = Seekers.apply(w.seeker(), w.jobId());
        move(w, rejected, Map.of("to", "REJECTED", "reason", "岗位已招满")).then().statusCode(200).body("status", equalTo("REJECTED"));

        problem(withdraw(w, rejected), 409, "invalid-state");
        assertThat(db.row("select status, status_reason from application where id = ?", rejected))
                .containsEntry("status", "REJECTED").containsEntry("status_reason", "岗位已招满");

        String other = Seekers.apply(w.seeker(), publishedJob(w));
        withdraw(w, other).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        problem(withdraw(w, other), 409, "invalid-state");
        assertThat(statusOf(other)).isEqualTo("WITHDRAWN");
        assertThat(db.count("select count(*) from application_history where application_id = ? and to_status = 'WITHDRAWN'", other))
                .isEqualTo(1);
        // and the employer cannot move a withdrawn one either
        problem(move(w, other, Map.of("to", "VIEWED")), 409, "invalid-state");
        assertThat(statusOf(other)).isEqualTo("WITHDRAWN");
    }

    // ---- 8. interviews ----

    @Test
    void an_invitation_is_checked_before_anything_moves() {
        World w = world("inv");
        String appId = viewed(w);

        invalid(move(w, appId, Map.of("to", "INTERVIEW")), "interview");

        invalid(move(w, appId, inviteBody(invitation(Duration.ofHours(-1)))), "interview.at");
        invalid(move(w, appId, inviteBody(invitation(Duration.ZERO))), "interview.at");
        invalid(move(w, appId, inviteBody(invitation(Duration.ofDays(91)))), "interview.at");

        Map<String, Object> nowhere = invitation(Duration.ofDays(2));
        nowhere.remove("place");
        invalid(move(w, appId, inviteBody(nowhere)), "interview.place");
        nowhere.put("place", "   ");
        invalid(move(w, appId, inviteBody(nowhere)), "interview.place");

        Map<String, Object> http = invitation(Duration.ofDays(2));
        http.remove("place");
        http.put("onlineLink", "http://meeting.example.com/123");
        invalid(move(w, appId, inviteBody(http)), "interview.onlineLink");

        Map<String, Object> noContact = invitation(Duration.ofDays(2));
        noContact.remove("contact");
        invalid(move(w, appId, inviteBody(noContact)), "interview.contact");

        assertThat(statusOf(appId)).isEqualTo("VIEWED");
        assertThat(historyOf(appId)).isEqualTo(2);
        assertThat(db.count("select count(*) from interview where application_id = ?", appId)).isZero();

        // an online interview with an https link is fine
        Map<String, Object> online = invitation(Duration.ofDays(2));
        online.remove("place");
        online.put("onlineLink", "https://meeting.example.com/123");
        move(w, appId, inviteBody(online)).then().statusCode(200).body("status", equalTo("INTERVIEW"))
                .body("interviews[0].onlineLink", equalTo("https://meeting.example.com/123"));
        assertThat(db.row("select place, online_link, response from interview where application_id = ?", appId))
                .containsEntry("place", null).containsEntry("online_link", "https://meeting.example.com/123")
                .containsEntry("response", "PENDING");

        // an interview goes only with to=INTERVIEW
        invalid(move(w, appId, Map.of("to", "OFFER", "interview", invitation(Duration.ofDays(3)))), "interview");
        assertThat(statusOf(appId)).isEqualTo("INTERVIEW");
        assertThat(db.count("select count(*) from interview where application_id = ?", appId)).isEqualTo(1);
    }

    @Test
    void a_second_round_cancels_the_unanswered_invitation_and_only_the_new_one_can_be_answered() {
        World w = world("round");
        String[] first = invited(w, Duration.ofDays(3));
        String appId = first[0];

        Map<String, Object> round2 = invitation(Duration.ofDays(5));
        round2.remove("place");
        round2.put("onlineLink", "https://meeting.example.com/round-2");
        JsonPath detail = move(w, appId, inviteBody(round2)).then().statusCode(200).body("status", equalTo("INTERVIEW"))
                .extract().jsonPath();
        assertThat(detail.getList("interviews.response", String.class)).containsExactly("CANCELLED", "PENDING");
        String second = detail.getString("interviews[1].id");
        assertThat(second).isNotEqualTo(first[1]);
        assertThat(responseOf(first[1])).isEqualTo("CANCELLED");
        assertThat(responseOf(second)).isEqualTo("PENDING");
        assertThat(db.rows("select from_status, to_status from application_history where application_id = ? order by at, id", appId))
                .extracting(r -> r.get("from_status") + ">" + r.get("to_status"))
                .containsExactly("null>SUBMITTED", "SUBMITTED>VIEWED", "VIEWED>INTERVIEW", "INTERVIEW>INTERVIEW");

        problem(respond(w, first[1], true), 409, "invalid-state");
        assertThat(responseOf(first[1])).isEqualTo("CANCELLED");
        assertThat(db.row("select contact_revealed from application where id = ?", appId)).containsEntry("contact_revealed", false);

        respond(w, second, true).then().statusCode(200).body("id", equalTo(second)).body("response", equalTo("ACCEPTED"));
        assertThat(responseOf(second)).isEqualTo("ACCEPTED");
        assertThat(responseOf(first[1])).isEqualTo("CANCELLED");
        assertThat(db.row("select contact_revealed from application where id = ?", appId)).containsEntry("contact_revealed", true);
    }

    @Test
    void answering_after_the_interview_time_is_409() {
        World w = world("late");
        String[] inv = invited(w, Duration.ofDays(1));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        JsonPath body = problem(respond(w, inv[1], true), 409, "invalid-state");
        assertThat(body.getString("detail")).contains("passed");

        Map<String, Object> stored = db.row("select response, responded_at from interview where id = ?", inv[1]);
        assertThat(stored).containsEntry("response", "PENDING").containsEntry("responded_at", null);
        assertThat(db.row("select contact_revealed, status from application where id = ?", inv[0]))
                .containsEntry("contact_revealed", false).containsEntry("status", "INTERVIEW");
    }

    @Test
    void declining_keeps_the_contact_masked() {
        World w = world("decline");
        String[] inv = invited(w, Duration.ofDays(2));

        respond(w, inv[1], false).then().statusCode(200).body("response", equalTo("DECLINED")).body("responseNote", equalTo("时间不合适"));
        assertThat(responseOf(inv[1])).isEqualTo("DECLINED");

        problem(w.owner().as().when().get(EMPLOYER_APPS + inv[0] + "/contact"), 409, "invalid-state");
        open(w, inv[0]).then().statusCode(200).body("contact.revealed", equalTo(false))
                .body("interviews[0].response", equalTo("DECLINED"));
        assertThat(db.row("select contact_revealed, status from application where id = ?", inv[0]))
                .containsEntry("contact_revealed", false).containsEntry("status", "INTERVIEW");
        assertThat(db.count("select count(*) from resume_access where application_id = ? and reason = ?", inv[0],
                ResumeAccessLog.VIEW_CONTACT)).isZero();
        // answered once: no second answer
        problem(respond(w, inv[1], true), 409, "invalid-state");
        assertThat(responseOf(inv[1])).isEqualTo("DECLINED");
    }

    @Test
    void withdrawing_cancels_a_pending_invitation() {
        World w = world("wdinv");
        String[] inv = invited(w, Duration.ofDays(2));

        withdraw(w, inv[0]).then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("interviews[0].response", equalTo("CANCELLED"));
        assertThat(statusOf(inv[0])).isEqualTo("WITHDRAWN");
        assertThat(responseOf(inv[1])).isEqualTo("CANCELLED");

        problem(respond(w, inv[1], true), 409, "invalid-state");
        assertThat(responseOf(inv[1])).isEqualTo("CANCELLED");
        assertThat(db.row("select contact_revealed from application where id = ?", inv[0])).containsEntry("contact_revealed", false);
    }

    // ---- 9. opening ----

    @Test
    void the_first_opening_marks_it_viewed_and_every_opening_is_logged() {
        World w = world("open");
        String appId = Seekers.apply(w.seeker(), w.jobId());
        assertThat(historyOf(appId)).isEqualTo(1);
        assertThat(db.row("select viewed_at from application where id = ?", appId)).containsEntry("viewed_at", null);

        open(w, appId).then().statusCode(200).body("status", equalTo("VIEWED"))
                .body("history.toStatus", equalTo(List.of("SUBMITTED", "VIEWED")));
        assertThat(db.rows("select actor_id, from_status, to_status from application_history where application_id = ? order by at, id", appId))
                .extracting(r -> r.get("to_status")).containsExactly("SUBMITTED", "VIEWED");
        assertThat(db.row("select actor_id from application_history where application_id = ? and to_status = 'VIEWED'", appId))
                .containsEntry("actor_id", w.owner().id());
        Object viewedAt = db.row("select viewed_at from application where id = ?", appId).get("viewed_at");
        assertThat(viewedAt).isNotNull();
        assertThat(db.count("select count(*) from resume_access where application_id = ? and reason = ?", appId,
                ResumeAccessLog.VIEW_APPLICATION)).isEqualTo(1);

        for (int n = 2; n <= 3; n++) {
            open(w, appId).then().statusCode(200).body("status", equalTo("VIEWED")).body("history.size()", equalTo(2));
            assertThat(historyOf(appId)).isEqualTo(2);
            assertThat(db.count("select count(*) from resume_access where application_id = ? and reason = ?", appId,
                    ResumeAccessLog.VIEW_APPLICATION)).isEqualTo(n);
        }
        assertThat(statusOf(appId)).isEqualTo("VIEWED");
        assertThat(db.row("select viewed_at from application where id = ?", appId).get("viewed_at")).isEqualTo(viewedAt);
        assertThat(db.row("select viewer_id, seeker_id, employer_id from resume_access where application_id = ? order by id fetch first 1 rows only",
                appId)).containsEntry("viewer_id", w.owner().id()).containsEntry("seeker_id", w.seeker().id())
                .containsEntry("employer_id", w.employer().employerId());
    }
}
