package cn.nanhu.talent.review;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.notify.OutboxDispatcher;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.WeChatFake;
import com.github.tomakehurst.wiremock.client.WireMock;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployerReviewFlowTest {

    private static final String REVIEWS = "/api/v1/admin/reviews";

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    OutboxDispatcher dispatcher;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_reviewer_approves_and_the_owner_becomes_an_employer_with_badges() {
        String name = Api.unique("appr");
        Api.Session owner = Api.wechatUser(name);
        String employerId = Employers.register(owner);
        Api.Session reviewer = Api.newStaff(Api.unique("rv"), "REVIEWER");

        Map<String, Object> item = Employers.pendingItem(reviewer, employerId);
        assertThat(item).containsEntry("kind", "EMPLOYER").containsEntry("status", "PENDING");
        reviewer.as().when().get(REVIEWS + "/" + item.get("id"))
                .then().statusCode(200)
                .body("subject.creditCodeValid", equalTo(true))
                .body("subject.employer.id", equalTo(employerId));

        reviewer.as().contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", item.get("version"), "confirmAboveDesignatedSize", true))
                .when().post(REVIEWS + "/" + item.get("id") + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));

        owner.as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.title", hasItem("单位认证已通过"));
        Api.Session refreshed = Api.wechatUser(name);
        refreshed.as().when().get("/api/v1/me").then().body("roles", containsInAnyOrder("EMPLOYER", "SEEKER"))
                .body("employer.employerId", equalTo(employerId)).body("employer.status", equalTo("APPROVED"));
        given().when().get("/api/v1/employers/" + employerId)
                .then().statusCode(200)
                .body("badges", contains("VERIFIED", "ABOVE_DESIGNATED_SIZE"))
                .body("districtName", equalTo("南湖区"))
                .body("$", not(org.hamcrest.Matchers.hasKey("contactPhone")));
        assertThat(Employers.pendingItems(reviewer)).noneMatch(i -> employerId.equals(i.get("subjectId")));
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action = 'REVIEW_APPROVED' and actor_id = ?",
                employerId, reviewer.id())).isEqualTo(1);
    }

    @Test
    void an_owner_who_granted_the_template_gets_one_subscribe_message_through_the_outbox() {
        String name = Api.unique("sub");
        Api.Session owner = Api.wechatUser(name);
        owner.as().contentType(ContentType.JSON).body(Map.of("templateIds", List.of("tmpl-review-result")))
                .when().post("/api/v1/me/subscriptions").then().statusCode(200);
        String employerId = Employers.register(owner);
        Api.Session admin = Api.admin();
        Map<String, Object> item = Employers.pendingItem(admin, employerId);
        admin.as().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", item.get("version")))
                .when().post(REVIEWS + "/" + item.get("id") + "/decision").then().statusCode(200);
        assertThat(db.count("select count(*) from outbox where user_id = ? and status = 'PENDING'", owner.id())).isEqualTo(1);

        dispatcher.runOnce();

        WeChatFake.server().verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withRequestBody(matchingJsonPath("$.touser", WireMock.equalTo("oid-ok-" + name)))
                .withRequestBody(matchingJsonPath("$.template_id", WireMock.equalTo("tmpl-review-result"))));
        assertThat(db.count("select count(*) from outbox where user_id = ? and status = 'SENT'", owner.id())).isEqualTo(1);
    }

    @Test
    void the_size_badge_shows_only_when_the_reviewer_confirms_it() {
        Api.Session owner = Api.wechatUser(Api.unique("size"));
        String employerId = Employers.register(owner);
        Api.Session admin = Api.admin();
        Map<String, Object> item = Employers.pendingItem(admin, employerId);
        admin.as().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", item.get("version")))
                .when().post(REVIEWS + "/" + item.get("id") + "/decision").then().statusCode(200);
        given().when().get("/api/v1/employers/" + employerId).then().body("badges", contains("VERIFIED"));
    }

    @Test
    void a_rejection_needs_a_reason_and_the_owner_corrects_and_resubmits() {
        Api.Session owner = Api.wechatUser(Api.unique("rej"));
        String employerId = Employers.register(owner);
        Api.Session admin = Api.admin();
        Map<String, Object> item = Employers.pendingItem(admin, employerId);
        String decide = REVIEWS + "/" + item.get("id") + "/decision";

        admin.as().contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "version", item.get("version")))
                .when().post(decide).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        admin.as().contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "version", item.get("version"), "reasonTemplate", "LICENSE_UNREADABLE", "reason", "第二页缺失"))
                .when().post(decide).then().statusCode(200).body("status", equalTo("REJECTED"));

        owner.as().when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("EMPLOYER_REVIEW"))
                .body("items[0].title", equalTo("单位认证未通过"))
                .body("items[0].body", org.hamcrest.Matchers.containsString("第二页缺失"));
        owner.as().when().get("/api/v1/employers/mine").then()
                .body("status", equalTo("REJECTED"))
                .body("statusReason", equalTo("营业执照图片不清晰，请重新上传清晰完整的照片或扫描件。 第二页缺失"));

        Map<String, Object> corrected = Employers.registration(Employers.uploadLicense(owner));
        owner.as().contentType(ContentType.JSON).body(corrected).when().put("/api/v1/employers/mine")
                .then().statusCode(200).body("status", equalTo("PENDING")).body("name", equalTo(corrected.get("name")));
        Map<String, Object> again = Employers.pendingItem(admin, employerId);
        assertThat(again.get("id")).isNotEqualTo(item.get("id"));
        assertThat(String.valueOf(again.get("flags"))).contains("RESUBMISSION");
        admin.as().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", item.get("version")))
                .when().post(decide).then().statusCode(409);
    }

    @Test
    void a_stale_version_is_409_and_changes_nothing() {
        String employerId = Employers.register(Api.wechatUser(Api.unique("stale")));
        Api.Session admin = Api.admin();
        Map<String, Object> item = Employers.pendingItem(admin, employerId);
        admin.as().contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", ((Number) item.get("version")).longValue() + 7))
                .when().post(REVIEWS + "/" + item.get("id") + "/decision")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(db.row("select status from employer where id = ?", employerId)).containsEntry("status", "PENDING");
        assertThat(db.count("select count(*) from audit_log where subject_id = ?", employerId)).isZero();
    }

    @Test
    void two_reviewers_deciding_at_once_one_wins_the_other_gets_409_and_one_audit_row() throws Exception {
        String employerId = Employers.register(Api.wechatUser(Api.unique("race")));
        Api.Session a = Api.newStaff(Api.unique("ra"), "REVIEWER");
        Api.Session b = Api.newStaff(Api.unique("rb"), "REVIEWER");
        Map<String, Object> item = Employers.pendingItem(a, employerId);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (Api.Session reviewer : List.of(a, b)) {
            String decision = reviewer == a ? "APPROVE" : "REJECT";
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return reviewer.as().contentType(ContentType.JSON)
                        .body(Map.of("decision", decision, "reason", "并发测试", "version", item.get("version")))
                        .when().post(REVIEWS + "/" + item.get("id") + "/decision").statusCode();
            }));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(db.count("select count(*) from audit_log where subject_id = ? and action like 'REVIEW_%'", employerId)).isEqualTo(1);
    }

    @Test
    void a_claimed_item_belongs_to_its_reviewer_for_thirty_minutes() {
        String employerId = Employers.register(Api.wechatUser(Api.unique("claim")));
        Api.Session a = Api.newStaff(Api.unique("ca"), "REVIEWER");
        Api.Session b = Api.newStaff(Api.unique("cb"), "REVIEWER");
        Map<String, Object> item = Employers.pendingItem(a, employerId);
        String path = REVIEWS + "/" + item.get("id");
        a.as().when().post(path + "/claim").then().statusCode(200).body("claimedBy", equalTo(a.id()));
        b.as().when().post(path + "/claim").then().statusCode(409);
        b.as().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", item.get("version")))
                .when().post(path + "/decision").then().statusCode(409);

        clock.advance(Duration.ofMinutes(31));
        b.as().when().post(path + "/claim").then().statusCode(200).body("claimedBy", equalTo(b.id()));
    }

    @Test
    void the_queue_is_for_reviewers_and_admins_only() {
        given().when().get(REVIEWS).then().statusCode(401);
        Api.wechatUser(Api.unique("nosy")).as().when().get(REVIEWS).then().statusCode(403);
        Api.newStaff(Api.unique("svc"), "SERVICE").as().when().get(REVIEWS).then().statusCode(403);
        Api.admin().as().queryParam("kind", "NOPE").when().get(REVIEWS).then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        Api.admin().as().when().get(REVIEWS + "/01ARZ3NDEKTSV4RRFFQ69G5FAV").then().statusCode(404);
        Api.admin().as().queryParam("kind", "EMPLOYER").when().get(REVIEWS + "/reason-templates")
                .then().statusCode(200).body("code", hasItem("LICENSE_UNREADABLE"));
    }

    @Test
    void the_queue_lists_oldest_first() {
        Api.Session admin = Api.admin();
        String first = Employers.register(Api.wechatUser(Api.unique("old1")));
        clock.advance(Duration.ofSeconds(5));
        String second = Employers.register(Api.wechatUser(Api.unique("old2")));
        List<Object> subjects = Employers.pendingItems(admin).stream().map(i -> i.get("subjectId")).toList();
        assertThat(subjects.indexOf(first)).isLessThan(subjects.indexOf(second));
    }
}
