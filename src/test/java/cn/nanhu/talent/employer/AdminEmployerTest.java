package cn.nanhu.talent.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminEmployerTest {

    private static final String ADMIN_EMPLOYERS = "/api/v1/admin/employers";

    @Inject
    Db db;

    @Test
    void suspending_hides_the_employer_and_stops_its_members_until_reinstated() {
        Employers.Registered company = Employers.approved(Api.unique("susp"));
        Api.Session admin = Api.admin();
        admin.as().contentType(ContentType.JSON).body(Map.of("reason", "虚假招聘投诉"))
                .when().post(ADMIN_EMPLOYERS + "/" + company.employerId() + "/suspend")
                .then().statusCode(200).body("employer.status", equalTo("SUSPENDED"));

        given().when().get("/api/v1/employers/" + company.employerId()).then().statusCode(404);
        company.owner().as().when().get("/api/v1/employer/members").then().statusCode(403);
        company.owner().as().when().get("/api/v1/employers/mine").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("虚假招聘投诉"));
        admin.as().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post(ADMIN_EMPLOYERS + "/" + company.employerId() + "/suspend").then().statusCode(409);
        admin.as().contentType(ContentType.JSON).body(Map.of())
                .when().post(ADMIN_EMPLOYERS + "/" + company.employerId() + "/suspend")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));

        admin.as().when().post(ADMIN_EMPLOYERS + "/" + company.employerId() + "/reinstate")
                .then().statusCode(200).body("employer.status", equalTo("APPROVED"));
        given().when().get("/api/v1/employers/" + company.employerId()).then().statusCode(200);
        admin.as().when().post(ADMIN_EMPLOYERS + "/" + company.employerId() + "/reinstate").then().statusCode(409);
        assertThat(db.rows("select action from audit_log where subject_id = ? order by id", company.employerId()))
                .extracting(r -> r.get("action")).contains("EMPLOYER_SUSPENDED", "EMPLOYER_REINSTATED");
    }

    @Test
    void only_admins_suspend_and_a_pending_employer_cannot_be_suspended() {
        Api.Session owner = Api.wechatUser(Api.unique("pend"));
        String pending = Employers.register(owner);
        Map<String, String> reason = Map.of("reason", "测试");
        Api.admin().as().contentType(ContentType.JSON).body(reason).when().post(ADMIN_EMPLOYERS + "/" + pending + "/suspend").then().statusCode(409);
        Api.newStaff(Api.unique("rv"), "REVIEWER").as().contentType(ContentType.JSON).body(reason)
                .when().post(ADMIN_EMPLOYERS + "/" + pending + "/suspend").then().statusCode(403);
        owner.as().contentType(ContentType.JSON).body(reason).when().post(ADMIN_EMPLOYERS + "/" + pending + "/suspend").then().statusCode(403);
        given().contentType(ContentType.JSON).body(reason).when().post(ADMIN_EMPLOYERS + "/" + pending + "/suspend").then().statusCode(401);
        Api.admin().as().contentType(ContentType.JSON).body(reason)
                .when().post(ADMIN_EMPLOYERS + "/01ARZ3NDEKTSV4RRFFQ69G5FAV/suspend").then().statusCode(404);
    }

    @Test
    void staff_search_employers_by_name_credit_code_and_status() {
        Api.Session owner = Api.wechatUser(Api.unique("find"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(owner));
        String id = owner.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/employers")
                .then().statusCode(201).extract().path("id");
        Api.Session reviewer = Api.newStaff(Api.unique("srch"), "REVIEWER");
        String code = (String) body.get("creditCode");
        reviewer.as().queryParam("q", code.substring(4, 16)).when().get(ADMIN_EMPLOYERS)
                .then().statusCode(200).body("items.employer.id", hasItem(id))
                .body("items.find { it.employer.id == '" + id + "' }.creditCodeValid", equalTo(true))
                .body("items.find { it.employer.id == '" + id + "' }.employer.contactPhone", equalTo("139****2222"));
        reviewer.as().queryParam("status", "APPROVED").queryParam("size", 100).when().get(ADMIN_EMPLOYERS)
                .then().statusCode(200).body("items.employer.id", not(hasItem(id)));
        reviewer.as().queryParam("status", "BOGUS").when().get(ADMIN_EMPLOYERS)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        reviewer.as().queryParam("q", "100%_\\").when().get(ADMIN_EMPLOYERS).then().statusCode(200);
        owner.as().when().get(ADMIN_EMPLOYERS).then().statusCode(403);
    }
}
