package cn.nanhu.talent.channel;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static cn.nanhu.talent.channel.ChannelFixture.ADMIN_CHANNELS;
import static cn.nanhu.talent.channel.ChannelFixture.FEED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.job.JobExpirer;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jobs reaching channels: automatically on publication by the filter, by hand, once only, and withdrawn by a tombstone. */
@QuarkusTest
class ChannelPushTest {

    @Inject
    Db db;
    @Inject
    JobExpirer expirer;
    @Inject
    MutableClock clock;

    @AfterEach
    void quiesce() {
        ChannelFixture.quiesce();
        clock.reset();
    }

    @Test
    void a_published_job_goes_to_the_channels_whose_filter_it_matches_in_the_publishing_transaction() {
        Map<String, Object> jiaxing = ChannelFixture.feedChannel("嘉兴软件岗位");
        jiaxing.put("filter", ChannelFixture.filter(List.of("3304"), List.of("2-02-10-00"), "本科", List.of("FULL_TIME")));
        JsonPath jx = ChannelFixture.create(jiaxing);
        Map<String, Object> shanghai = ChannelFixture.feedChannel("上海浦东");
        shanghai.put("regionCode", "31");
        shanghai.put("filter", ChannelFixture.filter(List.of("310115"), null, null, null));
        JsonPath sh = ChannelFixture.create(shanghai);
        Map<String, Object> college = ChannelFixture.feedChannel("大专院校");
        college.put("filter", ChannelFixture.filter(null, null, "大专", null));
        JsonPath zk = ChannelFixture.create(college);

        Employers.Registered employer = Employers.approved(Api.unique("push"));
        String match = Jobs.post(employer.owner(), Jobs.body("Java 开发"));
        assertThat(db.count("select count(*) from channel_delivery where job_id = ?", match)).as("not before publication").isZero();
        Jobs.approve(match);
        Map<String, Object> partTime = Jobs.body("兼职开发");
        partTime.put("jobType", "PART_TIME");
        String other = Jobs.published(employer.owner(), partTime);

        Map<String, Object> row = db.row("select kind, trigger_kind, state, feed_seq, attempts, outbox_id from channel_delivery"
                + " where job_id = ? and channel_id = ?", match, jx.getString("id"));
        assertThat(row).containsEntry("kind", "PUSH").containsEntry("trigger_kind", "AUTO").containsEntry("state", "FED")
                .containsEntry("attempts", 0).containsEntry("outbox_id", null);
        assertThat(db.count("select count(*) from channel_delivery where job_id = ?", other)).as("part-time is filtered out of Jiaxing;"
                + " 本科 is above the 大专 channel; neither is in Pudong").isZero();
        assertThat(db.count("select count(*) from channel_delivery where channel_id in (?, ?)", sh.getString("id"), zk.getString("id"))).isZero();

        given().header("X-Api-Key", jx.getString("apiKey")).when().get(FEED).then().statusCode(200)
                .body("items.jobId", contains(match)).body("items[0].type", equalTo("JOB"))
                .body("items[0].job.title", equalTo("Java 开发")).body("items[0].job.districtName", equalTo("南湖区"))
                .body("items[0].link", equalTo("/api/v1/jobs/" + match + "?ch=" + jx.getString("code")))
                .body("hasMore", equalTo(false));
        given().header("X-Api-Key", zk.getString("apiKey")).when().get(FEED).then().statusCode(200).body("items", empty());
        assertThat(db.row("select pushed, tombstones from channel_daily where channel_id = ?", jx.getString("id")))
                .containsEntry("pushed", 1L).containsEntry("tombstones", 0L);
    }

    @Test
    void an_admin_pushes_chosen_jobs_by_hand_once_and_a_second_push_changes_nothing() {
        Map<String, Object> body = ChannelFixture.feedChannel("劳务输出地");
        body.put("kind", "LABOR_SOURCE");
        body.put("regionCode", "52");
        body.put("filter", ChannelFixture.filter(List.of("52"), null, null, null));
        JsonPath ch = ChannelFixture.create(body);
        String id = ch.getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("manual"));
        String a = Jobs.published(employer.owner(), Jobs.body("普工"));
        String b = Jobs.published(employer.owner(), Jobs.body("叉车工"));
        assertThat(db.count("select count(*) from channel_delivery where channel_id = ?", id)).as("outside the filter").isZero();
        Api.Session admin = Api.admin();

        admin.as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(a, b))).post(ADMIN_CHANNELS + "/" + id + "/pushes")
                .then().statusCode(200).body("pushed", contains(a, b)).body("alreadyPushed", empty());
        admin.as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(b))).post(ADMIN_CHANNELS + "/" + id + "/pushes")
                .then().statusCode(200).body("pushed", empty()).body("alreadyPushed", contains(b));

        assertThat(db.rows("select job_id, trigger_kind, actor_id, feed_seq from channel_delivery where channel_id = ? order by feed_seq", id))
                .extracting(r -> r.get("job_id") + "/" + r.get("trigger_kind") + "/" + r.get("feed_seq"))
                .containsExactly(a + "/MANUAL/1", b + "/MANUAL/2");
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'CHANNEL_PUSHED'", id)).isEqualTo(2);
        admin.as().get(ADMIN_CHANNELS + "/" + id + "/deliveries").then().statusCode(200)
                .body("items.jobId", contains(b, a)).body("items[0].jobTitle", equalTo("叉车工")).body("items[0].trigger", equalTo("MANUAL"))
                .body("items[0].state", equalTo("FED")).body("items[0].views", equalTo(0));
    }

    @Test
    void only_published_jobs_of_an_enabled_channel_are_pushed_by_hand() {
        Map<String, Object> body = ChannelFixture.feedChannel("手动推送校验");
        body.put("filter", ChannelFixture.filter(List.of("52"), null, null, null));
        String id = ChannelFixture.create(body).getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("pending"));
        String pending = Jobs.post(employer.owner(), Jobs.body("待审核岗位"));
        Api.Session admin = Api.admin();
        String url = ADMIN_CHANNELS + "/" + id + "/pushes";

        admin.as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(pending))).post(url).then().statusCode(409)
                .contentType("application/problem+json");
        admin.as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of("nope"))).post(url).then().statusCode(400)
                .body("violations.field", hasItem("jobIds"));
        admin.as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of())).post(url).then().statusCode(400)
                .body("violations.field", hasItem("jobIds"));
        admin.as().contentType(ContentType.JSON).body("{}").post(url).then().statusCode(400).body("violations.field", hasItem("jobIds"));
        String published = Jobs.published(employer.owner(), Jobs.body("已发布"));
        admin.as().post(ADMIN_CHANNELS + "/" + id + "/disable").then().statusCode(200);
        admin.as().contentType(ContentType.JSON).body(Map.of("jobIds", List.of(published))).post(url).then().statusCode(409);
        assertThat(db.count("select count(*) from channel_delivery where channel_id = ?", id)).isZero();
    }

    @Test
    void closing_a_pushed_job_sends_one_tombstone_and_a_republished_job_is_not_pushed_twice() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.feedChannel("墓碑"));
        String id = ch.getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("tomb"));
        String job = Jobs.published(employer.owner(), Jobs.body("会关闭的岗位"));
        String edited = Jobs.published(employer.owner(), Jobs.body("会修改的岗位"));

        // a substantive edit sends the job back to review; approving it again publishes it again
        Map<String, Object> change = Jobs.body("会修改的岗位（新）");
        employer.owner().as().contentType(ContentType.JSON).body(change).put(Jobs.EMPLOYER_JOBS + "/" + edited).then().statusCode(200);
        Jobs.approve(edited);
        employer.owner().as().post(Jobs.EMPLOYER_JOBS + "/" + job + "/close").then().statusCode(200);

        assertThat(db.rows("select job_id, kind, feed_seq from channel_delivery where channel_id = ? order by feed_seq", id))
                .extracting(r -> r.get("job_id") + "/" + r.get("kind") + "/" + r.get("feed_seq"))
                .containsExactly(job + "/PUSH/1", edited + "/PUSH/2", job + "/TOMBSTONE/3");
        given().header("X-Api-Key", ch.getString("apiKey")).when().get(FEED).then().statusCode(200)
                .body("items.type", contains("JOB", "JOB", "TOMBSTONE")).body("items[2].jobId", equalTo(job))
                .body("items[2].job", nullValue()).body("items[2].link", nullValue());
        assertThat(db.row("select pushed, tombstones from channel_daily where channel_id = ?", id))
                .containsEntry("pushed", 2L).containsEntry("tombstones", 1L);
    }

    @Test
    void an_expired_job_and_one_rejected_on_re_review_are_withdrawn_by_tombstones() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.feedChannel("过期与驳回"));
        String id = ch.getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("expire"));
        Map<String, Object> soon = Jobs.body("很快过期");
        soon.put("expiresAt", Jobs.now().plus(Duration.ofDays(2)).format(ISO_OFFSET_DATE_TIME));
        String expiring = Jobs.published(employer.owner(), soon);
        String rejected = Jobs.published(employer.owner(), Jobs.body("修改后被驳回"));
        employer.owner().as().contentType(ContentType.JSON).body(Jobs.body("修改后被驳回（改）"))
                .put(Jobs.EMPLOYER_JOBS + "/" + rejected).then().statusCode(200);
        assertThat(db.count("select count(*) from channel_delivery where job_id = ? and kind = 'TOMBSTONE'", rejected))
                .as("back in review is not yet a withdrawal").isZero();
        Jobs.reject(rejected, "岗位描述与实际不符");

        clock.advance(Duration.ofDays(3));
        assertThat(expirer.runOnce()).isPositive();

        assertThat(db.rows("select job_id, kind, trigger_kind from channel_delivery where channel_id = ? and kind = 'TOMBSTONE' order by feed_seq", id))
                .extracting(r -> r.get("job_id") + "/" + r.get("trigger_kind"))
                .containsExactly(rejected + "/SYSTEM", expiring + "/SYSTEM");
        given().header("X-Api-Key", ch.getString("apiKey")).when().get(FEED).then().statusCode(200)
                .body("items.type", contains("JOB", "JOB", "TOMBSTONE", "TOMBSTONE"));
    }
}
