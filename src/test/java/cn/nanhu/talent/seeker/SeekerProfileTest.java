package cn.nanhu.talent.seeker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.common.Problem;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeekerProfileTest {

    private static final String POLICY_URL = "/api/v1/seeker/privacy-policy";
    private static final String BLOCKS = "/api/v1/seeker/blocks";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Inject
    Db db;
    @Inject
    Pii pii;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_complete_registration_is_echoed_stored_and_consented_once() {
        Api.Session seeker = Api.wechatUser(Api.unique("full"));
        seeker.as().when().get("/api/v1/me").then().statusCode(200).body("hasSeekerProfile", equalTo(false));
        String resume = Seekers.uploadResume(seeker);
        Map<String, Object> body = Seekers.profile("沈若溪");
        body.put("resumeFileId", resume);

        put(seeker, body).then().statusCode(200)
                .body("name", equalTo("沈若溪")).body("gender", equalTo("FEMALE")).body("birthYear", equalTo(1998))
                .body("education", equalTo("本科")).body("major", equalTo("计算机科学与技术")).body("school", equalTo("嘉兴学院"))
                .body("graduationYear", equalTo(2020)).body("experienceYears", equalTo(5))
                .body("currentDistrictCode", equalTo("330402")).body("currentDistrictName", equalTo("南湖区"))
                .body("desiredDistrictCodes", equalTo(List.of("330402", "3304")))
                .body("desiredOccupationCodes", equalTo(List.of("2-02-10-03"))).body("desiredSalaryMin", equalTo(9000))
                .body("skills", equalTo(List.of("Java", "SQL"))).body("intro", equalTo("五年后端开发经验。"))
                .body("resumeFileId", equalTo(resume)).body("visibility", equalTo("PUBLIC"))
                .body("completeness", equalTo(100)).body("consentVersion", equalTo(Seekers.POLICY))
                .body("consentCurrent", equalTo(true)).body("privacyPolicyVersion", equalTo(Seekers.POLICY))
                .body("idNumberMasked", nullValue());

        Map<String, Object> row = profileRow(seeker);
        assertThat(row).containsEntry("name", "沈若溪").containsEntry("gender", "FEMALE").containsEntry("birth_year", 1998)
                .containsEntry("education", "本科").containsEntry("current_district_code", "330402")
                .containsEntry("desired_district_codes", "330402,3304").containsEntry("desired_occupation_codes", "2-02-10-03")
                .containsEntry("skills", "Java,SQL").containsEntry("resume_file_id", resume).containsEntry("visibility", "PUBLIC")
                .containsEntry("completeness", 100).containsEntry("consent_version", Seekers.POLICY)
                .containsEntry("id_number_sealed", null).containsEntry("id_number_masked", null);
        assertThat(consents(seeker)).extracting(c -> c.get("kind") + "@" + c.get("policy_version"))
                .containsExactly("PRIVACY_POLICY@" + Seekers.POLICY);

        body.put("intro", "六年后端开发经验。");
        put(seeker, body).then().statusCode(200).body("intro", equalTo("六年后端开发经验。")).body("consentCurrent", equalTo(true));
        assertThat(profileRow(seeker)).containsEntry("intro", "六年后端开发经验。").containsEntry("consented_at", row.get("consented_at"));
        assertThat(consents(seeker)).hasSize(1);

        seeker.as().when().get(Seekers.PROFILE).then().statusCode(200)
                .body("name", equalTo("沈若溪")).body("intro", equalTo("六年后端开发经验。")).body("completeness", equalTo(100));
        seeker.as().when().get("/api/v1/me").then().statusCode(200).body("hasSeekerProfile", equalTo(true));
    }

    @Test
    void a_minimal_registration_replaces_the_previous_one_and_defaults_to_applied_only() {
        Api.Session seeker = Api.wechatUser(Api.unique("mini"));
        Seekers.register(seeker, Seekers.profile("顾北辰"));

        put(seeker, minimal("顾北辰")).then().statusCode(200)
                .body("name", equalTo("顾北辰")).body("education", equalTo("大专")).body("experienceYears", equalTo(2))
                .body("visibility", equalTo("APPLIED_ONLY")).body("completeness", equalTo(25))
                .body("major", nullValue()).body("currentDistrictCode", nullValue())
                .body("desiredDistrictCodes", equalTo(List.of())).body("skills", equalTo(List.of()))
                .body("consentCurrent", equalTo(true));

        assertThat(profileRow(seeker)).containsEntry("visibility", "APPLIED_ONLY").containsEntry("completeness", 25)
                .containsEntry("education", "大专").containsEntry("major", null).containsEntry("school", null)
                .containsEntry("desired_district_codes", null).containsEntry("skills", null).containsEntry("intro", null);
        assertThat(consents(seeker)).hasSize(1);
    }

    @Test
    void without_consent_to_the_current_policy_it_is_428_naming_the_version_and_nothing_is_stored() {
        Api.Session seeker = Api.wechatUser(Api.unique("noconsent"));
        Map<String, Object> missing = Seekers.profile("许知远");
        missing.remove("consentVersion");
        Map<String, Object> old = Seekers.profile("许知远");
        old.put("consentVersion", "2025-01-01");

        for (Map<String, Object> body : List.of(missing, old)) {
            put(seeker, body).then().statusCode(428).contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(428)).body("type", endsWith("consent-required"))
                    .body("detail", containsString(Seekers.POLICY));
        }
        assertThat(db.count("select count(*) from seeker_profile where user_id = ?", seeker.id())).isZero();
        assertThat(consents(seeker)).isEmpty();
        seeker.as().when().get(Seekers.PROFILE).then().statusCode(404);

        Seekers.register(seeker, Seekers.profile("许知远"));
        Map<String, Object> before = profileRow(seeker);
        old.put("name", "许知行");
        put(seeker, old).then().statusCode(428).body("detail", containsString(Seekers.POLICY));
        assertThat(profileRow(seeker)).isEqualTo(before);
        assertThat(consents(seeker)).hasSize(1);
    }

    @Test
    void a_consent_version_with_surrounding_spaces_counts_as_the_current_one() {
        Api.Session seeker = Api.wechatUser(Api.unique("spaced"));
        Map<String, Object> body = Seekers.profile("陆清和");
        body.put("consentVersion", " " + Seekers.POLICY + " ");

        put(seeker, body).then().statusCode(200)
                .body("consentCurrent", equalTo(true)).body("consentVersion", equalTo(Seekers.POLICY));
        seeker.as().when().get(Seekers.PROFILE).then().statusCode(200).body("consentCurrent", equalTo(true));
        assertThat(profileRow(seeker)).containsEntry("consent_version", Seekers.POLICY);
        assertThat(consents(seeker)).extracting(c -> c.get("policy_version")).containsExactly(Seekers.POLICY);
    }

    @Test
    void invalid_registrations_are_400_naming_the_field_and_leave_the_stored_one_unchanged() {
        Api.Session seeker = Api.wechatUser(Api.unique("bad"));
        Seekers.register(seeker, Seekers.profile("叶知秋"));
        Map<String, Object> before = profileRow(seeker);
        int thisYear = LocalDate.now(clock).getYear();

        Api.Session other = Api.wechatUser(Api.unique("other"));
        String othersResume = Seekers.uploadResume(other);
        String licence = Employers.uploadLicense(seeker);
        String valid = idNumber("33040219900307251");

        refused(seeker, before, b -> b.put("education", "不限"), "education");
        refused(seeker, before, b -> b.put("currentDistrictCode", "999999"), "currentDistrictCode");
        refused(seeker, before, b -> b.put("desiredOccupationCodes", List.of("2-02-10-03", "9-99-99-99")), "desiredOccupationCodes");
        refused(seeker, before, b -> b.put("birthYear", thisYear - 15), "birthYear");
        refused(seeker, before, b -> b.put("desiredDistrictCodes", List.of("330402", "330411", "330421", "330424", "3304", "33")),
                "desiredDistrictCodes");
        refused(seeker, before, b -> b.put("gender", "OTHER"), "gender");
        refused(seeker, before, b -> b.put("visibility", "EVERYONE"), "visibility");
        refused(seeker, before, b -> b.put("resumeFileId", othersResume), "resumeFileId");
        refused(seeker, before, b -> b.put("resumeFileId", licence), "resumeFileId");
        refused(seeker, before, b -> {
            b.put("idNumber", wrongCheck(valid));
            b.put("idNumberConsent", true);
        }, "idNumber");
        refused(seeker, before, b -> b.put("idNumber", valid), "idNumberConsent");
        refused(seeker, before, b -> {
            b.put("idNumber", valid);
            b.put("idNumberConsent", false);
        }, "idNumberConsent");

        seeker.as().contentType(ContentType.JSON).when().put(Seekers.PROFILE)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("body"));
        assertThat(profileRow(seeker)).isEqualTo(before);
        assertThat(consents(seeker)).hasSize(1);
    }

    @Test
    void the_minimum_age_of_sixteen_follows_the_clock_year() {
        Api.Session seeker = Api.wechatUser(Api.unique("age"));
        clock.set(ZonedDateTime.of(2031, 6, 1, 10, 0, 0, 0, Clocks.ZONE).toInstant());
        Map<String, Object> body = Seekers.profile("程一诺");
        body.remove("graduationYear");

        body.put("birthYear", 2016);
        put(seeker, body).then().statusCode(400).body("violations.field", equalTo(List.of("birthYear")));
        assertThat(db.count("select count(*) from seeker_profile where user_id = ?", seeker.id())).isZero();

        body.put("birthYear", 2015);
        put(seeker, body).then().statusCode(200).body("birthYear", equalTo(2015));
        assertThat(profileRow(seeker)).containsEntry("birth_year", 2015);
    }

    @Test
    void an_id_number_is_stored_sealed_shown_masked_kept_when_absent_and_erased_when_empty() {
        Api.Session seeker = Api.wechatUser(Api.unique("idno"));
        String id = idEndingInX();
        Map<String, Object> body = Seekers.profile("韩松落");
        body.put("idNumber", id);
        body.put("idNumberConsent", true);

        Response r = put(seeker, body);
        r.then().statusCode(200).body("idNumberMasked", equalTo(id.charAt(0) + "*".repeat(16) + "X"));
        assertThat(r.asString()).doesNotContain(id).doesNotContain(id.substring(0, 17)).doesNotContain("\"idNumber\"");

        Map<String, Object> row = profileRow(seeker);
        String sealed = (String) row.get("id_number_sealed");
        assertThat(sealed).startsWith("k1:").doesNotContain(id).doesNotContain(id.substring(0, 17));
        assertThat(pii.decrypt(sealed)).isEqualTo(id);
        assertThat(row).containsEntry("id_number_masked", "3****************X");
        assertThat(consents(seeker)).extracting(c -> c.get("kind") + "@" + c.get("policy_version"))
                .containsExactlyInAnyOrder("PRIVACY_POLICY@" + Seekers.POLICY, "ID_NUMBER@" + Seekers.POLICY);

        String fetched = seeker.as().when().get(Seekers.PROFILE).then().statusCode(200)
                .body("idNumberMasked", equalTo("3****************X")).extract().asString();
        assertThat(fetched).doesNotContain(id).doesNotContain(id.substring(0, 17));

        body.remove("idNumber");
        body.remove("idNumberConsent");
        body.put("intro", "换了一段介绍。");
        put(seeker, body).then().statusCode(200).body("idNumberMasked", equalTo("3****************X"));
        assertThat(profileRow(seeker)).containsEntry("id_number_sealed", sealed).containsEntry("id_number_masked", "3****************X");

        body.put("idNumber", "");
        put(seeker, body).then().statusCode(200).body("idNumberMasked", nullValue());
        assertThat(profileRow(seeker)).containsEntry("id_number_sealed", null).containsEntry("id_number_masked", null);
        assertThat(db.count("select count(*) from seeker_consent where user_id = ? and kind = 'ID_NUMBER'", seeker.id())).isEqualTo(1);
    }

    @Test
    void seeker_endpoints_refuse_anonymous_callers_and_staff() {
        String employerId = Ids.newId(Clock.systemUTC());
        Api.Session admin = Api.admin();
        Map<String, Object> body = Seekers.profile("匿名");

        given().when().get(Seekers.PROFILE).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(body).when().put(Seekers.PROFILE).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().when().get(BLOCKS).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().when().put(BLOCKS + "/" + employerId).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().when().delete(BLOCKS + "/" + employerId).then().statusCode(401).contentType(Problem.MEDIA_TYPE);

        admin.as().when().get(Seekers.PROFILE).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        admin.as().contentType(ContentType.JSON).body(body).when().put(Seekers.PROFILE).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        admin.as().when().get(BLOCKS).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        admin.as().when().put(BLOCKS + "/" + employerId).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        admin.as().when().delete(BLOCKS + "/" + employerId).then().statusCode(403).contentType(Problem.MEDIA_TYPE);

        assertThat(db.count("select count(*) from seeker_profile where user_id = ?", admin.id())).isZero();
        assertThat(db.count("select count(*) from seeker_block where employer_id = ?", employerId)).isZero();
    }

    @Test
    void the_privacy_policy_version_is_public_and_a_profile_is_404_before_registering() {
        given().when().get(POLICY_URL).then().statusCode(200).body("version", equalTo("2026-11-01"));

        Api.Session seeker = Api.wechatUser(Api.unique("fresh"));
        seeker.as().when().get(POLICY_URL).then().statusCode(200).body("version", equalTo(Seekers.POLICY));
        seeker.as().when().get(Seekers.PROFILE).then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
        assertThat(db.count("select count(*) from seeker_profile where user_id = ?", seeker.id())).isZero();
    }

    private void refused(Api.Session seeker, Map<String, Object> before, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = Seekers.profile("叶知春");
        change.accept(body);
        put(seeker, body).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400)).body("violations.field", hasItem(field));
        assertThat(profileRow(seeker)).as("stored profile after a bad %s", field).isEqualTo(before);
        assertThat(consents(seeker)).as("consents after a bad %s", field).hasSize(1);
    }

    private static Map<String, Object> minimal(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("education", "大专");
        body.put("experienceYears", 2);
        body.put("consentVersion", Seekers.POLICY);
        return body;
    }

    private static Response put(Api.Session seeker, Map<String, Object> body) {
        return seeker.as().contentType(ContentType.JSON).body(body).when().put(Seekers.PROFILE);
    }

    private Map<String, Object> profileRow(Api.Session seeker) {
        return db.row("select * from seeker_profile where user_id = ?", seeker.id());
    }

    private List<Map<String, Object>> consents(Api.Session seeker) {
        return db.rows("select kind, policy_version from seeker_consent where user_id = ? order by given_at, id", seeker.id());
    }

    static String idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    private static String idEndingInX() {
        for (int seq = 100; seq < 1000; seq++) {
            String id = idNumber("33040219900101" + seq);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new AssertionError("no ID number ending in X");
    }

    private static String wrongCheck(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '0' ? '1' : '0');
    }
}
