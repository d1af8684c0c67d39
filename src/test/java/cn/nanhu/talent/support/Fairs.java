package cn.nanhu.talent.support;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static io.restassured.RestAssured.given;

import static org.awaitility.Awaitility.await;

import cn.nanhu.talent.common.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Fixtures for job fairs: a valid body, a draft, a published fair, registrations and their review, tickets. */
public final class Fairs {

    public static final String ADMIN_FAIRS = "/api/v1/admin/fairs";
    public static final String PUBLIC_FAIRS = "/api/v1/fairs";
    public static final String EMPLOYER_FAIRS = "/api/v1/employer/fairs";
    public static final String SEEKER_FAIRS = "/api/v1/seeker/fairs";

    private Fairs() {
    }

    /** A valid ONLINE fair starting in two days by the test clock and lasting eight hours; callers change fields. */
    public static Map<String, Object> body(String title) {
        OffsetDateTime start = Jobs.now().plus(Duration.ofDays(2));
        return body(title, start, start.plus(Duration.ofHours(8)));
    }

    public static Map<String, Object> body(String title, OffsetDateTime startAt, OffsetDateTime endAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("mode", "ONLINE");
        body.put("startAt", startAt.format(ISO_OFFSET_DATE_TIME));
        body.put("endAt", endAt.format(ISO_OFFSET_DATE_TIME));
        body.put("capacity", 100);
        body.put("description", "南湖区春季云招聘专场，线上洽谈。");
        return body;
    }

    /** A valid OFFLINE fair in Nanhu (330402) with a venue. */
    public static Map<String, Object> offline(String title) {
        Map<String, Object> body = body(title);
        body.put("mode", "OFFLINE");
        body.put("venue", "南湖区人力资源市场一楼大厅");
        body.put("districtCode", "330402");
        return body;
    }

    /** Creates a draft as the admin; returns its id. */
    public static String draft(Api.Session admin, Map<String, Object> body) {
        return admin.as().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN_FAIRS)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Creates and publishes a fair; returns its id. */
    public static String published(Api.Session admin, Map<String, Object> body) {
        String id = draft(admin, body);
        admin.as().when().post(ADMIN_FAIRS + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Registers the employer for the fair with the jobs; returns the registration id. */
    public static String register(Api.Session employer, String fairId, List<String> jobIds) {
        return employer.as().contentType(ContentType.JSON).body(Map.of("jobIds", jobIds))
                .when().post(EMPLOYER_FAIRS + "/" + fairId + "/registrations")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The pending FAIR_REGISTRATION review item of a registration, walking every page of the queue. */
    public static Map<String, Object> pendingItem(Api.Session reviewer, String registrationId) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = reviewer.as().queryParam("kind", "FAIR_REGISTRATION").queryParam("size", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(Jobs.REVIEWS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all.stream().filter(i -> registrationId.equals(i.get("subjectId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no pending review item for fair registration " + registrationId));
    }

    public static void approve(Api.Session reviewer, String registrationId) {
        decide(reviewer, registrationId, Map.of("decision", "APPROVE"));
    }

    public static void reject(Api.Session reviewer, String registrationId, String reason) {
        decide(reviewer, registrationId, Map.of("decision", "REJECT", "reason", reason));
    }

    private static void decide(Api.Session reviewer, String registrationId, Map<String, Object> decision) {
        Map<String, Object> item = pendingItem(reviewer, registrationId);
        Map<String, Object> body = new HashMap<>(decision);
        body.put("version", item.get("version"));
        reviewer.as().contentType(ContentType.JSON).body(body)
                .when().post(Jobs.REVIEWS + "/" + item.get("id") + "/decision")
                .then().statusCode(200);
    }

    /** Signs the seeker up; returns the ticket {id, ticketCode}. */
    public static Map<String, Object> signup(Api.Session seeker, String fairId) {
        return seeker.as().when().post(SEEKER_FAIRS + "/" + fairId + "/signup")
                .then().statusCode(201)
                .extract().jsonPath().getMap("$");
    }

    /** Every fair id of the public list with this status filter (null: none), walking all pages. */
    public static List<String> publicIds(String status) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParam("size", 100);
            if (status != null) {
                spec.queryParam("status", status);
            }
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(PUBLIC_FAIRS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** Every job id of a fair's job list with these query parameters, walking all pages. */
    public static List<String> jobIds(String fairId, Map<String, String> params) {
        return pages(PUBLIC_FAIRS + "/" + fairId + "/jobs", params);
    }

    /** Every job id of the public job search with these query parameters, walking all pages. */
    public static List<String> searchIds(Map<String, String> params) {
        return pages("/api/v1/jobs", params);
    }

    private static List<String> pages(String path, Map<String, String> params) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParams(params).queryParam("size", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(path).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    /**
     * Plays a sign-up of {@code userId} that is in flight while {@code request} runs: the statements
     * FairTickets.signup runs (the conditional count update, the ticket) in a transaction held open
     * until the request waits on that transaction's locks, then committed. So the request is certain
     * to have read the fair before the sign-up and to write after it, every time. The statements
     * mirror FairTickets.signup; change them here if that method changes. Returns what the request
     * returned.
     */
    public static <T> T racingASignUp(String fairId, String userId, Supplier<T> request) throws Exception {
        Db db = CDI.current().select(Db.class).get();
        CompletableFuture<T> racing;
        QuarkusTransaction.begin();
        try {
            if (db.update("update fair set signups = signups + 1 where id = ? and signups < capacity", fairId) != 1) {
                throw new AssertionError("the fair is already full");
            }
            db.update("insert into fair_ticket (id, fair_id, user_id, ticket_code, created_at) values (?, ?, ?, ?, current_timestamp)",
                    Ids.newId(CDI.current().select(MutableClock.class).get()), fairId, userId,
                    ("R" + Api.unique("")).toUpperCase(Locale.ROOT));
            racing = CompletableFuture.supplyAsync(request);
            // polled from another connection: the request's session waits on this transaction's locks
            // (the tests run one at a time, so a blocked session is the request's)
            await().atMost(Duration.ofSeconds(20)).until(() -> racing.isDone()
                    || db.sessionsWaitingOnALock() > 0);
        } finally {
            QuarkusTransaction.commit();
        }
        return racing.get(30, TimeUnit.SECONDS);
    }
}
