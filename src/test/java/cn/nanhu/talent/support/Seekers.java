package cn.nanhu.talent.support;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Job seekers for tests: a registration body, a registered seeker, a bound phone, a résumé file. */
public final class Seekers {

    public static final String PROFILE = "/api/v1/seeker/profile";
    public static final String APPLICATIONS = "/api/v1/seeker/applications";
    public static final String POLICY = "2026-11-01";

    private Seekers() {
    }

    /** A complete, valid registration; callers change fields to test refusals. */
    public static Map<String, Object> profile(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("gender", "FEMALE");
        body.put("birthYear", 1998);
        body.put("education", "本科");
        body.put("major", "计算机科学与技术");
        body.put("school", "嘉兴学院");
        body.put("graduationYear", 2020);
        body.put("experienceYears", 5);
        body.put("currentDistrictCode", "330402");
        body.put("desiredDistrictCodes", List.of("330402", "3304"));
        body.put("desiredOccupationCodes", List.of("2-02-10-03"));
        body.put("desiredSalaryMin", 9000);
        body.put("skills", List.of("Java", "SQL"));
        body.put("intro", "五年后端开发经验。");
        body.put("visibility", "PUBLIC");
        body.put("consentVersion", POLICY);
        return body;
    }

    /** A complete registration staff make on someone's behalf (委托登记), consented in person. */
    public static Map<String, Object> delegated(String name, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("gender", "MALE");
        body.put("birthYear", 1990);
        body.put("education", "大专");
        body.put("major", "机电一体化");
        body.put("school", "嘉兴职业技术学院");
        body.put("graduationYear", 2011);
        body.put("experienceYears", 12);
        body.put("currentDistrictCode", "330402");
        body.put("desiredDistrictCodes", List.of("330402"));
        body.put("desiredOccupationCodes", List.of("2-02-10-03"));
        body.put("desiredSalaryMin", 7000);
        body.put("skills", List.of("PLC", "电工证"));
        body.put("intro", "在招聘会现场委托登记。");
        body.put("phone", phone);
        body.put("consent", new HashMap<>(Map.of("method", "IN_PERSON", "statement", "本人在招聘会现场口头同意代为求职登记。")));
        return body;
    }

    /** Signs in a new WeChat user, binds a phone and registers; returns the session. */
    public static Api.Session registered(String name, String phone) {
        Api.Session s = Api.wechatUser(name);
        bindPhone(s, phone);
        register(s, profile("林" + name.substring(0, Math.min(2, name.length()))));
        return s;
    }

    public static void register(Api.Session s, Map<String, Object> body) {
        s.as().contentType(ContentType.JSON).body(body).when().put(PROFILE).then().statusCode(200);
    }

    public static void bindPhone(Api.Session s, String phone) {
        s.as().contentType(ContentType.JSON).body(Map.of("phoneCode", phone)).when().post("/api/v1/me/phone").then().statusCode(200);
    }

    /** Uploads a one-page PDF as the user's résumé; returns its file id. */
    public static String uploadResume(Api.Session s) {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return s.as().multiPart("file", "resume.pdf", pdf, "application/pdf").multiPart("purpose", "RESUME")
                .when().post("/api/v1/files").then().statusCode(201).extract().path("id");
    }

    /** Applies to a job; returns the application id. */
    public static String apply(Api.Session s, String jobId) {
        return s.as().contentType(ContentType.JSON).body(Map.of("jobId", jobId)).when().post(APPLICATIONS)
                .then().statusCode(201).extract().path("id");
    }
}
