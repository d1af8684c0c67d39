package cn.nanhu.talent.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import cn.nanhu.talent.support.WeChatFake;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * WeChat entirely down, in each way it goes down: sign-in through WeChat fails fast with a 503
 * problem, and everything that does not need WeChat goes on: searching, reading, staff sign-in and
 * review, posting a job (its text goes to a person instead of WeChat's check), applying. When WeChat
 * is back, sign-in works again without a restart. (That messages queued meanwhile are delivered
 * later, once, is OutboxDeliveryTest's.)
 */
@QuarkusTest
class WeChatOutageTest {

    private StubMapping outage;

    @AfterEach
    void recover() {
        if (outage != null) {
            WeChatFake.server().removeStub(outage);
            outage = null;
        }
    }

    @Test
    void server_errors() {
        theServiceGoesOnWhile(() -> aResponse().withStatus(500).withBody("upstream down"));
    }

    @Test
    void system_busy() {
        theServiceGoesOnWhile(() -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
    }

    @Test
    void garbage() {
        theServiceGoesOnWhile(() -> aResponse().withStatus(200).withBody("<html>gateway</html>"));
    }

    @Test
    void connections_reset() {
        theServiceGoesOnWhile(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    @Test
    void answers_slower_than_the_timeout() {
        theServiceGoesOnWhile(() -> aResponse().withStatus(200).withFixedDelay(3000).withBody("{}"));
    }

    private void theServiceGoesOnWhile(Supplier<com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder> failure) {
        Employers.Registered employer = Employers.approved(Api.unique("outage-emp-"));
        String openJob = Jobs.published(employer.owner(), Jobs.body("断网测试岗位" + Jobs.marker()));
        Api.Session seeker = Seekers.registered(Api.unique("outage-seeker-"), "13600001234");
        Api.Session reviewer = Api.newStaff(Api.unique("outage-rev-"), "REVIEWER");

        outage = WeChatFake.server().stubFor(any(anyUrl()).atPriority(1).willReturn(failure.get()));

        long started = System.nanoTime();
        Response login = given().contentType(ContentType.JSON).body(Map.of("code", "ok-" + Api.unique("newcomer-")))
                .when().post("/api/v1/auth/wechat-login");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.contentType()).startsWith("application/problem+json");
        assertThat(millis).as("WeChat sign-in gives up within a few seconds, not after the SDK's retries").isLessThan(8_000);

        // reading and searching
        given().when().get("/api/v1/jobs").then().statusCode(200);
        given().when().get("/api/v1/jobs/" + openJob).then().statusCode(200);
        given().when().get("/api/v1/home").then().statusCode(200);
        // staff sign in with passwords
        Api.Session admin = Api.admin();
        // an employer posts: the text cannot be checked by WeChat, so a person reads it
        String posted = Jobs.post(employer.owner(), Jobs.body("断网时发布" + Jobs.marker()));
        List<String> flags = employer.owner().as().when().get(Jobs.EMPLOYER_JOBS + "/" + posted).then().statusCode(200)
                .extract().jsonPath().getList("contentFlags");
        assertThat(flags).contains("CONTENT_REVIEW");
        assertThat(Jobs.pendingItem(reviewer, posted)).isNotNull();
        Jobs.approve(posted);
        // a seeker applies
        String application = Seekers.apply(seeker, openJob);
        seeker.as().when().get(Seekers.APPLICATIONS + "/" + application).then().statusCode(200);
        admin.as().when().get("/api/v1/admin/reviews").then().statusCode(200);

        WeChatFake.server().removeStub(outage);
        outage = null;
        given().contentType(ContentType.JSON).body(Map.of("code", "ok-" + Api.unique("after-"))).when()
                .post("/api/v1/auth/wechat-login").then().statusCode(200);
    }
}
