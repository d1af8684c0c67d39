package cn.nanhu.talent.channel;

import static cn.nanhu.talent.channel.ChannelFixture.ADMIN_CHANNELS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.nanhu.talent.common.Hashing;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Channels as admins run them: create with secrets shown once, validation, edits with a version, enable and disable, and who may. */
@QuarkusTest
class ChannelAdminTest {

    @Inject
    Db db;

    @AfterEach
    void quiesce() {
        ChannelFixture.quiesce();
    }

    @Test
    void an_admin_creates_a_channel_whose_key_and_secret_are_shown_once_and_stored_only_hashed_or_sealed() {
        Map<String, Object> body = ChannelFixture.feedChannel("嘉兴市人才网");
        String code = Api.unique("jx-").toLowerCase();
        body.put("code", code);
        body.put("filter", ChannelFixture.filter(List.of("3304"), List.of("2-02-00-00"), "本科", List.of("FULL_TIME")));

        JsonPath created = ChannelFixture.create(body);

        String id = created.getString("id");
        String apiKey = created.getString("apiKey");
        String secret = created.getString("webhookSecret");
        assertThat(created.getString("code")).isEqualTo(code);
        assertThat(apiKey).startsWith("nhk_").hasSizeGreaterThan(40);
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        Map<String, Object> row = db.row("select code, kind, region_code, delivery_mode, filter_districts, filter_occupations,"
                + " filter_education, filter_job_types, enabled, api_key_hash, api_key_hint, webhook_secret, version from channel where id = ?", id);
        assertThat(row).containsEntry("code", code).containsEntry("kind", "REGION").containsEntry("region_code", "3304")
                .containsEntry("delivery_mode", "FEED").containsEntry("filter_districts", "3304").containsEntry("filter_occupations", "2-02-00-00")
                .containsEntry("filter_education", "本科").containsEntry("filter_job_types", "FULL_TIME").containsEntry("enabled", true)
                .containsEntry("api_key_hash", Hashing.sha256Hex(apiKey)).containsEntry("api_key_hint", apiKey.substring(0, 8));
        assertThat((String) row.get("webhook_secret")).doesNotContain(secret.substring(6)).startsWith("k1:");
        assertThat(db.count("select count(*) from channel_feed_seq where channel_id = ? and last_seq = 0", id)).isEqualTo(1);
        assertThat(db.count("select count(*) from audit_log where subject_kind = 'CHANNEL' and subject_id = ? and action = 'CHANNEL_CREATED'", id))
                .isEqualTo(1);

        Api.admin().as().when().get(ADMIN_CHANNELS + "/" + id).then().statusCode(200)
                .body("name", equalTo("嘉兴市人才网")).body("regionName", equalTo("嘉兴市")).body("deliveryMode", equalTo("FEED"))
                .body("filter.districts", contains("3304")).body("filter.education", equalTo("本科"))
                .body("apiKeyHint", equalTo(apiKey.substring(0, 8))).body("apiKey", nullValue()).body("webhookSecret", nullValue())
                .body("enabled", equalTo(true)).body("version", equalTo(0));
        Api.admin().as().queryParam("size", 100).when().get(ADMIN_CHANNELS).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void a_college_channel_needs_a_known_moe_code_and_a_region_channel_a_known_division() {
        Map<String, Object> college = ChannelFixture.feedChannel("嘉兴大学就业网");
        college.put("kind", "COLLEGE");
        college.remove("regionCode");
        college.put("collegeCode", "4133010354");
        String id = ChannelFixture.create(college).getString("id");
        Api.admin().as().get(ADMIN_CHANNELS + "/" + id).then().body("collegeName", equalTo("嘉兴大学")).body("regionCode", nullValue());

        college.put("collegeCode", "4199999999");
        badRequest(college, "collegeCode");
        college.remove("collegeCode");
        badRequest(college, "collegeCode");

        Map<String, Object> labour = ChannelFixture.feedChannel("贵州劳务输出地");
        labour.put("kind", "LABOR_SOURCE");
        labour.put("regionCode", "999999");
        badRequest(labour, "regionCode");
        labour.remove("regionCode");
        badRequest(labour, "regionCode");
        labour.put("regionCode", "3304");
        labour.put("collegeCode", "4133010354");
        badRequest(labour, "collegeCode");
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_nothing_is_stored() {
        long before = db.count("select count(*) from channel");
        Map<String, Object> b = ChannelFixture.feedChannel("x");
        b.put("kind", "PLANET");
        badRequest(b, "kind");
        b = ChannelFixture.feedChannel("");
        badRequest(b, "name");
        b = ChannelFixture.feedChannel("x");
        b.put("code", "Has Spaces");
        badRequest(b, "code");
        b = ChannelFixture.feedChannel("x");
        b.put("deliveryMode", "PIGEON");
        badRequest(b, "deliveryMode");
        b = ChannelFixture.feedChannel("x");
        b.put("deliveryMode", "WEBHOOK");
        badRequest(b, "webhookUrl");
        b.put("webhookUrl", "https://127.0.0.1/hook");
        badRequest(b, "webhookUrl");
        b.put("webhookUrl", "https://169.254.169.254/latest/meta-data");
        badRequest(b, "webhookUrl");
        b.put("webhookUrl", "http://partner.example/hook");
        badRequest(b, "webhookUrl");
        b.put("webhookUrl", "file:///etc/passwd");
        badRequest(b, "webhookUrl");
        b = ChannelFixture.feedChannel("x");
        b.put("webhookUrl", PartnerFake.url());
        badRequest(b, "webhookUrl");
        b = ChannelFixture.feedChannel("x");
        b.put("filter", ChannelFixture.filter(List.of("999999"), null, null, null));
        badRequest(b, "filter.districts");
        b.put("filter", ChannelFixture.filter(null, List.of("9-99"), null, null));
        badRequest(b, "filter.occupations");
        b.put("filter", ChannelFixture.filter(null, null, "幼儿园", null));
        badRequest(b, "filter.education");
        b.put("filter", ChannelFixture.filter(null, null, null, List.of("GIG")));
        badRequest(b, "filter.jobTypes");
        b = ChannelFixture.feedChannel("x");
        b.put("rateLimit", 0);
        badRequest(b, "rateLimit");
        assertThat(db.count("select count(*) from channel")).isEqualTo(before);
    }

    @Test
    void a_taken_code_is_409() {
        Map<String, Object> body = ChannelFixture.feedChannel("上海");
        body.put("code", Api.unique("sh-").toLowerCase());
        ChannelFixture.create(body);
        Api.admin().as().contentType(ContentType.JSON).body(body).post(ADMIN_CHANNELS).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void an_edit_needs_the_current_version_and_a_stale_one_is_409() {
        JsonPath created = ChannelFixture.create(ChannelFixture.feedChannel("杭州"));
        String id = created.getString("id");
        Api.Session admin = Api.admin();
        Map<String, Object> edit = ChannelFixture.feedChannel("杭州人才市场");
        edit.put("regionCode", "3301");
        edit.put("filter", ChannelFixture.filter(null, null, null, List.of("PART_TIME", "INTERNSHIP")));

        admin.as().contentType(ContentType.JSON).body(edit).put(ADMIN_CHANNELS + "/" + id).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        edit.put("version", 0);
        admin.as().contentType(ContentType.JSON).body(edit).put(ADMIN_CHANNELS + "/" + id).then().statusCode(200)
                .body("name", equalTo("杭州人才市场")).body("regionName", equalTo("杭州市")).body("version", equalTo(1))
                .body("filter.jobTypes", contains("PART_TIME", "INTERNSHIP"));
        edit.put("name", "过时的修改");
        admin.as().contentType(ContentType.JSON).body(edit).put(ADMIN_CHANNELS + "/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        edit.put("version", 1);
        edit.put("code", "another-code");
        admin.as().contentType(ContentType.JSON).body(edit).put(ADMIN_CHANNELS + "/" + id).then().statusCode(400)
                .body("violations.field", hasItem("code"));
        assertThat(db.row("select name, version from channel where id = ?", id)).containsEntry("name", "杭州人才市场").containsEntry("version", 1L);
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'CHANNEL_UPDATED'", id)).isEqualTo(1);
    }

    @Test
    void disabling_and_enabling_twice_is_409_and_both_are_audited() {
        String id = ChannelFixture.create(ChannelFixture.feedChannel("停用测试")).getString("id");
        Api.Session admin = Api.admin();
        admin.as().post(ADMIN_CHANNELS + "/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        admin.as().post(ADMIN_CHANNELS + "/" + id + "/disable").then().statusCode(409).body("type", startsWith("https://"));
        admin.as().post(ADMIN_CHANNELS + "/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        admin.as().post(ADMIN_CHANNELS + "/" + id + "/enable").then().statusCode(409);
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action in ('CHANNEL_DISABLED', 'CHANNEL_ENABLED')", id))
                .isEqualTo(2);
    }

    @Test
    void an_unknown_channel_is_404_everywhere() {
        Api.Session admin = Api.admin();
        String unknown = "01JZZZZZZZZZZZZZZZZZZZZZZZ";
        Map<String, Object> edit = new HashMap<>(ChannelFixture.feedChannel("x"));
        edit.put("version", 0);
        for (var call : List.<Function<RequestSpecification, Response>>of(
                s -> s.get(ADMIN_CHANNELS + "/" + unknown),
                s -> s.contentType(ContentType.JSON).body(edit).put(ADMIN_CHANNELS + "/" + unknown),
                s -> s.post(ADMIN_CHANNELS + "/" + unknown + "/disable"),
                s -> s.post(ADMIN_CHANNELS + "/" + unknown + "/api-key"),
                s -> s.delete(ADMIN_CHANNELS + "/" + unknown + "/api-key"),
                s -> s.post(ADMIN_CHANNELS + "/" + unknown + "/webhook-secret"),
                s -> s.get(ADMIN_CHANNELS + "/" + unknown + "/deliveries"),
                s -> s.get(ADMIN_CHANNELS + "/nonsense/daily"),
                s -> s.contentType(ContentType.JSON).body(Map.of("jobIds", List.of("x"))).post(ADMIN_CHANNELS + "/" + unknown + "/pushes"))) {
            call.apply(admin.as()).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void only_admins_reach_the_channel_endpoints() {
        String id = ChannelFixture.create(ChannelFixture.feedChannel("权限")).getString("id");
        Api.Session staff = Api.newStaff(Api.unique("svc"), "REVIEWER", "SERVICE");
        Api.Session seeker = Api.wechatUser(Api.unique("seeker"));
        Map<String, Object> body = ChannelFixture.feedChannel("不应写入");
        for (var call : List.<Function<RequestSpecification, Response>>of(
                s -> s.contentType(ContentType.JSON).body(body).post(ADMIN_CHANNELS),
                s -> s.get(ADMIN_CHANNELS),
                s -> s.get(ADMIN_CHANNELS + "/dead-letters"),
                s -> s.get(ADMIN_CHANNELS + "/" + id),
                s -> s.contentType(ContentType.JSON).body(body).put(ADMIN_CHANNELS + "/" + id),
                s -> s.post(ADMIN_CHANNELS + "/" + id + "/disable"),
                s -> s.post(ADMIN_CHANNELS + "/" + id + "/enable"),
                s -> s.post(ADMIN_CHANNELS + "/" + id + "/api-key"),
                s -> s.delete(ADMIN_CHANNELS + "/" + id + "/api-key"),
                s -> s.post(ADMIN_CHANNELS + "/" + id + "/webhook-secret"),
                s -> s.contentType(ContentType.JSON).body(Map.of("jobIds", List.of("x"))).post(ADMIN_CHANNELS + "/" + id + "/pushes"),
                s -> s.get(ADMIN_CHANNELS + "/" + id + "/deliveries"),
                s -> s.post(ADMIN_CHANNELS + "/" + id + "/deliveries/" + id + "/retry"),
                s -> s.get(ADMIN_CHANNELS + "/" + id + "/daily"))) {
            call.apply(given()).then().statusCode(401).contentType("application/problem+json");
            call.apply(staff.as()).then().statusCode(403).contentType("application/problem+json");
            call.apply(seeker.as()).then().statusCode(403);
        }
        assertThat(db.row("select enabled, version, api_key_hint from channel where id = ?", id)).containsEntry("enabled", true)
                .containsEntry("version", 0L);
        assertThat(db.count("select count(*) from channel where name = ?", "不应写入")).isZero();
    }

    @Test
    void rotating_the_webhook_secret_shows_a_new_one_once_and_is_audited() {
        String id = ChannelFixture.create(ChannelFixture.webhookChannel("秘钥轮换", "WEBHOOK")).getString("id");
        String before = (String) db.row("select webhook_secret from channel where id = ?", id).get("webhook_secret");
        String secret = Api.admin().as().post(ADMIN_CHANNELS + "/" + id + "/webhook-secret").then().statusCode(200)
                .body("webhookSecret", startsWith("whsec_")).extract().path("webhookSecret");
        String after = (String) db.row("select webhook_secret from channel where id = ?", id).get("webhook_secret");
        assertThat(after).isNotEqualTo(before).doesNotContain(secret.substring(6));
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'CHANNEL_SECRET_ROTATED'", id)).isEqualTo(1);
        Api.admin().as().get(ADMIN_CHANNELS + "/" + id).then().body("webhookUrl", equalTo(PartnerFake.url()))
                .body("deliveryMode", equalTo("WEBHOOK")).body("apiKeyHint", notNullValue());
    }

    private static void badRequest(Map<String, Object> body, String field) {
        Api.admin().as().contentType(ContentType.JSON).body(body).post(ADMIN_CHANNELS).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }
}
