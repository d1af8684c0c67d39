package cn.nanhu.talent.consult;

import cn.nanhu.talent.support.Api;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** Consultation fixtures: open a ticket, answer it, SERVICE staff to route to. */
final class Consults {

    static final String USER = "/api/v1/consultations";
    static final String STAFF = "/api/v1/admin/consultations";

    private Consults() {
    }

    static Map<String, Object> body(String topic) {
        Map<String, Object> body = new HashMap<>();
        body.put("topic", topic);
        body.put("content", "请问在南湖区办理灵活就业社保登记需要哪些材料？");
        return body;
    }

    /** Opens a ticket as a seeker; returns its id. */
    static String open(Api.Session asker, String topic) {
        return asker.as().contentType(ContentType.JSON).body(body(topic)).when().post(USER)
                .then().statusCode(201).extract().path("id");
    }

    static String openAsEmployer(Api.Session member, String topic) {
        Map<String, Object> body = body(topic);
        body.put("asEmployer", true);
        return member.as().contentType(ContentType.JSON).body(body).when().post(USER)
                .then().statusCode(201).extract().path("id");
    }

    /** Opens a ticket and has an admin hand it to {@code staff}, so a test knows who answers. */
    static String openAssigned(Api.Session asker, String topic, Api.Session staff) {
        return openAssigned(asker, topic, staff, Api.admin());
    }

    /** Like {@link #openAssigned(Api.Session, String, Api.Session)} with an admin signed in before the clock moved. */
    static String openAssigned(Api.Session asker, String topic, Api.Session staff, Api.Session admin) {
        String id = open(asker, topic);
        admin.as().contentType(ContentType.JSON).body(Map.of("staffId", staff.id())).when().post(STAFF + "/" + id + "/assign")
                .then().statusCode(200);
        return id;
    }

    static void reply(Api.Session staff, String id, String text) {
        staff.as().contentType(ContentType.JSON).body(Map.of("content", text)).when().post(STAFF + "/" + id + "/messages")
                .then().statusCode(200);
    }

    /** A new enabled SERVICE staff member, signed in. */
    static Api.Session service(String prefix) {
        return Api.newStaff(Api.unique(prefix), "SERVICE");
    }

    static void setEnabled(Api.Session staff, boolean enabled) {
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("enabled", enabled)).when().put("/api/v1/admin/staff/" + staff.id())
                .then().statusCode(200);
    }
}
