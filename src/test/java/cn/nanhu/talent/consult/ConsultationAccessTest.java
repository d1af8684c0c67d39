package cn.nanhu.talent.consult;

import static cn.nanhu.talent.consult.Consults.STAFF;
import static cn.nanhu.talent.consult.Consults.USER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may do what: 401 signed out, 403 for the wrong role, 404 for another's ticket, 400 for bad input. */
@QuarkusTest
class ConsultationAccessTest {

    static final String SOME_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    @Inject
    Db db;

    /** Every endpoint: method, path, and a valid body where it takes one. */
    record Endpoint(String method, String path, Map<String, Object> body) {
        io.restassured.response.Response call(RequestSpecification spec) {
            if (body != null) {
                spec = spec.contentType(ContentType.JSON).body(body);
            }
            return spec.when().request(method, path);
        }
    }

    static List<Endpoint> userEndpoints(String id) {
        return List.of(new Endpoint("POST", USER, Consults.body("一个问题")), new Endpoint("GET", USER, null),
                new Endpoint("GET", USER + "/" + id, null), new Endpoint("POST", USER + "/" + id + "/messages", Map.of("content", "追问")),
                new Endpoint("POST", USER + "/" + id + "/close", null), new Endpoint("POST", USER + "/" + id + "/reopen", null),
                new Endpoint("POST", USER + "/" + id + "/rating", Map.of("score", 5)));
    }

    static List<Endpoint> staffEndpoints(String id) {
        return List.of(new Endpoint("GET", STAFF, null), new Endpoint("GET", STAFF + "/" + id, null),
                new Endpoint("POST", STAFF + "/" + id + "/messages", Map.of("content", "答复")),
                new Endpoint("POST", STAFF + "/" + id + "/assign", Map.of("staffId", SOME_ID)));
    }

    @Test
    void signed_out_callers_get_401_everywhere() {
        for (Endpoint e : concat(userEndpoints(SOME_ID), staffEndpoints(SOME_ID))) {
            e.call(given()).then().statusCode(401);
        }
    }

    @Test
    void staff_cannot_use_the_asking_side_and_users_and_reviewers_cannot_use_the_staff_side() {
        Api.Session admin = Api.admin();
        Api.Session reviewer = Api.newStaff(Api.unique("rev"), "REVIEWER");
        Api.Session seeker = Api.wechatUser(Api.unique("role"));
        for (Endpoint e : userEndpoints(SOME_ID)) {
            e.call(admin.as()).then().statusCode(403).contentType("application/problem+json");
        }
        for (Endpoint e : staffEndpoints(SOME_ID)) {
            e.call(seeker.as()).then().statusCode(403);
            e.call(reviewer.as()).then().statusCode(403);
        }
        Api.Session service = Consults.service("noassign");
        String id = Consults.open(seeker, "分配权限");
        service.as().contentType(ContentType.JSON).body(Map.of("staffId", service.id())).when().post(STAFF + "/" + id + "/assign")
                .then().statusCode(403);
        service.as().queryParam("assignee", admin.id()).when().get(STAFF).then().statusCode(403);
        service.as().queryParam("assignee", "none").when().get(STAFF).then().statusCode(403);
    }

    @Test
    void a_seeker_never_reaches_another_seekers_ticket() {
        Api.Session owner = Api.wechatUser(Api.unique("own"));
        Api.Session other = Api.wechatUser(Api.unique("other"));
        String id = Consults.open(owner, "我的咨询");

        for (Endpoint e : userEndpoints(id).subList(2, 7)) {
            e.call(other.as()).then().statusCode(404).contentType("application/problem+json");
        }
        for (Endpoint e : userEndpoints("not-an-id").subList(2, 7)) {
            e.call(owner.as()).then().statusCode(404);
        }
        other.as().when().get(USER).then().statusCode(200).body("items.id", not(hasItem(id)));
        assertThat(db.row("select status from consultation where id = ?", id)).containsEntry("status", "OPEN");
        assertThat(db.count("select count(*) from consultation_message where consultation_id = ?", id)).isEqualTo(1);
    }

    @Test
    void an_employer_ticket_is_shared_by_the_employers_members_only() {
        Employers.Registered company = Employers.approved(Api.unique("shareco"));
        String code = company.owner().as().when().post("/api/v1/employer/invitations").then().statusCode(201).extract().path("code");
        String memberName = Api.unique("member");
        Api.wechatUser(memberName).as().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/employer/join")
                .then().statusCode(200);
        Api.Session member = Api.wechatUser(memberName);
        Api.Session stranger = Employers.approved(Api.unique("otherco")).owner();
        String id = Consults.openAsEmployer(company.owner(), "单位的问题");

        member.as().when().get(USER).then().statusCode(200).body("items.id", hasItem(id));
        member.as().when().get(USER + "/" + id).then().statusCode(200).body("asEmployer", equalTo(true));
        member.as().contentType(ContentType.JSON).body(Map.of("content", "同事补充")).when().post(USER + "/" + id + "/messages")
                .then().statusCode(200);
        stranger.as().when().get(USER + "/" + id).then().statusCode(404);
        stranger.as().when().get(USER).then().statusCode(200).body("items.id", not(hasItem(id)));

        String hrId = (String) db.row("select assignee_id from consultation where id = ?", id).get("assignee_id");
        Api.admin().as().when().get(STAFF + "/" + id).then().statusCode(200).body("kind", equalTo("EMPLOYER"))
                .body("asker.employerId", equalTo(company.employerId())).body("asker.employerName", org.hamcrest.Matchers.startsWith("嘉兴南湖测试科技有限公司"));
        assertThat(hrId).isNotNull();
        // only the asker rates
        Consults.reply(Api.admin(), id, "管理员答复");
        member.as().contentType(ContentType.JSON).body(Map.of("score", 5)).when().post(USER + "/" + id + "/rating").then().statusCode(403);
        company.owner().as().contentType(ContentType.JSON).body(Map.of("score", 5)).when().post(USER + "/" + id + "/rating").then().statusCode(200);
    }

    @Test
    void a_service_member_sees_only_their_own_tickets() {
        Api.Session hr = Consults.service("mine");
        Api.Session otherHr = Consults.service("notmine");
        Api.Session seeker = Api.wechatUser(Api.unique("bola"));
        String mine = Consults.openAssigned(seeker, "给我的", hr);
        String theirs = Consults.openAssigned(seeker, "给别人的", otherHr);

        hr.as().queryParam("size", 100).when().get(STAFF).then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs))).body("items.assignee.id", everyItem(equalTo(hr.id())));
        hr.as().queryParam("assignee", hr.id()).when().get(STAFF).then().statusCode(200).body("items.id", hasItem(mine));
        hr.as().when().get(STAFF + "/" + theirs).then().statusCode(404).contentType("application/problem+json");
        hr.as().contentType(ContentType.JSON).body(Map.of("content", "越权答复")).when().post(STAFF + "/" + theirs + "/messages")
                .then().statusCode(404);
        hr.as().when().get(STAFF + "/not-an-id").then().statusCode(404);
        assertThat(db.count("select count(*) from consultation_message where consultation_id = ?", theirs)).isEqualTo(1);
        Api.admin().as().queryParam("assignee", otherHr.id()).when().get(STAFF).then().statusCode(200).body("items.id", hasItem(theirs));
    }

    @Test
    void an_admin_reassigns_only_to_an_enabled_service_member_and_it_is_audited() {
        Api.Session admin = Api.admin();
        Api.Session from = Consults.service("from");
        Api.Session to = Consults.service("to");
        Api.Session disabled = Consults.service("off");
        Consults.setEnabled(disabled, false);
        Api.Session reviewer = Api.newStaff(Api.unique("notsvc"), "REVIEWER");
        String id = Consults.openAssigned(Api.wechatUser(Api.unique("reassign")), "转派", from);

        for (String bad : List.of(disabled.id(), reviewer.id(), SOME_ID)) {
            admin.as().contentType(ContentType.JSON).body(Map.of("staffId", bad)).when().post(STAFF + "/" + id + "/assign")
                    .then().statusCode(400).body("violations[0].field", equalTo("staffId"));
        }
        admin.as().contentType(ContentType.JSON).body(Map.of()).when().post(STAFF + "/" + id + "/assign")
                .then().statusCode(400).body("violations[0].field", equalTo("staffId"));
        admin.as().contentType(ContentType.JSON).body(Map.of("staffId", to.id())).when().post(STAFF + "/" + SOME_ID + "/assign")
                .then().statusCode(404);
        admin.as().contentType(ContentType.JSON).body(Map.of("staffId", to.id())).when().post(STAFF + "/" + id + "/assign")
                .then().statusCode(200).body("assignee.id", equalTo(to.id()));

        assertThat(db.row("select assignee_id from consultation where id = ?", id)).containsEntry("assignee_id", to.id());
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'CONSULTATION_ASSIGNED'"
                + " and detail like ? and detail like ?", id, "%" + to.id() + "%", "%" + from.id() + "%")).isEqualTo(1);
        from.as().when().get(STAFF + "/" + id).then().statusCode(404);
        to.as().when().get(STAFF + "/" + id).then().statusCode(200);
    }

    @Test
    void bad_input_is_400_naming_the_field_and_stores_nothing() {
        Api.Session seeker = Api.wechatUser(Api.unique("bad"));
        String marker = Api.unique("坏");
        assertField(seeker, Map.of("content", "内容"), "topic");
        assertField(seeker, Map.of("topic", "   ", "content", "内容"), "topic");
        assertField(seeker, Map.of("topic", marker + "长".repeat(61), "content", "内容"), "topic");
        assertField(seeker, Map.of("topic", marker), "content");
        assertField(seeker, Map.of("topic", marker, "content", "长".repeat(2001)), "content");
        assertField(seeker, Map.of("topic", marker + "违禁", "content", "内容"), "topic");
        assertField(seeker, Map.of("topic", marker, "content", "这里有违禁内容"), "content");
        seeker.as().contentType(ContentType.JSON).when().post(USER).then().statusCode(400);
        assertThat(db.count("select count(*) from consultation where asker_user_id = ?", seeker.id())).isZero();

        String id = Consults.open(seeker, marker);
        for (Object content : new Object[] {"", "违禁的追问", "长".repeat(2001)}) {
            seeker.as().contentType(ContentType.JSON).body(Map.of("content", content)).when().post(USER + "/" + id + "/messages")
                    .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("content"));
        }
        assertThat(db.count("select count(*) from consultation_message where consultation_id = ?", id)).isEqualTo(1);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("content", " ")).when().post(STAFF + "/" + id + "/messages")
                .then().statusCode(400).body("violations[0].field", equalTo("content"));
        seeker.as().queryParam("cursor", "garbage!").when().get(USER).then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        seeker.as().queryParam("size", "0").when().get(USER).then().statusCode(400).body("violations[0].field", equalTo("size"));
        Api.Session admin = Api.admin();
        admin.as().queryParam("status", "WAITING").when().get(STAFF).then().statusCode(400).body("violations[0].field", equalTo("status"));
        admin.as().queryParam("overdue", "maybe").when().get(STAFF).then().statusCode(400).body("violations[0].field", equalTo("overdue"));
        admin.as().queryParam("cursor", "garbage!").when().get(STAFF).then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        admin.as().queryParam("status", "OPEN").queryParam("size", 100).when().get(STAFF).then().statusCode(200)
                .body("items.status", everyItem(equalTo("OPEN")));
    }

    private static void assertField(Api.Session s, Map<String, Object> body, String field) {
        s.as().contentType(ContentType.JSON).body(new HashMap<>(body)).when().post(USER)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    private static List<Endpoint> concat(List<Endpoint> a, List<Endpoint> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
