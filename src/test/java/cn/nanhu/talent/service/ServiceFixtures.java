package cn.nanhu.talent.service;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Fixtures of the service log and 委托登记: dedicated HRs, employers they serve, unique phones, valid bodies. */
final class ServiceFixtures {

    static final String RECORDS = "/api/v1/admin/service-records";
    static final String DELEGATED = "/api/v1/admin/delegated-registrations";
    static final String MINE = "/api/v1/seeker/delegated-registrations";

    private ServiceFixtures() {
    }

    /** A new dedicated HR (SERVICE) staff member, signed in. */
    static Api.Session hr() {
        return Api.newStaff(Api.unique("hr"), "SERVICE");
    }

    /** An approved employer whose dedicated HR the admin made {@code hr}; returns its id. */
    static String employerServedBy(Api.Session hr) {
        String id = Employers.approved(Api.unique("svc")).employerId();
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("staffId", hr.id()))
                .when().put("/api/v1/admin/employers/" + id + "/dedicated-hr")
                .then().statusCode(200);
        return id;
    }

    /** A mainland mobile number no other test uses. */
    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A valid record for an employer, served an hour ago. */
    static Map<String, Object> forEmployer(String employerId, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerId", employerId);
        body.put("channel", "VISIT");
        body.put("servedAt", Jobs.now().minusHours(1).toString());
        body.put("note", note);
        return body;
    }

    static Map<String, Object> forSeeker(String userId, String note) {
        Map<String, Object> body = forEmployer(null, note);
        body.remove("employerId");
        body.put("seekerUserId", userId);
        body.put("channel", "PHONE");
        return body;
    }

    static String log(Api.Session staff, Map<String, Object> body) {
        return staff.as().contentType(ContentType.JSON).body(body).when().post(RECORDS)
                .then().statusCode(201).extract().path("id");
    }

    /** A complete registration on someone's behalf, consented in person; callers change fields to test refusals. */
    static Map<String, Object> delegated(String name, String phone) {
        return Seekers.delegated(name, phone);
    }

    static String register(Api.Session staff, Map<String, Object> body) {
        return staff.as().contentType(ContentType.JSON).body(body).when().post(DELEGATED)
                .then().statusCode(201).extract().path("id");
    }
}
