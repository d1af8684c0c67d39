package cn.nanhu.talent.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.notify.OutboxDispatcher;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The channels page of the console: admins only, create with the secrets shown once, disable and enable, dead-letter retry. */
@QuarkusTest
class ConsoleChannelPagesTest {

    private static final Pattern API_KEY = Pattern.compile("id=\"created-api-key\">([^<]+)<");

    @Inject
    Db db;
    @Inject
    OutboxDispatcher dispatcher;

    @AfterEach
    void quiesce() {
        // as the channel tests do: no later test pushes to these channels or finds their webhooks queued
        db.update("update channel set enabled = false");
        db.update("update outbox set status = 'DEAD', last_error = 'test finished' where kind = 'channel-webhook' and status = 'PENDING'");
    }

    @Test
    void only_admins_open_the_channels_page_and_without_a_session_it_redirects_to_sign_in() {
        String username = Api.unique("cchs");
        Api.newStaff(username, "SERVICE", "REVIEWER");
        ConsoleClient staff = ConsoleClient.signIn(username, "pw-" + username + "-0123456789");
        staff.bare().when().get("/admin/channels").then().statusCode(403);
        staff.form().formParam("name", "不该创建").formParam("kind", "REGION").formParam("regionCode", "3304")
                .when().post("/admin/channels").then().statusCode(403);
        staff.bare().when().get("/admin").then().statusCode(200).body(not(containsString("href=\"/admin/channels\"")));
        io.restassured.RestAssured.given().redirects().follow(false).when().get("/admin/channels")
                .then().statusCode(303).header("Location", containsString("/admin/login"));
        assertThat(db.count("select count(*) from channel where name = '不该创建'")).isZero();
    }

    @Test
    void an_admin_creates_a_channel_sees_its_key_once_then_disables_and_enables_it() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        admin.bare().when().get("/admin").then().statusCode(200).body(containsString("href=\"/admin/channels\""));
        String code = Api.unique("cc").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        code = code.length() > 32 ? code.substring(0, 32) : code;

        String created = admin.form().formParam("name", "嘉兴市区渠道").formParam("code", code).formParam("kind", "REGION")
                .formParam("regionCode", "3304").formParam("deliveryMode", "FEED").formParam("districts", "330402, 330411")
                .formParam("education", "本科").formParam("jobTypes", "FULL_TIME")
                .when().post("/admin/channels").then().statusCode(200).body(containsString("只显示这一次")).extract().asString();
        Matcher key = API_KEY.matcher(created);
        assertThat(key.find()).as("the API key on the answer page").isTrue();
        Map<String, Object> row = db.row("select id, name, kind, region_code, enabled, api_key_hash from channel where code = ?", code);
        assertThat(row).containsEntry("name", "嘉兴市区渠道").containsEntry("kind", "REGION").containsEntry("region_code", "3304")
                .containsEntry("enabled", true);
        assertThat((String) row.get("api_key_hash")).isNotEqualTo(key.group(1));
        String id = (String) row.get("id");

        String list = admin.bare().when().get("/admin/channels").then().statusCode(200)
                .body(containsString("data-code=\"" + code + "\"")).extract().asString();
        assertThat(list).as("the key is shown once only").doesNotContain(key.group(1));
        admin.bare().when().get("/admin/channels/" + id).then().statusCode(200).body(containsString(code))
                .body(containsString("id=\"ledger\"")).body(containsString("id=\"daily\"")).body(not(containsString(key.group(1))));

        admin.form().formParam("enabled", "false").when().post("/admin/channels/" + id + "/enabled")
                .then().statusCode(303).header("Location", containsString("flash=channel-disabled"));
        assertThat(db.row("select enabled from channel where id = ?", id)).containsEntry("enabled", false);
        admin.form().formParam("enabled", "false").when().post("/admin/channels/" + id + "/enabled")
                .then().statusCode(409).body(containsString("渠道已停用"));
        admin.htmx().formParam("enabled", "true").when().post("/admin/channels/" + id + "/enabled")
                .then().statusCode(200).header("HX-Redirect", containsString("flash=channel-enabled"));
        assertThat(db.row("select enabled from channel where id = ?", id)).containsEntry("enabled", true);
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action in ('CHANNEL_CREATED', 'CHANNEL_DISABLED', 'CHANNEL_ENABLED')", id))
                .isEqualTo(3);
    }

    @Test
    void bad_input_shows_the_services_message_and_stores_nothing() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        String name = Api.unique("坏渠道");
        long before = db.count("select count(*) from channel");

        // a region channel without its region: the service's rule
        admin.form().formParam("name", name).formParam("kind", "REGION").formParam("deliveryMode", "FEED")
                .when().post("/admin/channels").then().statusCode(400).body(containsString("id=\"error\""))
                .body(containsString("value=\"" + name + "\""));
        // a webhook without its URL, and a bad code: the request's checks
        admin.form().formParam("name", name).formParam("kind", "REGION").formParam("regionCode", "3304")
                .formParam("deliveryMode", "WEBHOOK").when().post("/admin/channels").then().statusCode(400)
                .body(containsString("id=\"error\""));
        admin.form().formParam("name", name).formParam("code", "Bad Code!").formParam("kind", "REGION").formParam("regionCode", "3304")
                .when().post("/admin/channels").then().statusCode(400).body(containsString("代码为 2-32 位小写字母"));
        admin.form().formParam("name", name).formParam("kind", "REGION").formParam("regionCode", "3304")
                .formParam("education", "幼儿园").when().post("/admin/channels").then().statusCode(400).body(containsString("学历取值为"));

        assertThat(db.count("select count(*) from channel")).isEqualTo(before);
        assertThat(db.count("select count(*) from channel where name = ?", name)).isZero();
    }

    @Test
    void a_dead_letter_is_listed_and_an_admin_retries_it() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        String code = "dl-" + Long.toString(System.nanoTime(), 36);
        admin.form().formParam("name", "回调渠道").formParam("code", code).formParam("kind", "REGION").formParam("regionCode", "3304")
                .formParam("deliveryMode", "WEBHOOK").formParam("webhookUrl", "http://localhost:9/hook")
                .when().post("/admin/channels").then().statusCode(200).body(containsString("created-webhook-secret"));
        String channelId = (String) db.row("select id from channel where code = ?", code).get("id");
        Employers.Registered employer = Employers.approved(Api.unique("cdl"));
        String job = Jobs.published(employer.owner(), Jobs.body("死信岗位"));
        String deliveryId = (String) delivery(channelId, job).get("id");

        // a disabled channel's webhook is dead-lettered without a request
        admin.form().formParam("enabled", "false").when().post("/admin/channels/" + channelId + "/enabled").then().statusCode(303);
        dispatcher.runOnce();
        assertThat(delivery(channelId, job)).containsEntry("state", "DEAD");

        admin.bare().when().get("/admin/channels").then().statusCode(200).body(containsString("data-delivery=\"" + deliveryId + "\""));
        admin.bare().when().get("/admin/channels/" + channelId).then().statusCode(200).body(containsString("死信岗位"))
                .body(containsString("/deliveries/" + deliveryId + "/retry"));

        admin.form().formParam("enabled", "true").when().post("/admin/channels/" + channelId + "/enabled").then().statusCode(303);
        admin.form().when().post("/admin/channels/" + channelId + "/deliveries/" + deliveryId + "/retry")
                .then().statusCode(303).header("Location", containsString("flash=delivery-retried"));
        assertThat(delivery(channelId, job)).containsEntry("state", "PENDING").containsEntry("attempts", 0);
        admin.form().when().post("/admin/channels/" + channelId + "/deliveries/" + deliveryId + "/retry")
                .then().statusCode(409).body(containsString("只能重试失败的回调"));
        admin.bare().when().get("/admin/channels").then().statusCode(200)
                .body(not(containsString("data-delivery=\"" + deliveryId + "\"")));
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'CHANNEL_DELIVERY_RETRIED'", channelId))
                .isEqualTo(1);
    }

    private Map<String, Object> delivery(String channelId, String jobId) {
        return db.row("select id, state, attempts from channel_delivery where channel_id = ? and job_id = ? and kind = 'PUSH'",
                channelId, jobId);
    }
}
