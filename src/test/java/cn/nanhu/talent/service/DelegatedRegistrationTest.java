package cn.nanhu.talent.service;

import static cn.nanhu.talent.service.ServiceFixtures.DELEGATED;
import static cn.nanhu.talent.service.ServiceFixtures.MINE;
import static cn.nanhu.talent.service.ServiceFixtures.RECORDS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 委托登记: staff register a person on their behalf with consent; the person claims or declines it; unclaimed ones expire. */
@QuarkusTest
class DelegatedRegistrationTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    DelegatedExpirer expirer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staff_register_a_person_with_the_phone_sealed_a_service_record_and_an_audit_entry() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        String masked = masked(phone);

        String created = hr.as().contentType(ContentType.JSON).body(ServiceFixtures.delegated("王大力", phone))
                .when().post(DELEGATED).then().statusCode(201)
                .body("status", equalTo("AWAITING_CLAIM")).body("id", notNullValue())
                .extract().asString();
        String id = io.restassured.path.json.JsonPath.from(created).getString("id");

        Map<String, Object> row = db.row("select * from delegated_registration where id = ?", id);
        assertThat(row).containsEntry("status", "AWAITING_CLAIM").containsEntry("name", "王大力").containsEntry("education", "大专")
                .containsEntry("desired_occupation_codes", "2-02-10-03").containsEntry("skills", "PLC,电工证")
                .containsEntry("phone_masked", masked).containsEntry("consent_method", "IN_PERSON")
                .containsEntry("consent_statement", "本人在招聘会现场口头同意代为求职登记。").containsEntry("created_by", hr.id());
        assertThat((String) row.get("phone_enc")).startsWith("k1:");
        assertThat((String) row.get("phone_hash")).hasSize(64);
        // the phone is nowhere in clear
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(phone));

        Map<String, Object> record = db.row("select subject_kind, subject_id, channel, created_by from service_record where id = ?",
                row.get("service_record_id"));
        assertThat(record).containsEntry("subject_kind", "DELEGATED").containsEntry("subject_id", id)
                .containsEntry("channel", "ONSITE").containsEntry("created_by", hr.id());
        Map<String, Object> audit = db.row("select actor_kind, actor_id, detail from audit_log where subject_kind = 'DELEGATED_REGISTRATION'"
                + " and subject_id = ? and action = 'DELEGATED_REGISTRATION_CREATED'", id);
        assertThat(audit).containsEntry("actor_kind", "STAFF").containsEntry("actor_id", hr.id());
        assertThat((String) audit.get("detail")).contains("IN_PERSON").contains(masked).doesNotContain(phone);

        // staff see it with the phone masked: the author and admins, not another HR
        String list = hr.as().when().get(DELEGATED).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].status", equalTo("AWAITING_CLAIM"))
                .body("items[0].name", equalTo("王大力")).body("items[0].maskedPhone", equalTo(masked))
                .body("items[0].consentMethod", equalTo("IN_PERSON")).body("items[0].registeredBy", equalTo(hr.id()))
                .body("items[0].serviceRecordId", equalTo(row.get("service_record_id")))
                .extract().asString();
        assertThat(list).doesNotContain(phone);
        hr.as().queryParam("status", "CLAIMED").when().get(DELEGATED).then().statusCode(200).body("items.size()", equalTo(0));
        hr.as().queryParam("status", "LOST").when().get(DELEGATED).then().statusCode(400).body("violations[0].field", equalTo("status"));
        ServiceFixtures.hr().as().when().get(DELEGATED).then().statusCode(200).body("items.size()", equalTo(0));
        Api.admin().as().queryParam("status", "AWAITING_CLAIM").queryParam("size", 100).when().get(DELEGATED).then().statusCode(200)
                .body("items.id", hasItem(id));

        // the HR's service log names the person by name and masked phone only
        String log = hr.as().when().get(RECORDS).then().statusCode(200)
                .body("items[0].subject.kind", equalTo("DELEGATED")).body("items[0].subject.name", equalTo("王大力"))
                .body("items[0].subject.maskedPhone", equalTo(masked)).body("items[0].channel", equalTo("ONSITE"))
                .extract().asString();
        assertThat(log).doesNotContain(phone);
    }

    @Test
    @SuppressWarnings("unchecked")
    void written_consent_needs_an_evidence_file_the_caller_uploaded_and_a_recorded_call_is_a_phone_service() {
        Api.Session hr = ServiceFixtures.hr();
        Map<String, Object> written = ServiceFixtures.delegated("李书面", ServiceFixtures.phone());
        written.put("consent", new HashMap<>(Map.of("method", "WRITTEN", "statement", "签字同意书一份")));
        refused(hr, written, "consent.evidenceFileId");
        ((Map<String, Object>) written.get("consent")).put("evidenceFileId", evidence(ServiceFixtures.hr()));
        refused(hr, written, "consent.evidenceFileId");

        String fileId = evidence(hr);
        ((Map<String, Object>) written.get("consent")).put("evidenceFileId", fileId);
        String id = ServiceFixtures.register(hr, written);
        assertThat(db.row("select consent_method, consent_evidence_file_id from delegated_registration where id = ?", id))
                .containsEntry("consent_method", "WRITTEN").containsEntry("consent_evidence_file_id", fileId);

        Map<String, Object> call = ServiceFixtures.delegated("赵电话", ServiceFixtures.phone());
        call.put("consent", new HashMap<>(Map.of("method", "PHONE_RECORDED", "statement", "电话录音同意，录音编号 20261126-01")));
        String byPhone = ServiceFixtures.register(hr, call);
        assertThat(db.row("select r.channel from service_record r join delegated_registration d on d.service_record_id = r.id"
                + " where d.id = ?", byPhone)).containsEntry("channel", "PHONE");
    }

    @Test
    void invalid_registrations_are_400_naming_the_field_and_nothing_is_stored() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        refused(hr, change(phone, b -> b.put("phone", "1234567")), "phone");
        refused(hr, change(phone, b -> b.put("phone", "12012345678")), "phone");
        refused(hr, change(phone, b -> b.remove("phone")), "phone");
        refused(hr, change(phone, b -> b.put("desiredOccupationCodes", List.of("9-99-99-99"))), "desiredOccupationCodes");
        refused(hr, change(phone, b -> b.put("currentDistrictCode", "999999")), "currentDistrictCode");
        refused(hr, change(phone, b -> b.put("desiredDistrictCodes", List.of("999999"))), "desiredDistrictCodes");
        refused(hr, change(phone, b -> b.put("education", "小学")), "education");
        refused(hr, change(phone, b -> b.put("birthYear", clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 10)), "birthYear");
        refused(hr, change(phone, b -> b.remove("name")), "name");
        refused(hr, change(phone, b -> b.remove("consent")), "consent");
        refused(hr, change(phone, b -> b.put("consent", Map.of("method", "EMAIL", "statement", "x"))), "consent.method");
        refused(hr, change(phone, b -> b.put("consent", Map.of("method", "IN_PERSON", "statement", " "))), "consent.statement");
        assertThat(db.count("select count(*) from delegated_registration where created_by = ?", hr.id())).isZero();
        assertThat(db.count("select count(*) from service_record where created_by = ?", hr.id())).isZero();
    }

    @Test
    void delegated_registration_endpoints_refuse_anonymous_callers_and_the_wrong_roles() {
        Map<String, Object> body = ServiceFixtures.delegated("匿名", ServiceFixtures.phone());
        given().contentType(ContentType.JSON).body(body).when().post(DELEGATED).then().statusCode(401);
        given().when().get(DELEGATED).then().statusCode(401);
        given().when().get(MINE).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/01ZZZZZZZZZZZZZZZZZZZZZZZZ/accept").then().statusCode(401);
        given().when().post(MINE + "/01ZZZZZZZZZZZZZZZZZZZZZZZZ/decline").then().statusCode(401);

        Api.Session user = Api.wechatUser(Api.unique("u"));
        user.as().contentType(ContentType.JSON).body(body).when().post(DELEGATED).then().statusCode(403);
        user.as().when().get(DELEGATED).then().statusCode(403);
        Api.Session reviewer = Api.newStaff(Api.unique("rv"), "REVIEWER");
        reviewer.as().contentType(ContentType.JSON).body(body).when().post(DELEGATED).then().statusCode(403);
        reviewer.as().when().get(DELEGATED).then().statusCode(403);
        // the seeker side is for WeChat users
        ServiceFixtures.hr().as().when().get(MINE).then().statusCode(403);
    }

    @Test
    void the_person_binds_the_phone_sees_the_registration_accepts_it_with_consent_and_it_becomes_their_own() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        String id = ServiceFixtures.register(hr, ServiceFixtures.delegated("陈现场", phone));
        String serviceRecordId = (String) db.row("select service_record_id from delegated_registration where id = ?", id).get("service_record_id");

        Api.Session person = Api.wechatUser(Api.unique("claim"));
        // no bound phone: nothing to see, nothing to accept
        person.as().when().get(MINE).then().statusCode(200).body("items.size()", equalTo(0));
        person.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + id + "/accept").then().statusCode(404);
        Seekers.bindPhone(person, phone);

        String mine = person.as().when().get(MINE).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].status", equalTo("AWAITING_CLAIM"))
                .body("items[0].registeredByName", org.hamcrest.Matchers.startsWith("测试hr"))
                .body("items[0].registeredAt", notNullValue())
                .body("items[0].name", equalTo("陈现场")).body("items[0].education", equalTo("大专"))
                .body("items[0].desiredOccupationCodes", equalTo(List.of("2-02-10-03")))
                .body("items[0].skills", equalTo(List.of("PLC", "电工证")))
                .body("items[0].maskedPhone", equalTo(masked(phone)))
                .extract().asString();
        assertThat(mine).doesNotContain(phone).doesNotContain(hr.id());

        // someone with another phone neither sees nor settles it
        Api.Session stranger = Api.wechatUser(Api.unique("other"));
        Seekers.bindPhone(stranger, ServiceFixtures.phone());
        stranger.as().when().get(MINE).then().statusCode(200).body("items.size()", equalTo(0));
        stranger.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + id + "/accept").then().statusCode(404);
        stranger.as().when().post(MINE + "/" + id + "/decline").then().statusCode(404);

        // the person's own consent to the privacy policy in force is still needed
        person.as().contentType(ContentType.JSON).body(Map.of()).when().post(MINE + "/" + id + "/accept")
                .then().statusCode(428).contentType("application/problem+json");
        person.as().contentType(ContentType.JSON).body(Map.of("consentVersion", "2020-01-01")).when().post(MINE + "/" + id + "/accept")
                .then().statusCode(428);
        assertThat(db.row("select status from delegated_registration where id = ?", id)).containsEntry("status", "AWAITING_CLAIM");
        person.as().when().get(Seekers.PROFILE).then().statusCode(404);

        String accepted = person.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + id + "/accept").then().statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("CLAIMED"))
                .body("profile.name", equalTo("陈现场")).body("profile.consentVersion", equalTo(Seekers.POLICY))
                .extract().asString();
        assertThat(accepted).doesNotContain(phone);

        person.as().when().get(Seekers.PROFILE).then().statusCode(200)
                .body("name", equalTo("陈现场")).body("gender", equalTo("MALE")).body("birthYear", equalTo(1990))
                .body("education", equalTo("大专")).body("major", equalTo("机电一体化")).body("school", equalTo("嘉兴职业技术学院"))
                .body("graduationYear", equalTo(2011)).body("experienceYears", equalTo(12))
                .body("currentDistrictCode", equalTo("330402")).body("desiredDistrictCodes", equalTo(List.of("330402")))
                .body("desiredOccupationCodes", equalTo(List.of("2-02-10-03"))).body("desiredSalaryMin", equalTo(7000))
                .body("skills", equalTo(List.of("PLC", "电工证"))).body("intro", equalTo("在招聘会现场委托登记。"))
                .body("consentCurrent", equalTo(true));
        Map<String, Object> row = db.row("select status, claimed_by, resolved_at, education, intro, name from delegated_registration where id = ?", id);
        assertThat(row).containsEntry("status", "CLAIMED").containsEntry("claimed_by", person.id()).containsEntry("name", "陈现场");
        assertThat(row.get("resolved_at")).isNotNull();
        // the contents live in the seeker's own registration now, not twice
        assertThat(row.get("education")).isNull();
        assertThat(row.get("intro")).isNull();
        assertThat(db.count("select count(*) from seeker_consent where user_id = ? and kind = 'PRIVACY_POLICY'", person.id())).isEqualTo(1);
        assertThat(db.row("select subject_kind, subject_id from service_record where id = ?", serviceRecordId))
                .containsEntry("subject_kind", "SEEKER").containsEntry("subject_id", person.id());
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'DELEGATED_REGISTRATION_CLAIMED'"
                + " and actor_kind = 'USER' and actor_id = ?", id, person.id())).isEqualTo(1);

        // settled: it cannot be accepted or declined again, and staff see it claimed
        person.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + id + "/accept").then().statusCode(409);
        person.as().when().post(MINE + "/" + id + "/decline").then().statusCode(409);
        person.as().when().get(MINE).then().statusCode(200).body("items[0].status", equalTo("CLAIMED"));
        hr.as().queryParam("status", "CLAIMED").when().get(DELEGATED).then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].resolvedAt", notNullValue());
        // the HR's log now names the seeker the person became
        hr.as().queryParam("seekerUserId", person.id()).when().get(RECORDS).then().statusCode(200)
                .body("items[0].id", equalTo(serviceRecordId)).body("items[0].subject.kind", equalTo("SEEKER"))
                .body("items[0].subject.name", equalTo("陈现场")).body("items[0].subject.maskedPhone", equalTo(masked(phone)));
    }

    @Test
    void accepting_keeps_the_resume_and_visibility_the_seeker_already_had() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        Api.Session seeker = Api.wechatUser(Api.unique("had"));
        Seekers.bindPhone(seeker, phone);
        String resume = Seekers.uploadResume(seeker);
        Map<String, Object> own = Seekers.profile("旧名字");
        own.put("resumeFileId", resume);
        own.put("visibility", "HIDDEN");
        Seekers.register(seeker, own);
        String id = ServiceFixtures.register(hr, ServiceFixtures.delegated("新名字", phone));

        seeker.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + id + "/accept").then().statusCode(200);

        seeker.as().when().get(Seekers.PROFILE).then().statusCode(200)
                .body("name", equalTo("新名字")).body("education", equalTo("大专"))
                .body("resumeFileId", equalTo(resume)).body("visibility", equalTo("HIDDEN"));
    }

    @Test
    void declining_erases_every_personal_field() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        String id = ServiceFixtures.register(hr, ServiceFixtures.delegated("周不要", phone));
        Api.Session person = Api.wechatUser(Api.unique("decline"));
        Seekers.bindPhone(person, phone);

        person.as().when().post(MINE + "/" + id + "/decline").then().statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("DECLINED"));

        assertErased(id, "DECLINED");
        person.as().when().get(MINE).then().statusCode(200).body("items.size()", equalTo(0));
        person.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + id + "/accept").then().statusCode(404);
        person.as().when().get(Seekers.PROFILE).then().statusCode(404);
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'DELEGATED_REGISTRATION_DECLINED'", id))
                .isEqualTo(1);
        hr.as().queryParam("status", "DECLINED").when().get(DELEGATED).then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].status", equalTo("DECLINED"))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("name")))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("maskedPhone")));
    }

    @Test
    void a_registration_unclaimed_for_ninety_days_is_erased_by_the_scheduled_job() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        String unclaimed = ServiceFixtures.register(hr, ServiceFixtures.delegated("吴没来", phone));
        String declinerPhone = ServiceFixtures.phone();
        String declined = ServiceFixtures.register(hr, ServiceFixtures.delegated("郑拒绝", declinerPhone));
        Api.Session decliner = Api.wechatUser(Api.unique("dec"));
        Seekers.bindPhone(decliner, declinerPhone);
        decliner.as().when().post(MINE + "/" + declined + "/decline").then().statusCode(200);

        clock.advance(Duration.ofDays(89));
        expirer.runOnce();
        assertThat(db.row("select status, name from delegated_registration where id = ?", unclaimed))
                .containsEntry("status", "AWAITING_CLAIM").containsEntry("name", "吴没来");

        clock.advance(Duration.ofDays(2));
        assertThat(expirer.runOnce()).isGreaterThanOrEqualTo(1);
        assertErased(unclaimed, "EXPIRED");
        assertThat(db.row("select status from delegated_registration where id = ?", declined)).containsEntry("status", "DECLINED");
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'DELEGATED_REGISTRATION_EXPIRED'"
                + " and actor_kind = 'SYSTEM'", unclaimed)).isEqualTo(1);

        clock.reset();
        Api.Session late = Api.wechatUser(Api.unique("late"));
        Seekers.bindPhone(late, phone);
        late.as().when().get(MINE).then().statusCode(200).body("items.size()", equalTo(0));
        late.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + unclaimed + "/accept").then().statusCode(404);
    }

    @Test
    void a_seeker_who_deletes_the_account_takes_the_claimed_registration_with_them() {
        Api.Session hr = ServiceFixtures.hr();
        String phone = ServiceFixtures.phone();
        String id = ServiceFixtures.register(hr, ServiceFixtures.delegated("孙注销", phone));
        Api.Session person = Api.wechatUser(Api.unique("gone"));
        Seekers.bindPhone(person, phone);
        person.as().contentType(ContentType.JSON).body(Map.of("consentVersion", Seekers.POLICY))
                .when().post(MINE + "/" + id + "/accept").then().statusCode(200);

        person.as().when().delete("/api/v1/me").then().statusCode(204);

        Map<String, Object> row = db.row("select status, name, phone_hash, phone_enc, phone_masked from delegated_registration where id = ?", id);
        assertThat(row).containsEntry("status", "CLAIMED");
        assertThat(row.get("name")).isNull();
        assertThat(row.get("phone_hash")).isNull();
        assertThat(row.get("phone_enc")).isNull();
        assertThat(row.get("phone_masked")).isNull();
    }

    private void assertErased(String id, String status) {
        Map<String, Object> row = db.row("select * from delegated_registration where id = ?", id);
        assertThat(row).containsEntry("status", status);
        assertThat(row.get("resolved_at")).isNotNull();
        for (String column : List.of("name", "gender", "birth_year", "education", "major", "school", "graduation_year",
                "experience_years", "current_district_code", "desired_district_codes", "desired_occupation_codes",
                "desired_salary_min", "skills", "intro", "phone_hash", "phone_enc", "phone_masked", "consent_statement")) {
            assertThat(row.get(column)).as(column).isNull();
        }
        // what proves consent was asked stays
        assertThat(row.get("consent_method")).isNotNull();
        assertThat(row.get("created_by")).isNotNull();
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    private static Map<String, Object> change(String phone, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = ServiceFixtures.delegated("无效", phone);
        change.accept(body);
        return body;
    }

    private static void refused(Api.Session hr, Map<String, Object> body, String field) {
        hr.as().contentType(ContentType.JSON).body(body).when().post(DELEGATED)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    /** Uploads a one-page PDF as the staff member's evidence of a written consent; returns its id. */
    private static String evidence(Api.Session staff) {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return staff.as().multiPart("file", "consent.pdf", pdf, "application/pdf").multiPart("purpose", "ATTACHMENT")
                .when().post("/api/v1/files").then().statusCode(201).extract().path("id");
    }
}
