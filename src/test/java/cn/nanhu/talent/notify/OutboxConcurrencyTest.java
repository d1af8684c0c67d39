package cn.nanhu.talent.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.WeChatFake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several dispatchers (copies of the service) sharing one outbox: claims keep each item to one delivery. */
@QuarkusTest
class OutboxConcurrencyTest {

    @Inject
    NotifyFixture fixture;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MutableClock clock;
    @Inject
    Db db;

    @AfterEach
    void restore() {
        fixture.restore();
    }

    @Test
    void two_dispatchers_running_at_once_never_send_the_same_message_twice() throws Exception {
        eachOfNineMessagesIsSentOnceWhenTwoCopiesRun(dispatcher::runOnce);
    }

    /** What every copy's scheduler does: several workers each, draining until nothing is due. */
    @Test
    void two_copies_draining_with_several_workers_each_never_send_the_same_message_twice() throws Exception {
        eachOfNineMessagesIsSentOnceWhenTwoCopiesRun(dispatcher::drain);
    }

    private void eachOfNineMessagesIsSentOnceWhenTwoCopiesRun(java.util.function.IntSupplier copy) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> userIds = new ArrayList<>();
        for (int u = 0; u < 3; u++) {
            String name = Api.unique("race" + u);
            Api.Session user = Api.wechatUser(name);
            for (int g = 0; g < 3; g++) {
                fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);
            }
            for (int m = 0; m < 3; m++) {
                fixture.noticeWithMessage(user.id(), name + "-" + m);
            }
            names.add(name);
            userIds.add(user.id());
        }
        // Slow answers keep both dispatchers busy at the same time.
        WeChatFake.server().stubFor(post(urlPathEqualTo(NotifyFixture.SEND))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}").withFixedDelay(40)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return copy.getAsInt();
                }));
            }
            int handled = 0;
            for (Future<Integer> run : runs) {
                handled += run.get();
            }
            assertThat(handled).isEqualTo(9);
        } finally {
            pool.shutdownNow();
        }

        List<String> delivered = new ArrayList<>();
        for (String name : names) {
            NotifyFixture.sentTo(NotifyFixture.openid(name))
                    .forEach(r -> delivered.add(JsonPath.from(r.getBodyAsString()).getString("data.thing1.value")));
        }
        assertThat(delivered).hasSize(9).doesNotHaveDuplicates()
                .containsAll(names.stream().flatMap(n -> List.of(n + "-0", n + "-1", n + "-2").stream()).toList());
        for (String userId : userIds) {
            assertThat(fixture.outboxOf(userId)).hasSize(3)
                    .allSatisfy(row -> assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1));
        }
        assertThat(dispatcher.runOnce()).isZero();
    }

    @Test
    void an_item_claimed_by_a_copy_that_died_waits_for_the_claim_to_expire_and_is_then_delivered_once() {
        String name = Api.unique("orphan");
        Api.Session user = Api.wechatUser(name);
        fixture.grant(user, NotifyFixture.REVIEW_TEMPLATE);
        fixture.noticeWithMessage(user.id(), "认领过期");
        String id = (String) fixture.outboxOf(user.id()).get(0).get("id");
        // what a copy leaves behind when it dies between claiming an item and recording the outcome
        db.update("update outbox set attempts = 1, locked_by = 'DEADCOPY', locked_until = ? where id = ?",
                OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(5)), ZoneOffset.UTC), id);

        assertThat(dispatcher.runOnce()).as("the claim still holds").isZero();
        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).isEmpty();

        clock.advance(Duration.ofMinutes(6));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(dispatcher.runOnce()).isZero();

        assertThat(NotifyFixture.sentTo(NotifyFixture.openid(name))).hasSize(1);
        assertThat(fixture.outboxOf(user.id()).get(0)).containsEntry("status", "SENT").containsEntry("attempts", 2)
                .containsEntry("locked_by", null).containsEntry("locked_until", null);
    }
}
