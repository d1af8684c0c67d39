package cn.nanhu.talent.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A fake of the WeChat API on a local port, standing in for api.weixin.qq.com in every test.
 * Login codes {@code ok-<name>} sign in as openid {@code oid-ok-<name>}; a few codes play
 * WeChat's errors; phone codes of 11 digits return that number.
 */
public class WeChatFake implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_TOKEN = "ACCESS_TOKEN_SECRET_7f3a9c";
    public static final String SESSION_KEY = "SESSION_KEY_SECRET_b81d2e";
    public static final String APP_SECRET = "test-app-secret-value";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").templatingEnabled(true)
                .globalTemplating(false));
        server.start();
        resetToDefaults();
        return Map.of("wechat.api-host", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Drops every stub and request a test added, and puts the default behaviour back. */
    public static void resetToDefaults() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":7200}")));
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session")).atPriority(10)
                .withQueryParam("js_code", matching("ok-[A-Za-z0-9_-]+"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"openid\":\"oid-{{request.query.js_code}}\",\"session_key\":\"" + SESSION_KEY
                                + "\",\"unionid\":\"uid-{{request.query.js_code}}\"}")
                        .withTransformers("response-template")));
        jsCodeError("bad", 40029, "invalid code");
        jsCodeError("used", 40163, "code been used");
        jsCodeError("limited", 45011, "api minute-quota reach limit");
        jsCodeError("busy", -1, "system error");
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", matching("garbage"))
                .willReturn(aResponse().withStatus(200).withBody("<html>not json</html>")));
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", matching("noopenid"))
                .willReturn(okJson("{\"session_key\":\"" + SESSION_KEY + "\"}")));
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", matching("down"))
                .willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", matching("slow"))
                .willReturn(okJson("{\"openid\":\"oid-slow\",\"session_key\":\"" + SESSION_KEY + "\"}").withFixedDelay(3000)));
        server.stubFor(post(urlPathEqualTo("/wxa/business/getuserphonenumber")).atPriority(10)
                .withRequestBody(matchingJsonPath("$.code", matching("1[3-9][0-9]{9}")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\"{{jsonPath request.body '$.code'}}\","
                                + "\"purePhoneNumber\":\"{{jsonPath request.body '$.code'}}\",\"countryCode\":\"86\"}}")
                        .withTransformers("response-template")));
        server.stubFor(post(urlPathEqualTo("/wxa/business/getuserphonenumber")).atPriority(20)
                .willReturn(okJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")));
        // Subscribe messages are accepted unless a test stubs an outage or a refusal over this.
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).atPriority(10)
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        contentCheckDefaults();
        server.stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/png").withBody(PNG)));
    }

    /** The smallest PNG signature plus header bytes: what the fake answers for a mini-program code. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    // Text containing 违禁 is risky and 待审 needs review; everything else passes.
    private static void contentCheckDefaults() {
        server.stubFor(post(urlPathEqualTo("/wxa/msg_sec_check")).atPriority(20)
                .willReturn(okJson(verdict("pass", 100))));
        server.stubFor(post(urlPathEqualTo("/wxa/msg_sec_check")).atPriority(5)
                .withRequestBody(containing("违禁"))
                .willReturn(okJson(verdict("risky", 20001))));
        server.stubFor(post(urlPathEqualTo("/wxa/msg_sec_check")).atPriority(6)
                .withRequestBody(containing("待审"))
                .willReturn(okJson(verdict("review", 21000))));
    }

    private static String verdict(String suggest, int label) {
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"suggest\":\"" + suggest + "\",\"label\":" + label
                + "},\"detail\":[],\"trace_id\":\"t\"}";
    }

    private static void jsCodeError(String code, int errcode, String errmsg) {
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", matching(code))
                .willReturn(okJson("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}")));
    }
}
