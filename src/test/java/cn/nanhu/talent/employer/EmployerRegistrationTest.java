package cn.nanhu.talent.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployerRegistrationTest {

    private static final String EMPLOYERS = "/api/v1/employers";

    @Inject
    Db db;
    @Inject
    Pii pii;

    @Test
    void a_user_registers_a_company_which_waits_for_review() {
        Api.Session owner = Api.wechatUser(Api.unique("own"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(owner));
        String id = owner.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract().path("id");

        owner.as().when().get(EMPLOYERS + "/mine")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("PENDING"))
                .body("memberRole", equalTo("OWNER"))
                .body("contactPhone", equalTo("139****2222"))
                .body("badges", empty());

        Map<String, Object> row = db.row("select * from employer where id = ?", id);
        assertThat(row).containsEntry("credit_code", body.get("creditCode")).containsEntry("status", "PENDING")
                .containsEntry("above_size_claimed", true).containsEntry("above_size_confirmed", false);
        assertThat((String) row.get("contact_phone_enc")).doesNotContain("13900002222");
        assertThat(pii.decrypt((String) row.get("contact_phone_enc"))).isEqualTo("13900002222");
        assertThat(db.row("select member_role from employer_member where employer_id = ? and user_id = ?", id, owner.id()))
                .containsEntry("member_role", "OWNER");
        assertThat(db.row("select status, flags from review_item where kind = 'EMPLOYER' and subject_id = ?", id))
                .containsEntry("status", "PENDING").containsEntry("flags", "ABOVE_SIZE_CLAIMED");
        given().when().get(EMPLOYERS + "/" + id).then().statusCode(404);
    }

    @Test
    void a_credit_code_with_a_wrong_check_digit_is_a_400_naming_credit_code() {
        Api.Session owner = Api.wechatUser(Api.unique("cc"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(owner));
        String good = (String) body.get("creditCode");
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        body.put("creditCode", good.substring(0, 17) + wrong);
        owner.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("creditCode"));
        assertThat(db.count("select count(*) from employer_member where user_id = ?", owner.id())).isZero();
    }

    @Test
    void unknown_district_and_industry_codes_are_named() {
        Api.Session owner = Api.wechatUser(Api.unique("codes"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(owner));
        body.put("districtCode", "339999");
        owner.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(400).body("violations[0].field", equalTo("districtCode"));
        body.put("districtCode", "330402");
        body.put("industryCode", "ZZ");
        owner.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(400).body("violations[0].field", equalTo("industryCode"));
    }

    @Test
    void missing_fields_are_each_named() {
        Api.Session owner = Api.wechatUser(Api.unique("empty"));
        owner.as().contentType(ContentType.JSON).body(Map.of("name", "x", "contactPhone", "12345", "scale", "huge"))
                .when().post(EMPLOYERS)
                .then().statusCode(400)
                .body("violations.field", hasItem("creditCode"))
                .body("violations.field", hasItem("contactPhone"))
                .body("violations.field", hasItem("scale"))
                .body("violations.field", hasItem("licenseFileId"));
    }

    @Test
    void lower_case_and_spaced_codes_are_normalised() {
        Api.Session owner = Api.wechatUser(Api.unique("norm"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(owner));
        String code = (String) body.get("creditCode");
        body.put("creditCode", " " + code.toLowerCase() + " ");
        String id = owner.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(201).extract().path("id");
        assertThat(db.row("select credit_code from employer where id = ?", id)).containsEntry("credit_code", code);
    }

    @Test
    void one_credit_code_registers_once_and_one_user_belongs_to_one_employer() {
        Api.Session first = Api.wechatUser(Api.unique("first"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(first));
        first.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS).then().statusCode(201);

        Api.Session second = Api.wechatUser(Api.unique("second"));
        body.put("licenseFileId", Employers.uploadLicense(second));
        second.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(409).contentType("application/problem+json");

        Map<String, Object> another = Employers.registration(Employers.uploadLicense(first));
        first.as().contentType(ContentType.JSON).body(another).when().post(EMPLOYERS).then().statusCode(409);
    }

    @Test
    void a_client_cannot_set_status_badges_or_the_dedicated_hr() {
        Api.Session owner = Api.wechatUser(Api.unique("mass"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(owner));
        body.put("status", "APPROVED");
        body.put("aboveSizeConfirmed", true);
        body.put("badges", java.util.List.of("VERIFIED"));
        body.put("dedicatedHrId", "01ARZ3NDEKTSV4RRFFQ69G5FAV");
        String id = owner.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        assertThat(db.row("select status, above_size_confirmed, dedicated_hr_id from employer where id = ?", id))
                .containsEntry("status", "PENDING").containsEntry("above_size_confirmed", false).containsEntry("dedicated_hr_id", null);
    }

    @Test
    void someone_elses_licence_file_cannot_be_used() {
        Api.Session owner = Api.wechatUser(Api.unique("lic"));
        Api.Session other = Api.wechatUser(Api.unique("lic2"));
        Map<String, Object> body = Employers.registration(Employers.uploadLicense(other));
        owner.as().contentType(ContentType.JSON).body(body).when().post(EMPLOYERS)
                .then().statusCode(400).body("violations[0].field", equalTo("licenseFileId"));
    }

    @Test
    void registration_needs_a_wechat_user() {
        given().contentType(ContentType.JSON).body(Map.of()).when().post(EMPLOYERS).then().statusCode(401);
        Api.admin().as().contentType(ContentType.JSON).body(Employers.registration("x")).when().post(EMPLOYERS).then().statusCode(403);
        Api.wechatUser(Api.unique("none")).as().when().get(EMPLOYERS + "/mine").then().statusCode(404);
    }
}
