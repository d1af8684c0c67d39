package cn.nanhu.talent.application;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call which application endpoint: anonymous callers get 401, callers of the wrong role
 * 403, callers reaching someone else's object 404 (as if it did not exist); a refused call changes
 * nothing. Employer-facing responses never show the applicant's full phone or name before an
 * interview is accepted.
 */
@QuarkusTest
class ApplicationAccessTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SEEKER_APPS = "/api/v1/seeker/applications";
    private static final String EMPLOYER_APPS = "/api/v1/employer/applications/";
    private static final String RESUME_ACCESS = "/api/v1/admin/resume-access";
    private static final String FULL_NAME = "欧阳晓雯";
    private static final String MASKED_NAME = "欧***";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** One HTTP call of the API, to be made by any caller. */
    private record Call(String method, String path, Object body) {
        Response by(RequestSpecification spec) {
            if (body != null) {
                spec = spec.contentType(ContentType.JSON).body(body);
            }
            return "GET".equals(method) ? spec.when().get(path) : spec.when().post(path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Two approved employers X and Y with a job each; seeker A applied to X's job; seeker B is another seeker. */
    private record World(Employers.Registered x, String jobX, Employers.Registered y, String jobY,
            Api.Session seekerA, String phoneA, String appA, Api.Session seekerB) {
    }

    private World world() {
        Employers.Registered x = Employers.approved(Api.unique("accx"));
        String jobX = Jobs.published(x.owner(), Jobs.body("后端开发工程师"));
        Employers.Registered y = Employers.approved(Api.unique("accy"));
        String jobY = Jobs.published(y.owner(), Jobs.body("前端开发工程师"));
        String phoneA = phone();
        Api.Session a = Api.wechatUser(Api.unique("acca"));
        Seekers.bindPhone(a, phoneA);
        Seekers.register(a, Seekers.profile(FULL_NAME));
        String appA = Seekers.apply(a, jobX);
        Api.Session b = Seekers.registered(Api.unique("accb"), phone());
        return new World(x, jobX, y, jobY, a, phoneA, appA, b);
    }

    /** A mobile number 138 xxxx 5678 with a random middle, masked as 138****5678. */
    private static String phone() {
        return "138" + String.format("%04d", RANDOM.nextInt(10000)) + "5678";
    }

    /** A well-formed id (26 Crockford base32 characters) that names nothing. */
    private static String randomId() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static void assertProblem(Response r, int status, Object call) {
        assertThat(r.statusCode()).as("%s", call).isEqualTo(status);
        assertThat(r.contentType()).as("content type of %s", call).startsWith(PROBLEM);
        assertThat(r.jsonPath().getInt("status")).as("problem status of %s", call).isEqualTo(status);
        assertThat(r.jsonPath().getString("type")).as("problem type of %s", call).isNotBlank();
    }

    private static Map<String, Object> interview(Duration ahead) {
        return new HashMap<>(Map.of("at", Jobs.now().plus(ahead).format(ISO_OFFSET_DATE_TIME), "place", "南湖区亚太路1052号3楼",
                "contact", "王经理 0573-8888"));
    }

    /** The employer opens the application and invites to an interview; answers the interview id. */
    private static String invite(Api.Session employer, String appId) {
        employer.as().when().get(EMPLOYER_APPS + appId).then().statusCode(200);
        return employer.as().contentType(ContentType.JSON).body(Map.of("to", "INTERVIEW", "interview", interview(Duration.ofDays(10))))
                .when().post(EMPLOYER_APPS + appId + "/transition")
                .then().statusCode(200).body("status", equalTo("INTERVIEW")).extract().path("interviews[0].id");
    }

    private List<Call> seekerCalls(World w, String interviewId) {
        return List.of(
                new Call("POST", SEEKER_APPS, Map.of("jobId", w.jobY())),
                new Call("GET", SEEKER_APPS, null),
                new Call("GET", SEEKER_APPS + "/" + w.appA(), null),
                new Call("POST", SEEKER_APPS + "/" + w.appA() + "/withdraw", Map.of("reason", "不想去了")),
                new Call("POST", "/api/v1/seeker/interviews/" + interviewId + "/respond", Map.of("accept", true)),
                new Call("GET", "/api/v1/seeker/resume-views", null));
    }

    private List<Call> employerCalls(World w) {
        return List.of(
                new Call("GET", "/api/v1/employer/jobs/" + w.jobX() + "/applications", null),
                new Call("GET", EMPLOYER_APPS + w.appA(), null),
                new Call("POST", EMPLOYER_APPS + w.appA() + "/transition", Map.of("to", "VIEWED")),
                new Call("GET", EMPLOYER_APPS + w.appA() + "/contact", null));
    }

    /** What a refused call must not have changed: A's application, its history and the résumé access log. */
    private record Snapshot(Map<String, Object> application, long history, long accessRows, long applications,
            List<Map<String, Object>> interviews) {
    }

    private Snapshot snapshot(World w) {
        return new Snapshot(
                db.row("select status, status_reason, contact_revealed, viewed_at, version from application where id = ?", w.appA()),
                db.count("select count(*) from application_history where application_id = ?", w.appA()),
                db.count("select count(*) from resume_access where seeker_id = ? or seeker_id = ?", w.seekerA().id(), w.seekerB().id()),
                db.count("select count(*) from application where job_id = ? or job_id = ?", w.jobX(), w.jobY()),
                db.rows("select id, response, responded_at from interview where application_id = ? order by id", w.appA()));
    }

    @Test
    void anonymous_callers_get_401_problem_on_every_application_endpoint() {
        World w = world();
        String interviewId = invite(w.x().owner(), w.appA());
        Snapshot before = snapshot(w);
        List<Call> calls = new ArrayList<>(seekerCalls(w, interviewId));
        calls.addAll(employerCalls(w));
        calls.add(new Call("GET", RESUME_ACCESS, null));

        for (Call call : calls) {
            Response r = call.by(given());
            assertProblem(r, 401, call);
            assertThat(r.header("WWW-Authenticate")).as("%s", call).startsWith("Bearer");
        }
        // a forged token is no better than none
        for (Call call : calls) {
            assertProblem(call.by(given().auth().oauth2("not.a.jwt")), 401, call);
        }

        assertThat(snapshot(w)).isEqualTo(before);
        assertThat(before.application()).containsEntry("status", "INTERVIEW");
    }

    @Test
    void a_staff_token_gets_403_on_seeker_and_employer_endpoints() {
        World w = world();
        String interviewId = invite(w.x().owner(), w.appA());
        Snapshot before = snapshot(w);
        Api.Session admin = Api.admin();
        Api.Session service = Api.newStaff(Api.unique("accsvc"), "SERVICE");
        List<Call> calls = new ArrayList<>(seekerCalls(w, interviewId));
        calls.addAll(employerCalls(w));

        for (Api.Session staff : List.of(admin, service)) {
            for (Call call : calls) {
                assertProblem(call.by(staff.as()), 403, call);
            }
        }

        Snapshot after = snapshot(w);
        assertThat(after).isEqualTo(before);
        assertThat(after.interviews()).singleElement().satisfies(i -> assertThat(i).containsEntry("response", "PENDING"));
        assertThat(db.count("select count(*) from resume_access where viewer_id = ? or viewer_id = ?", admin.id(), service.id())).isZero();
    }

    @Test
    void a_wechat_user_without_an_employer_gets_403_on_employer_endpoints() {
        World w = world();
        Snapshot before = snapshot(w);

        for (Api.Session plain : List.of(w.seekerB(), w.seekerA(), Api.wechatUser(Api.unique("accplain")))) {
            for (Call call : employerCalls(w)) {
                assertProblem(call.by(plain.as()), 403, call);
            }
        }

        assertThat(snapshot(w)).isEqualTo(before);
        assertThat(before.application()).containsEntry("status", "SUBMITTED").containsEntry("viewed_at", null);
        assertThat(before.history()).isEqualTo(1);
        assertThat(db.count("select count(*) from resume_access where application_id = ?", w.appA())).isZero();
    }

    @Test
    void only_admins_read_the_resume_access_log() {
        World w = world();
        // one opening, so the log has something to show
        w.x().owner().as().when().get(EMPLOYER_APPS + w.appA()).then().statusCode(200);
        Api.Session reviewer = Api.newStaff(Api.unique("accrvw"), "REVIEWER");
        Api.Session service = Api.newStaff(Api.unique("accsrv"), "SERVICE");
        Call call = new Call("GET", RESUME_ACCESS + "?seekerId=" + w.seekerA().id(), null);

        assertProblem(call.by(given()), 401, "anonymous");
        assertProblem(call.by(reviewer.as()), 403, "REVIEWER");
        assertProblem(call.by(service.as()), 403, "SERVICE");
        assertProblem(call.by(w.seekerA().as()), 403, "the seeker");
        assertProblem(call.by(w.x().owner().as()), 403, "the employer");

        JsonPath log = call.by(Api.admin().as()).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(log.getList("items.applicationId", String.class)).containsExactly(w.appA());
        assertThat(log.getString("items[0].viewerId")).isEqualTo(w.x().owner().id());
        assertThat(log.getString("items[0].employerId")).isEqualTo(w.x().employerId());
    }

    @Test
    void a_seeker_never_reaches_another_seekers_application_or_interview() {
        World w = world();
        String interviewId = invite(w.x().owner(), w.appA());
        Snapshot before = snapshot(w);
        Api.Session b = w.seekerB();

        assertProblem(b.as().when().get(SEEKER_APPS + "/" + w.appA()), 404, "B reads A's application");
        assertProblem(b.as().contentType(ContentType.JSON).body(Map.of("reason", "恶意撤回"))
                .when().post(SEEKER_APPS + "/" + w.appA() + "/withdraw"), 404, "B withdraws A's application");
        assertProblem(b.as().contentType(ContentType.JSON).body(Map.of())
                .when().post(SEEKER_APPS + "/" + w.appA() + "/withdraw"), 404, "B withdraws A's application without a body");
        assertProblem(b.as().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/seeker/interviews/" + interviewId + "/respond"), 404, "B accepts A's interview");
        assertProblem(b.as().contentType(ContentType.JSON).body(Map.of("accept", false))
                .when().post("/api/v1/seeker/interviews/" + interviewId + "/respond"), 404, "B declines A's interview");
        // an interview id is not an application id, and the other way round
        assertProblem(w.seekerA().as().when().get(SEEKER_APPS + "/" + interviewId), 404, "A's interview id as an application");
        assertProblem(w.seekerA().as().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/seeker/interviews/" + w.appA() + "/respond"), 404, "A's application id as an interview");

        for (String id : List.of("garbage-id", randomId())) {
            for (Api.Session s : List.of(w.seekerA(), b)) {
                assertProblem(s.as().when().get(SEEKER_APPS + "/" + id), 404, "GET " + id);
                assertProblem(s.as().contentType(ContentType.JSON).body(Map.of())
                        .when().post(SEEKER_APPS + "/" + id + "/withdraw"), 404, "withdraw " + id);
                assertProblem(s.as().contentType(ContentType.JSON).body(Map.of("accept", true))
                        .when().post("/api/v1/seeker/interviews/" + id + "/respond"), 404, "respond " + id);
            }
        }

        // B's own lists show nothing of A's
        assertThat(b.as().when().get(SEEKER_APPS).then().statusCode(200).extract().jsonPath().getList("items.id")).isEmpty();
        assertThat(b.as().when().get("/api/v1/seeker/resume-views").then().statusCode(200).extract().jsonPath().getList("items"))
                .isEmpty();
        // while A still sees everything, untouched
        w.seekerA().as().when().get(SEEKER_APPS + "/" + w.appA()).then().statusCode(200)
                .body("status", equalTo("INTERVIEW")).body("interviews[0].response", equalTo("PENDING"));

        Snapshot after = snapshot(w);
        assertThat(after).isEqualTo(before);
        assertThat(after.application()).containsEntry("status", "INTERVIEW").containsEntry("contact_revealed", false);
        assertThat(after.interviews()).singleElement().satisfies(i -> assertThat(i).containsEntry("response", "PENDING")
                .containsEntry("responded_at", null));
    }

    @Test
    void an_employer_never_reaches_another_employers_applicants() {
        World w = world();
        Api.Session otherOwner = w.y().owner();
        Snapshot before = snapshot(w);

        for (Call call : employerCalls(w)) {
            assertProblem(call.by(otherOwner.as()), 404, "Y on " + call);
        }
        // Y's own job has no applicants, and X's application id does not lead through it
        assertThat(otherOwner.as().when().get("/api/v1/employer/jobs/" + w.jobY() + "/applications").then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
        for (String id : List.of("garbage-id", randomId())) {
            for (Api.Session owner : List.of(w.x().owner(), otherOwner)) {
                List<Call> calls = List.of(
                        new Call("GET", "/api/v1/employer/jobs/" + id + "/applications", null),
                        new Call("GET", EMPLOYER_APPS + id, null),
                        new Call("POST", EMPLOYER_APPS + id + "/transition", Map.of("to", "VIEWED")),
                        new Call("GET", EMPLOYER_APPS + id + "/contact", null));
                for (Call call : calls) {
                    assertProblem(call.by(owner.as()), 404, call);
                }
            }
        }
        // nothing moved: still SUBMITTED (an opening would have made it VIEWED), no history, no access logged
        Snapshot after = snapshot(w);
        assertThat(after).isEqualTo(before);
        assertThat(after.application()).containsEntry("status", "SUBMITTED").containsEntry("viewed_at", null);
        assertThat(after.history()).isEqualTo(1);
        assertThat(after.accessRows()).isZero();

        // once A accepted X's interview, X may read the contact; Y still may not
        String interviewId = invite(w.x().owner(), w.appA());
        w.seekerA().as().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/seeker/interviews/" + interviewId + "/respond").then().statusCode(200);
        Snapshot accepted = snapshot(w);
        assertProblem(otherOwner.as().when().get(EMPLOYER_APPS + w.appA() + "/contact"), 404, "Y reads A's contact");
        assertProblem(otherOwner.as().contentType(ContentType.JSON).body(Map.of("to", "OFFER"))
                .when().post(EMPLOYER_APPS + w.appA() + "/transition"), 404, "Y offers A");
        assertProblem(otherOwner.as().contentType(ContentType.JSON).body(Map.of("to", "REJECTED", "reason", "不合适"))
                .when().post(EMPLOYER_APPS + w.appA() + "/transition"), 404, "Y rejects A");
        assertThat(snapshot(w)).isEqualTo(accepted);
        assertThat(db.count("select count(*) from resume_access where viewer_id = ?", otherOwner.id())).isZero();
        assertThat(db.count("select count(*) from resume_access where employer_id = ?", w.y().employerId())).isZero();
        w.x().owner().as().when().get(EMPLOYER_APPS + w.appA() + "/contact").then().statusCode(200)
                .body("phone", equalTo(w.phoneA())).body("name", equalTo(FULL_NAME));
    }

    @Test
    void a_member_who_joined_by_invitation_sees_the_employers_applicants() {
        World w = world();
        String code = w.x().owner().as().when().post("/api/v1/employer/invitations")
                .then().statusCode(201).extract().path("code");
        String hrName = Api.unique("acchr");
        Api.Session beforeJoin = Api.wechatUser(hrName);
        for (Call call : employerCalls(w)) {
            assertProblem(call.by(beforeJoin.as()), 403, "before joining: " + call);
        }
        beforeJoin.as().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/employer/join")
                .then().statusCode(200).body("employerId", equalTo(w.x().employerId())).body("role", equalTo("HR"));
        Api.Session hr = Api.wechatUser(hrName);

        JsonPath list = hr.as().when().get("/api/v1/employer/jobs/" + w.jobX() + "/applications")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.id", String.class)).containsExactly(w.appA());
        assertThat(list.getString("items[0].contact.phoneMasked")).isEqualTo(w.phoneA().substring(0, 3) + "****5678");
        assertThat(list.prettify()).doesNotContain(w.phoneA()).doesNotContain(FULL_NAME);

        hr.as().when().get(EMPLOYER_APPS + w.appA()).then().statusCode(200).body("status", equalTo("VIEWED"));
        assertThat(db.count("select count(*) from resume_access where application_id = ? and viewer_id = ? and employer_id = ?",
                w.appA(), hr.id(), w.x().employerId())).isEqualTo(1);
        // the member acts for X only
        assertProblem(hr.as().when().get("/api/v1/employer/jobs/" + w.jobY() + "/applications"), 404, "HR on Y's job");
    }

    @Test
    void employer_responses_mask_the_phone_and_name_until_an_interview_is_accepted() {
        World w = world();
        Api.Session employer = w.x().owner();
        String masked = w.phoneA().substring(0, 3) + "****" + w.phoneA().substring(7);
        assertThat(masked).isEqualTo("138****5678");
        // every response is checked, so one run names every place that leaks
        SoftAssertions leaks = new SoftAssertions();

        Response list = employer.as().when().get("/api/v1/employer/jobs/" + w.jobX() + "/applications");
        list.then().statusCode(200).body("items[0].id", equalTo(w.appA()))
                .body("items[0].contact.phoneMasked", equalTo(masked)).body("items[0].contact.name", equalTo(MASKED_NAME))
                .body("items[0].contact.revealed", equalTo(false));
        assertMasked(leaks, list, w, "the list");

        Response detail = employer.as().when().get(EMPLOYER_APPS + w.appA());
        detail.then().statusCode(200).body("status", equalTo("VIEWED"))
                .body("contact.phoneMasked", equalTo(masked)).body("contact.name", equalTo(MASKED_NAME));
        assertMasked(leaks, detail, w, "the detail");

        Response invited = employer.as().contentType(ContentType.JSON)
                .body(Map.of("to", "INTERVIEW", "interview", interview(Duration.ofDays(10))))
                .when().post(EMPLOYER_APPS + w.appA() + "/transition");
        invited.then().statusCode(200).body("status", equalTo("INTERVIEW")).body("contact.phoneMasked", equalTo(masked))
                .body("contact.name", equalTo(MASKED_NAME));
        assertMasked(leaks, invited, w, "the transition response");
        assertMasked(leaks, employer.as().when().get("/api/v1/employer/jobs/" + w.jobX() + "/applications"), w, "the list at INTERVIEW");
        assertMasked(leaks, employer.as().when().get(EMPLOYER_APPS + w.appA()), w, "the detail at INTERVIEW");
        assertProblem(employer.as().when().get(EMPLOYER_APPS + w.appA() + "/contact"), 409, "contact before acceptance");

        // a declined interview opens nothing either
        String firstRound = invited.jsonPath().getString("interviews[0].id");
        w.seekerA().as().contentType(ContentType.JSON).body(Map.of("accept", false))
                .when().post("/api/v1/seeker/interviews/" + firstRound + "/respond").then().statusCode(200);
        assertMasked(leaks, employer.as().when().get(EMPLOYER_APPS + w.appA()), w, "the detail after a declined interview");
        Response secondRound = employer.as().contentType(ContentType.JSON)
                .body(Map.of("to", "INTERVIEW", "interview", interview(Duration.ofDays(12))))
                .when().post(EMPLOYER_APPS + w.appA() + "/transition");
        assertMasked(leaks, secondRound, w, "the transition response of a second round");
        leaks.assertAll();

        // accepted: the name shows, the full phone only at the contact endpoint
        String interviewId = secondRound.jsonPath().getList("interviews", Map.class).stream()
                .filter(i -> "PENDING".equals(i.get("response"))).map(i -> (String) i.get("id")).findFirst().orElseThrow();
        w.seekerA().as().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/seeker/interviews/" + interviewId + "/respond").then().statusCode(200);
        Response revealed = employer.as().when().get(EMPLOYER_APPS + w.appA());
        revealed.then().statusCode(200).body("contact.revealed", equalTo(true)).body("contact.name", equalTo(FULL_NAME))
                .body("contact.phoneMasked", equalTo(masked));
        assertThat(revealed.asString()).doesNotContain(w.phoneA());
        employer.as().when().get(EMPLOYER_APPS + w.appA() + "/contact").then().statusCode(200).body("phone", equalTo(w.phoneA()));
    }

    private static void assertMasked(SoftAssertions leaks, Response r, World w, String what) {
        assertThat(r.statusCode()).as(what).isEqualTo(200);
        String body = r.asString();
        leaks.assertThat(body).as("%s must not carry the full phone", what).doesNotContain(w.phoneA());
        leaks.assertThat(body).as("%s must not carry the full name before an accepted interview", what).doesNotContain(FULL_NAME);
    }
}
