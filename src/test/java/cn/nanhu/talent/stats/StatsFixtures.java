package cn.nanhu.talent.stats;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static io.restassured.RestAssured.given;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The actions the statistics count, through the real endpoints, in places no other test uses. */
final class StatsFixtures {

    static final String STATS = "/api/v1/admin/stats";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Employers of these tests are in 嘉善县, their jobs and fairs in 海盐县; no other test uses either. */
    static final String EMPLOYER_DISTRICT = "330421";
    static final String JOB_DISTRICT = "330424";

    private StatsFixtures() {
    }

    /** 10:00 China time on a Wednesday in the second half of March of the year: no holiday near it. */
    static OffsetDateTime wednesdayMorning(int year) {
        LocalDate day = LocalDate.of(year, 3, 15).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        return day.atTime(LocalTime.of(10, 0)).atZone(CHINA).toOffsetDateTime();
    }

    /** Registers an employer in {@link #EMPLOYER_DISTRICT}; returns its id and the owner's session. */
    static Employers.Registered register(String name) {
        Api.Session owner = Api.wechatUser(name);
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(owner));
        body.put("districtCode", EMPLOYER_DISTRICT);
        String id = owner.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/employers")
                .then().statusCode(201).extract().path("id");
        return new Employers.Registered(id, owner);
    }

    static void decide(Api.Session admin, String employerId, boolean approve) {
        Map<String, Object> item = Employers.pendingItem(admin, employerId);
        Map<String, Object> decision = new HashMap<>(Map.of("decision", approve ? "APPROVE" : "REJECT", "version", item.get("version")));
        if (approve) {
            decision.put("confirmAboveDesignatedSize", true);
        } else {
            decision.put("reason", "营业执照不清晰");
        }
        admin.as().contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/admin/reviews/" + item.get("id") + "/decision").then().statusCode(200);
    }

    /** Registers and approves an employer; returns it with the owner signed in again (now EMPLOYER). */
    static Employers.Registered approved(Api.Session admin, String name) {
        Employers.Registered r = register(name);
        decide(admin, r.employerId(), true);
        return new Employers.Registered(r.employerId(), Api.wechatUser(name));
    }

    static String publishedJob(Api.Session owner, Duration open) {
        return publishedJob(owner, open, JOB_DISTRICT);
    }

    static String publishedJob(Api.Session owner, Duration open, String district) {
        Map<String, Object> body = Jobs.body("统计测试工程师");
        body.put("districtCode", district);
        body.put("expiresAt", Jobs.now().plus(open).format(ISO_OFFSET_DATE_TIME));
        return Jobs.published(owner, body);
    }

    static void close(Api.Session owner, String jobId) {
        owner.as().when().post(Jobs.EMPLOYER_JOBS + "/" + jobId + "/close")
                .then().statusCode(200);
    }

    static Api.Session seeker(String name) {
        return Seekers.registered(name, "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
    }

    static void move(Api.Session employer, String applicationId, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to));
        if (to.equals("INTERVIEW")) {
            body.put("interview", Map.of("at", Jobs.now().plus(Duration.ofDays(3)).format(ISO_OFFSET_DATE_TIME), "place", "海盐县武原街道", "contact", "王经理"));
        }
        if (to.equals("REJECTED")) {
            body.put("reason", "岗位已满");
        }
        employer.as().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/employer/applications/" + applicationId + "/transition").then().statusCode(200);
    }

    /** The employer opens the application (VIEWED) and takes it along the pipeline. */
    static void pipeline(Api.Session employer, String applicationId, String... moves) {
        employer.as().when().get("/api/v1/employer/applications/" + applicationId).then().statusCode(200);
        for (String to : moves) {
            move(employer, applicationId, to);
        }
    }

    static String consultation(Api.Session asker) {
        return asker.as().contentType(ContentType.JSON)
                .body(Map.of("topic", "灵活就业社保", "content", "请问办理灵活就业社保登记需要哪些材料？"))
                .when().post("/api/v1/consultations").then().statusCode(201).extract().path("id");
    }

    static void answer(Api.Session staff, String consultationId) {
        staff.as().contentType(ContentType.JSON).body(Map.of("content", "带身份证到窗口办理即可。"))
                .when().post("/api/v1/admin/consultations/" + consultationId + "/messages").then().statusCode(200);
    }

    /** An offline fair in {@link #JOB_DISTRICT} whose doors are open now (it starts in an hour). */
    static String fairOpenNow(Api.Session admin) {
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        Map<String, Object> body = Fairs.body(Api.unique("统计招聘会"), start, start.plus(Duration.ofHours(6)));
        body.put("mode", "OFFLINE");
        body.put("venue", "海盐县人力资源市场");
        body.put("districtCode", JOB_DISTRICT);
        return Fairs.published(admin, body);
    }

    static void checkin(Api.Session staff, String fairId, Map<String, Object> ticket) {
        staff.as().contentType(ContentType.JSON).body(Map.of("ticketCode", ticket.get("ticketCode")))
                .when().post(Fairs.ADMIN_FAIRS + "/" + fairId + "/checkins").then().statusCode(200);
    }

    static JsonPath overview(Api.Session admin, LocalDate from, LocalDate to) {
        return admin.as().queryParam("from", from.toString()).queryParam("to", to.toString())
                .when().get(STATS + "/overview").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath overview(Api.Session admin, LocalDate from, LocalDate to, String dimension, String value) {
        return admin.as().queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("dimension", dimension).queryParam("value", value)
                .when().get(STATS + "/overview").then().statusCode(200).extract().jsonPath();
    }

    /** The metrics of one value of a breakdown, or an empty map when the value has none. */
    static Map<String, Integer> breakdown(Api.Session admin, String dimension, LocalDate from, LocalDate to, String value) {
        List<Map<String, Object>> items = admin.as().queryParam("dimension", dimension)
                .queryParam("from", from.toString()).queryParam("to", to.toString())
                .when().get(STATS + "/breakdown").then().statusCode(200).extract().jsonPath().getList("items");
        @SuppressWarnings("unchecked")
        Map<String, Integer> metrics = items.stream().filter(i -> value.equals(i.get("value"))).findFirst()
                .map(i -> (Map<String, Integer>) i.get("metrics")).orElse(Map.of());
        return metrics;
    }

    static void rebuild(Api.Session admin) {
        admin.as().when().post(STATS + "/rebuild").then().statusCode(200);
    }

    static io.restassured.specification.RequestSpecification anonymous() {
        return given();
    }
}
