package cn.nanhu.talent.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.nanhu.talent.wechat.WeChatClient.ContentVerdict.Suggestion;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The live WeChat client against a local fake of the WeChat API: tokens, error mapping, timeouts, TLS and secrecy. */
class LiveWeChatClientTest {

    private static final String APP_ID = "wx-test-app";
    private static final String SECRET = "app-secret-9f1c77";
    private static final String SESSION_KEY = "session-key-4b2e19";
    private static final String JSCODE = "/sns/jscode2session";

    private static WireMockServer fake;

    @BeforeAll
    static void startFake() {
        fake = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        fake.start();
    }

    @AfterAll
    static void stopFake() {
        fake.stop();
    }

    @BeforeEach
    void resetFake() {
        fake.resetAll();
        fake.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"AT\",\"expires_in\":7200}")));
    }

    @Test
    void a_code_becomes_an_openid_and_unionid_through_a_stable_token() {
        stubJsCode(okJson("{\"openid\":\"o_123\",\"session_key\":\"" + SESSION_KEY + "\",\"unionid\":\"u_456\"}"));

        WeChatClient.WeChatIdentity identity = client().code2Session("code-1");

        assertThat(identity.openid()).isEqualTo("o_123");
        assertThat(identity.unionid()).isEqualTo("u_456");
        assertThat(identity.toString()).doesNotContain("o_123", "u_456");
        fake.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token"))
                .withRequestBody(matchingJsonPath("$.appid", equalTo(APP_ID)))
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo("client_credential"))));
        fake.verify(0, anyRequestedFor(urlPathEqualTo("/cgi-bin/token")));
        fake.verify(1, getRequestedFor(urlPathEqualTo(JSCODE))
                .withQueryParam("js_code", equalTo("code-1"))
                .withQueryParam("access_token", equalTo("AT")));
    }

    @ParameterizedTest
    @ValueSource(ints = {40029, 40163})
    void an_invalid_or_used_code_is_rejected_without_retry(int errcode) {
        stubJsCode(okJson("{\"errcode\":" + errcode + ",\"errmsg\":\"invalid code\"}"));

        WeChatException.Rejected e = failure(WeChatException.Rejected.class, () -> client().code2Session("code-1"));

        assertThat(e.errcode()).isEqualTo(errcode);
        fake.verify(1, getRequestedFor(urlPathEqualTo(JSCODE)));
    }

    @Test
    void the_frequency_limit_is_reported_as_rate_limited() {
        stubJsCode(okJson("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}"));

        failure(WeChatException.RateLimited.class, () -> client().code2Session("code-1"));
    }

    @ParameterizedTest(name = "HTTP {0}: {1}")
    @CsvSource(delimiter = '|', value = {"200|{\"errcode\":-1,\"errmsg\":\"system error\"}", "503|upstream unavailable",
            "200|<html>not json</html>", "200|{\"session_key\":\"" + SESSION_KEY + "\"}"})
    void a_busy_wechat_a_server_error_a_malformed_body_or_a_missing_openid_is_unavailable_after_one_call(
            int status, String body) {
        stubJsCode(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body));

        failure(WeChatException.Unavailable.class, () -> client().code2Session("code-1"));
        fake.verify(1, getRequestedFor(urlPathEqualTo(JSCODE)));
    }

    @Test
    void a_slow_answer_is_abandoned_at_the_read_timeout() {
        stubJsCode(okJson("{\"openid\":\"o_slow\",\"session_key\":\"" + SESSION_KEY + "\"}").withFixedDelay(1500));
        LiveWeChatClient client = client(Duration.ofMillis(300));

        long start = System.nanoTime();
        failure(WeChatException.Unavailable.class, () -> client.code2Session("code-1"));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMillis).isLessThan(1400);
    }

    @Test
    void a_phone_code_becomes_the_pure_phone_number() {
        fake.stubFor(post(urlPathEqualTo("/wxa/business/getuserphonenumber")).willReturn(okJson(
                "{\"errcode\":0,\"phone_info\":{\"phoneNumber\":\"13812345678\",\"purePhoneNumber\":\"13812345678\","
                        + "\"countryCode\":\"86\"}}")));

        assertThat(client().phoneNumber("phone-code")).isEqualTo("13812345678");
        fake.verify(1, postRequestedFor(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .withRequestBody(matchingJsonPath("$.code", equalTo("phone-code"))));
    }

    @Test
    void an_invalid_phone_code_is_rejected() {
        fake.stubFor(post(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .willReturn(okJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")));

        WeChatException.Rejected e = failure(WeChatException.Rejected.class, () -> client().phoneNumber("phone-code"));

        assertThat(e.errcode()).isEqualTo(40029);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "review", "risky"})
    void a_text_check_reports_wechats_suggestion(String suggest) {
        fake.stubFor(post(urlPathEqualTo("/wxa/msg_sec_check")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"suggest\":\"" + suggest + "\",\"label\":20001},"
                        + "\"detail\":[],\"trace_id\":\"t\"}")));

        WeChatClient.ContentVerdict verdict = client().checkText("o_123", 2, "你好 hello");

        assertThat(verdict.suggestion()).isEqualTo(Suggestion.valueOf(suggest.toUpperCase()));
        assertThat(verdict.label()).isEqualTo("20001");
        fake.verify(1, postRequestedFor(urlPathEqualTo("/wxa/msg_sec_check"))
                .withQueryParam("access_token", equalTo("AT"))
                .withRequestBody(matchingJsonPath("$.version", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.openid", equalTo("o_123")))
                .withRequestBody(matchingJsonPath("$.scene", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.content", equalTo("你好 hello"))));
    }

    @Test
    void a_certificate_that_is_not_trusted_stops_the_call_before_any_code_is_sent() {
        WireMockServer tls = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1"));
        tls.start();
        try {
            tls.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                    .willReturn(okJson("{\"access_token\":\"AT\",\"expires_in\":7200}")));
            tls.stubFor(get(urlPathEqualTo(JSCODE)).willReturn(okJson("{\"openid\":\"o_tls\"}")));
            LiveWeChatClient client = new LiveWeChatClient(
                    new Config("https://localhost:" + tls.httpsPort(), Duration.ofSeconds(5)));

            WeChatException.Unavailable e = failure(WeChatException.Unavailable.class, () -> client.code2Session("code-1"));

            assertThat(e.getMessage()).containsAnyOf("SSL", "Cert", "Validator");
            tls.verify(0, getRequestedFor(urlPathEqualTo(JSCODE)));
            tls.verify(0, anyRequestedFor(anyUrl()));
        } finally {
            tls.stop();
        }
    }

    private static void stubJsCode(ResponseDefinitionBuilder response) {
        fake.stubFor(get(urlPathEqualTo(JSCODE)).willReturn(response));
    }

    /** The exception the call throws, which must be of this type and must not reveal a secret. */
    private static <T extends Throwable> T failure(Class<T> type, ThrowingCallable call) {
        T e = catchThrowableOfType(type, call);
        assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
        assertThat(e.getMessage()).doesNotContain(SECRET, "AT", SESSION_KEY);
        return e;
    }

    private static LiveWeChatClient client() {
        return client(Duration.ofSeconds(5));
    }

    private static LiveWeChatClient client(Duration readTimeout) {
        return new LiveWeChatClient(new Config(fake.baseUrl(), readTimeout));
    }

    /** Live-mode settings pointing at a fake host. */
    private record Config(String host, Duration read) implements WeChatConfig {
        // @formatter:off
        @Override public Optional<String> mode() { return Optional.of("live"); }
        @Override public Optional<String> appId() { return Optional.of(APP_ID); }
        @Override public Optional<String> appSecret() { return Optional.of(SECRET); }
        @Override public Optional<String> apiHost() { return Optional.of(host); }
        @Override public Duration connectTimeout() { return Duration.ofSeconds(2); }
        @Override public Duration readTimeout() { return read; }
        @Override public String envVersion() { return "develop"; }
        // @formatter:on
    }
}
