package cn.nanhu.talent.support;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Fixtures for jobs: a valid post, posting it, finding its review item, approving it. */
public final class Jobs {

    public static final String EMPLOYER_JOBS = "/api/v1/employer/jobs";
    public static final String REVIEWS = "/api/v1/admin/reviews";

    private Jobs() {
    }

    /** A made-up word of letters that only one test's jobs carry, so searches see only that test's data. */
    public static String marker() {
        StringBuilder sb = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    /** A complete, valid post in Nanhu, closing in 30 days by the test clock; callers change fields. */
    public static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("occupationCode", "2-02-10-03");
        body.put("districtCode", "330402");
        body.put("address", "嘉兴市南湖区亚太路1052号");
        body.put("salaryMin", 8000);
        body.put("salaryMax", 12000);
        body.put("headcount", 2);
        body.put("education", "本科");
        body.put("experienceYears", 3);
        body.put("jobType", "FULL_TIME");
        body.put("tags", List.of("五险一金", "双休"));
        body.put("description", "负责后端服务的设计与开发。");
        body.put("expiresAt", now().plus(Duration.ofDays(30)).format(ISO_OFFSET_DATE_TIME));
        return body;
    }

    /** Now by the application's clock (the tests' movable one). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(CDI.current().select(MutableClock.class).get());
    }

    /** Posts the job as the employer; returns its id. */
    public static String post(Api.Session employer, Map<String, Object> body) {
        return employer.as().contentType(ContentType.JSON).body(body)
                .when().post(EMPLOYER_JOBS)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Posts and approves a job; returns its id. */
    public static String published(Api.Session employer, Map<String, Object> body) {
        String id = post(employer, body);
        approve(id);
        return id;
    }

    public static void approve(String jobId) {
        decide(jobId, Map.of("decision", "APPROVE"));
    }

    public static void reject(String jobId, String reason) {
        decide(jobId, Map.of("decision", "REJECT", "reason", reason));
    }

    private static void decide(String jobId, Map<String, Object> decision) {
        Api.Session admin = Api.admin();
        Map<String, Object> item = pendingItem(admin, jobId);
        Map<String, Object> body = new HashMap<>(decision);
        body.put("version", item.get("version"));
        admin.as().contentType(ContentType.JSON).body(body)
                .when().post(REVIEWS + "/" + item.get("id") + "/decision")
                .then().statusCode(200);
    }

    /** The pending review item of a job, as a reviewer sees it. */
    public static Map<String, Object> pendingItem(Api.Session reviewer, String jobId) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = reviewer.as().queryParam("kind", "JOB").queryParam("size", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(REVIEWS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all.stream().filter(i -> jobId.equals(i.get("subjectId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no pending review item for job " + jobId));
    }
}
