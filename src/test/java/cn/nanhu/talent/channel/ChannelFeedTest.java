package cn.nanhu.talent.channel;

import static cn.nanhu.talent.channel.ChannelFixture.ADMIN_CHANNELS;
import static cn.nanhu.talent.channel.ChannelFixture.FEED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The partner feed: keys per channel, rotation and revocation, the rate limit, and paging that never skips or repeats. */
@QuarkusTest
class ChannelFeedTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    ChannelPusher pusher;

    @AfterEach
    void restore() {
        ChannelFixture.quiesce();
        clock.reset();
    }

    @Test
    void a_key_reads_only_its_own_channels_feed_in_pages() {
        JsonPath a = ChannelFixture.create(ChannelFixture.feedChannel("渠道甲"));
        JsonPath b = ChannelFixture.create(ChannelFixture.feedChannel("渠道乙"));
        Employers.Registered employer = Employers.approved(Api.unique("feed"));
        String first = Jobs.published(employer.owner(), Jobs.body("一号"));
        String second = Jobs.published(employer.owner(), Jobs.body("二号"));
        String third = Jobs.published(employer.owner(), Jobs.body("三号"));
        String onlyA = Jobs.published(employer.owner(), Jobs.body("只给甲"));
        Api.admin().as().post(ADMIN_CHANNELS + "/" + b.getString("id") + "/disable").then().statusCode(200);
        db.update("delete from channel_delivery where channel_id = ? and job_id = ?", b.getString("id"), onlyA);

        JsonPath page1 = given().header("X-Api-Key", a.getString("apiKey")).queryParam("size", 2).get(FEED).then().statusCode(200)
                .body("items.jobId", contains(first, second)).body("items.seq", contains(1, 2)).body("hasMore", equalTo(true))
                .extract().jsonPath();
        JsonPath page2 = given().header("X-Api-Key", a.getString("apiKey")).queryParam("size", 2).queryParam("cursor", page1.getString("nextCursor"))
                .get(FEED).then().statusCode(200).body("items.jobId", contains(third, onlyA)).body("hasMore", equalTo(false))
                .extract().jsonPath();
        given().header("X-Api-Key", a.getString("apiKey")).queryParam("cursor", page2.getString("nextCursor")).get(FEED).then().statusCode(200)
                .body("items", empty()).body("nextCursor", equalTo(page2.getString("nextCursor")));

        Api.admin().as().post(ADMIN_CHANNELS + "/" + b.getString("id") + "/enable").then().statusCode(200);
        given().header("X-Api-Key", b.getString("apiKey")).get(FEED).then().statusCode(200)
                .body("items.jobId", contains(first, second, third)).body("items.jobId", org.hamcrest.Matchers.not(hasItem(onlyA)));
        // a's cursor is only a position: with b's key it still reads b's feed
        given().header("X-Api-Key", b.getString("apiKey")).queryParam("cursor", page1.getString("nextCursor")).get(FEED).then()
                .statusCode(200).body("items.jobId", contains(third));
    }

    @Test
    void missing_unknown_rotated_and_revoked_keys_are_401_and_the_new_key_works() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.feedChannel("密钥"));
        String id = ch.getString("id");
        String oldKey = ch.getString("apiKey");
        given().get(FEED).then().statusCode(401).contentType("application/problem+json");
        given().header("X-Api-Key", "nhk_made-up").get(FEED).then().statusCode(401).contentType("application/problem+json");
        given().header("X-Api-Key", oldKey).get(FEED).then().statusCode(200);

        String newKey = Api.admin().as().post(ADMIN_CHANNELS + "/" + id + "/api-key").then().statusCode(200)
                .body("apiKey", notNullValue()).extract().path("apiKey");
        assertThat(newKey).isNotEqualTo(oldKey);
        given().header("X-Api-Key", oldKey).get(FEED).then().statusCode(401);
        given().header("X-Api-Key", newKey).get(FEED).then().statusCode(200);

        Api.admin().as().delete(ADMIN_CHANNELS + "/" + id + "/api-key").then().statusCode(204);
        given().header("X-Api-Key", newKey).get(FEED).then().statusCode(401);
        Api.admin().as().delete(ADMIN_CHANNELS + "/" + id + "/api-key").then().statusCode(409);
        assertThat(db.row("select api_key_hash, api_key_hint from channel where id = ?", id)).containsEntry("api_key_hash", null);
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action in ('CHANNEL_KEY_ROTATED', 'CHANNEL_KEY_REVOKED')", id))
                .isEqualTo(2);
    }

    @Test
    void a_disabled_or_webhook_only_channel_has_no_feed_and_a_bad_cursor_is_400() {
        JsonPath ch = ChannelFixture.create(ChannelFixture.feedChannel("停用的源"));
        given().header("X-Api-Key", ch.getString("apiKey")).queryParam("cursor", "not-a-cursor").get(FEED).then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
        given().header("X-Api-Key", ch.getString("apiKey")).queryParam("size", "0").get(FEED).then().statusCode(400)
                .body("violations.field", hasItem("size"));
        Api.admin().as().post(ADMIN_CHANNELS + "/" + ch.getString("id") + "/disable").then().statusCode(200);
        given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(403).contentType("application/problem+json");
        JsonPath hook = ChannelFixture.create(ChannelFixture.webhookChannel("只要回调", "WEBHOOK"));
        given().header("X-Api-Key", hook.getString("apiKey")).get(FEED).then().statusCode(403);
    }

    @Test
    void a_key_over_its_rate_limit_gets_429_with_retry_after_until_its_next_request_is_allowed() {
        Map<String, Object> body = ChannelFixture.feedChannel("限流");
        body.put("rateLimit", 3);
        JsonPath ch = ChannelFixture.create(body);
        JsonPath other = ChannelFixture.create(ChannelFixture.feedChannel("不受影响"));
        clock.set(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(15));
        for (int i = 0; i < 3; i++) {
            given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(200);
        }
        given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", "20").body("status", equalTo(429));
        given().header("X-Api-Key", other.getString("apiKey")).get(FEED).then().statusCode(200);
        // three a minute: one more every 20 seconds, not three again at the turn of the minute
        clock.advance(Duration.ofSeconds(19));
        given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofSeconds(1));
        given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(200);
        given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(429);
    }

    @Test
    void a_push_that_commits_later_never_gets_an_earlier_position_than_one_already_visible() throws Exception {
        JsonPath ch = ChannelFixture.create(ChannelFixture.feedChannel("顺序"));
        String channelId = ch.getString("id");
        Employers.Registered employer = Employers.approved(Api.unique("order"));
        String held = Jobs.published(employer.owner(), Jobs.body("先取号后提交"));
        db.update("delete from channel_delivery where channel_id = ?", channelId);
        db.update("update channel_feed_seq set last_seq = 0 where channel_id = ?", channelId);
        String racing = Jobs.post(employer.owner(), Jobs.body("后取号先完成审核"));

        CompletableFuture<Void> publication;
        QuarkusTransaction.begin();
        try {
            pusher.push(Channel.findById(channelId), held, ChannelDelivery.Trigger.MANUAL, null);
            // the racing publication wants the next position and must wait for this transaction
            publication = CompletableFuture.runAsync(() -> Jobs.approve(racing));
            await().atMost(Duration.ofSeconds(20)).until(() -> publication.isDone() || db.sessionsWaitingOnALock() > 0);
            assertThat(publication).as("the publication waits for the open push").isNotDone();
            given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(200).body("items", empty());
        } finally {
            QuarkusTransaction.commit();
        }
        publication.get(30, TimeUnit.SECONDS);
        given().header("X-Api-Key", ch.getString("apiKey")).get(FEED).then().statusCode(200)
                .body("items.jobId", contains(held, racing)).body("items.seq", contains(1, 2));
    }

    @Test
    void paging_while_jobs_are_published_concurrently_never_skips_or_repeats_an_item() throws Exception {
        Map<String, Object> body = ChannelFixture.feedChannel("并发");
        body.put("rateLimit", 10000);
        JsonPath ch = ChannelFixture.create(body);
        String key = ch.getString("apiKey");
        Employers.Registered employer = Employers.approved(Api.unique("conc"));
        int publishers = 3;
        int perPublisher = 4;
        List<List<String>> batches = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < perPublisher; i++) {
                batch.add(Jobs.post(employer.owner(), Jobs.body("并发" + p + "-" + i)));
            }
            batches.add(batch);
        }
        List<String> all = batches.stream().flatMap(List::stream).toList();

        // each publisher is its own reviewer: concurrent sign-ins of one staff account would collide on its row
        List<Api.Session> reviewers = new ArrayList<>();
        List<List<Map<String, Object>>> items = new ArrayList<>();
        for (List<String> batch : batches) {
            Api.Session reviewer = Api.newStaff(Api.unique("rev"), "REVIEWER");
            reviewers.add(reviewer);
            items.add(batch.stream().map(jobId -> Jobs.pendingItem(reviewer, jobId)).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            Api.Session reviewer = reviewers.get(p);
            List<Map<String, Object>> mine = items.get(p);
            running.add(pool.submit(() -> mine.forEach(item -> reviewer.as().contentType(ContentType.JSON)
                    .body(Map.of("decision", "APPROVE", "version", item.get("version")))
                    .post(Jobs.REVIEWS + "/" + item.get("id") + "/decision").then().statusCode(200))));
        }
        List<String> seen = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        String cursor = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (seen.size() < all.size() && System.nanoTime() < deadline) {
            var spec = given().header("X-Api-Key", key).queryParam("size", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get(FEED).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.jobId", String.class));
            seqs.addAll(page.getList("items.seq", Long.class));
            cursor = page.getString("nextCursor");
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        JsonPath rest = given().header("X-Api-Key", key).queryParam("cursor", cursor).get(FEED).then().statusCode(200).extract().jsonPath();

        assertThat(rest.getList("items")).as("nothing left behind the reader").isEmpty();
        assertThat(seen).as("every job once, none twice").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(seqs).as("positions without gaps, in order").containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }
}
