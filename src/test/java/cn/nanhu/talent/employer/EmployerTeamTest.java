package cn.nanhu.talent.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployerTeamTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_owner_invites_a_member_who_then_acts_for_the_employer() {
        Employers.Registered company = Employers.approved(Api.unique("team"));
        String code = company.owner().as().when().post("/api/v1/employer/invitations")
                .then().statusCode(201).extract().path("code");

        String hrName = Api.unique("hr");
        Api.Session hr = Api.wechatUser(hrName);
        hr.as().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/employer/join")
                .then().statusCode(200).body("employerId", equalTo(company.employerId())).body("role", equalTo("HR"));
        Api.Session hrAgain = Api.wechatUser(hrName);
        hrAgain.as().when().get("/api/v1/me").then().body("roles", hasItem("EMPLOYER"));

        company.owner().as().when().get("/api/v1/employer/members")
                .then().statusCode(200)
                .body("userId", containsInAnyOrder(company.owner().id(), hr.id()))
                .body("role", containsInAnyOrder("OWNER", "HR"));
        assertThat(db.count("select count(*) from employer_invitation where used_by = ?", hr.id())).isEqualTo(1);
        assertThat(db.count("select count(*) from employer_invitation where code_hash = ?", code)).as("stored hashed").isZero();

        hrAgain.as().when().post("/api/v1/employer/invitations").then().statusCode(403);
        hrAgain.as().when().delete("/api/v1/employer/members/" + company.owner().id()).then().statusCode(403);

        Api.Session late = Api.wechatUser(Api.unique("late"));
        late.as().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/employer/join")
                .then().statusCode(400).body("violations[0].field", equalTo("code"));

        company.owner().as().when().delete("/api/v1/employer/members/" + hr.id()).then().statusCode(204);
        Api.wechatUser(hrName).as().when().get("/api/v1/me").then().body("roles", not(hasItem("EMPLOYER")));
        company.owner().as().when().get("/api/v1/employer/members").then().body("$", hasSize(1));
    }

    @Test
    void an_invitation_expires_after_seven_days() {
        Employers.Registered company = Employers.approved(Api.unique("exp"));
        String code = company.owner().as().when().post("/api/v1/employer/invitations").then().statusCode(201).extract().path("code");
        clock.advance(Duration.ofDays(8));
        Api.wechatUser(Api.unique("tardy")).as().contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/employer/join").then().statusCode(400);
    }

    @Test
    void an_owner_never_reaches_another_employers_members() {
        Employers.Registered x = Employers.approved(Api.unique("x"));
        Employers.Registered y = Employers.approved(Api.unique("y"));
        x.owner().as().when().delete("/api/v1/employer/members/" + y.owner().id()).then().statusCode(404);
        assertThat(db.count("select count(*) from employer_member where user_id = ?", y.owner().id())).isEqualTo(1);
        x.owner().as().when().get("/api/v1/employer/members").then().body("userId", not(hasItem(y.owner().id())));
    }

    @Test
    void team_endpoints_need_an_approved_employer() {
        given().when().post("/api/v1/employer/invitations").then().statusCode(401);
        Api.Session pending = Api.wechatUser(Api.unique("pend"));
        Employers.register(pending);
        pending.as().when().get("/api/v1/employer/members").then().statusCode(403);
        Api.admin().as().when().get("/api/v1/employer/members").then().statusCode(403);
    }

    @Test
    void an_admin_assigns_a_dedicated_hr_whom_the_employer_sees() {
        Employers.Registered company = Employers.approved(Api.unique("hrs"));
        Api.Session service = Api.newStaff(Api.unique("svc"), "SERVICE");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("staffId", service.id()))
                .when().put("/api/v1/admin/employers/" + company.employerId() + "/dedicated-hr")
                .then().statusCode(200).body("staffId", equalTo(service.id()));
        company.owner().as().when().get("/api/v1/employer/dedicated-hr")
                .then().statusCode(200).body("staffId", equalTo(service.id())).body("displayName", equalTo(db.row("select display_name from staff_account where id = ?", service.id()).get("display_name")));
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'DEDICATED_HR_ASSIGNED'", company.employerId()))
                .isPositive();

        Api.Session reviewer = Api.newStaff(Api.unique("rvw"), "REVIEWER");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("staffId", reviewer.id()))
                .when().put("/api/v1/admin/employers/" + company.employerId() + "/dedicated-hr")
                .then().statusCode(400).body("violations[0].field", equalTo("staffId"));
        reviewer.as().contentType(ContentType.JSON).body(Map.of("staffId", service.id()))
                .when().put("/api/v1/admin/employers/" + company.employerId() + "/dedicated-hr").then().statusCode(403);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("staffId", service.id()))
                .when().put("/api/v1/admin/employers/01ARZ3NDEKTSV4RRFFQ69G5FAV/dedicated-hr").then().statusCode(404);
    }

    @Test
    void an_approved_employer_gets_a_service_member_automatically() {
        Api.newStaff(Api.unique("pool"), "SERVICE");
        Employers.Registered company = Employers.approved(Api.unique("auto"));
        company.owner().as().when().get("/api/v1/employer/dedicated-hr").then().statusCode(200);
        assertThat(db.row("select dedicated_hr_id from employer where id = ?", company.employerId()).get("dedicated_hr_id")).isNotNull();
    }
}
