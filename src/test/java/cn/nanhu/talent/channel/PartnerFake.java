package cn.nanhu.talent.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * A partner's webhook receiver on a local port, reached as {@code http://localhost:<port>/hook}:
 * {@code localhost} is on the test allow-list, so the SSRF guard lets it through over http.
 * Started once for the whole test run.
 */
final class PartnerFake {

    static final String PATH = "/hook";
    private static WireMockServer server;

    private PartnerFake() {
    }

    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    static String url() {
        return "http://localhost:" + server().port() + PATH;
    }

    /** Accepts every webhook with 204, as a partner would. */
    static void accepting() {
        server().resetAll();
        server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(204)));
    }

    static List<LoggedRequest> received() {
        return server().findAll(postRequestedFor(urlPathEqualTo(PATH)));
    }
}
