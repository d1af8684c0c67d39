package cn.nanhu.talent.channel;

import static cn.nanhu.talent.channel.ChannelFixture.ADMIN_CHANNELS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Views and applications that come through a partner's link (?ch=) count for that channel; anything else counts nothing. */
@QuarkusTest
class ChannelAttributionTest {

    @Inject
    Db db;

    @AfterEach
    void quiesce() {
        ChannelFixture.quiesce();
    }

    @Test
    void a_view_through_a_channel_link_counts_for_the_channel_and_unknown_tags_are_ignored() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.feedChannel("浏览归因"));
        Employers.Registered employer = Employers.approved(Api.unique("views"));
        String job = Jobs.published(employer.owner(), Jobs.body("被浏览的岗位"));
        Map<String, Object> other = ChannelFixture.feedChannel("没推过这个岗位");
        other.put("filter", ChannelFixture.filter(List.of("52"), null, null, null));
        JsonPath notPushed = ChannelFixture.create(other);
        String code = ch.getString("code");

        given().queryParam("ch", code).get("/api/v1/jobs/" + job).then().statusCode(200).body("id", equalTo(job));
        given().queryParam("ch", code).get("/api/v1/jobs/" + job).then().statusCode(200);
        given().queryParam("ch", "no-such-channel").get("/api/v1/jobs/" + job).then().statusCode(200);
        given().queryParam("ch", "<script>").get("/api/v1/jobs/" + job).then().statusCode(200);
        given().queryParam("ch", notPushed.getString("code")).get("/api/v1/jobs/" + job).then().statusCode(200);
        given().get("/api/v1/jobs/" + job).then().statusCode(200).body("viewCount", equalTo(6));

        assertThat(db.row("select views, applications from channel_delivery where channel_id = ? and job_id = ? and kind = 'PUSH'",
                ch.getString("id"), job)).containsEntry("views", 2L).containsEntry("applications", 0L);
        assertThat(db.row("select views, pushed from channel_daily where channel_id = ?", ch.getString("id")))
                .containsEntry("views", 2L).containsEntry("pushed", 1L);
        assertThat(db.count("select count(*) from channel_daily where channel_id = ?", notPushed.getString("id"))).isZero();
        Api.admin().as().get(ADMIN_CHANNELS + "/" + ch.getString("id") + "/deliveries").then().statusCode(200)
                .body("items[0].views", equalTo(2));
        Api.admin().as().get(ADMIN_CHANNELS + "/" + ch.getString("id") + "/daily").then().statusCode(200)
                .body("[0].views", equalTo(2)).body("[0].pushed", equalTo(1)).body("size()", equalTo(1));
        Api.admin().as().queryParam("from", "yesterday").get(ADMIN_CHANNELS + "/" + ch.getString("id") + "/daily").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        // the district's statistics show the channel's reach
        Api.admin().as().queryParam("dimension", "CHANNEL").queryParam("value", ch.getString("id"))
                .get("/api/v1/admin/stats/overview").then().statusCode(200)
                .body("channels.pushed", equalTo(1)).body("channels.views", equalTo(2)).body("channels.applications", equalTo(0));
    }

    @Test
    void an_application_through_a_channel_link_counts_once_even_when_the_request_is_replayed() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.feedChannel("投递归因"));
        Employers.Registered employer = Employers.approved(Api.unique("applies"));
        String job = Jobs.published(employer.owner(), Jobs.body("被投递的岗位"));
        String other = Jobs.published(employer.owner(), Jobs.body("另一个岗位"));
        Api.Session seeker = Seekers.registered(Api.unique("app"), phone());
        Api.Session second = Seekers.registered(Api.unique("app2"), phone());
        String code = ch.getString("code");

        String id = seeker.as().contentType(ContentType.JSON).header("Idempotency-Key", "k-" + Api.unique("")).queryParam("ch", code)
                .body(Map.of("jobId", job)).post(Seekers.APPLICATIONS).then().statusCode(201).extract().path("id");
        String key = "k-" + Api.unique("");
        second.as().contentType(ContentType.JSON).header("Idempotency-Key", key).queryParam("ch", code)
                .body(Map.of("jobId", job)).post(Seekers.APPLICATIONS).then().statusCode(201);
        second.as().contentType(ContentType.JSON).header("Idempotency-Key", key).queryParam("ch", code)
                .body(Map.of("jobId", job)).post(Seekers.APPLICATIONS).then().statusCode(201).header("Idempotent-Replayed", "true");
        seeker.as().contentType(ContentType.JSON).queryParam("ch", "no-such-channel").body(Map.of("jobId", other))
                .post(Seekers.APPLICATIONS).then().statusCode(201);

        assertThat(db.count("select count(*) from application where id = ?", id)).isEqualTo(1);
        assertThat(db.row("select applications from channel_delivery where channel_id = ? and job_id = ? and kind = 'PUSH'",
                ch.getString("id"), job)).containsEntry("applications", 2L);
        assertThat(db.row("select applications from channel_delivery where channel_id = ? and job_id = ? and kind = 'PUSH'",
                ch.getString("id"), other)).containsEntry("applications", 0L);
        assertThat(db.row("select applications from channel_daily where channel_id = ?", ch.getString("id")))
                .containsEntry("applications", 2L);
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
