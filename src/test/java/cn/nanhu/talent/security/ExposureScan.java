package cn.nanhu.talent.security;

import cn.nanhu.talent.support.WeChatFake;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exposure scan (OWASP API3): every response any test receives, and every line the service logs
 * while tests run, is searched for what must never leave the service: full mainland phone numbers,
 * resident ID numbers, openids, WeChat session keys and access tokens, and Java stack traces.
 *
 * <p>Installed for every {@code @QuarkusTest} through the test callbacks (see
 * {@code META-INF/services}); a response that leaks fails the test that received it at once, a log
 * line fails the test during which it was written. The one place a full phone number may appear is
 * the applicant's contact card, which an employer opens after the applicant accepted an interview
 * (logged as a résumé access).
 */
public class ExposureScan implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    /** Bounded by anything but letters and digits, so hex request ids and base64 tokens do not count. */
    static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])");
    static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    /**
     * The fake WeChat's openids are {@code oid-<code>} (case as written, and not inside a base64url
     * token, where "OId-" turns up by chance); an {@code openid} field is never sent either.
     */
    static final Pattern OPENID = Pattern.compile("(?<![A-Za-z0-9_-])oid-[A-Za-z0-9_-]+|(?i)\"open_?id\"\\s*:");
    static final Pattern SESSION_KEY = Pattern.compile(Pattern.quote(WeChatFake.SESSION_KEY) + "|\"session_?key\"\\s*:",
            Pattern.CASE_INSENSITIVE);
    static final Pattern WECHAT_TOKEN = Pattern.compile(Pattern.quote(WeChatFake.ACCESS_TOKEN));
    static final Pattern STACK_TRACE = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\n\\tat ");
    private static final Pattern CONTACT_CARD = Pattern.compile("/api/v1/employer/applications/[^/]+/contact");

    private static final Filter RESPONSES = new ResponseScan();
    private static final LogScan LOGS = new LogScan();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(RESPONSES)) {
            RestAssured.filters(RESPONSES);
        }
        LOGS.install();
        LOGS.takeFindings();
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        List<String> findings = LOGS.takeFindings();
        if (!findings.isEmpty()) {
            throw new AssertionError("the service logged what it must never log:\n" + String.join("\n", findings));
        }
    }

    /** What {@code text} exposes; {@code phonesAllowed} only for the contact card. */
    static List<String> findings(String text, boolean phonesAllowed, boolean tracesAllowed) {
        List<String> found = new ArrayList<>();
        if (!phonesAllowed) {
            find(PHONE, "a full phone number", text, found);
        }
        find(ID_NUMBER, "a full ID number", text, found);
        find(OPENID, "an openid", text, found);
        find(SESSION_KEY, "a WeChat session key", text, found);
        find(WECHAT_TOKEN, "a WeChat access token", text, found);
        if (!tracesAllowed) {
            find(STACK_TRACE, "a stack trace", text, found);
        }
        return found;
    }

    private static void find(Pattern pattern, String what, String text, List<String> found) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            found.add(what + " in …" + text.substring(from, to).replace('\n', ' ') + "…");
        }
    }

    /** Scans each response body that is text (JSON, problem+json, HTML, CSV), and its headers. */
    static final class ResponseScan implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext ctx) {
            Response response = ctx.next(request, expected);
            String type = String.valueOf(response.getContentType()).toLowerCase(Locale.ROOT);
            StringBuilder text = new StringBuilder(response.getHeaders().toString());
            if (type.contains("json") || type.startsWith("text/") || type.contains("xml") || type.isBlank() || type.equals("null")) {
                text.append('\n').append(response.asString());
            }
            boolean contactCard = CONTACT_CARD.matcher(request.getURI()).find();
            List<String> found = findings(text.toString(), contactCard, false);
            if (!found.isEmpty()) {
                throw new AssertionError("the response to " + request.getMethod() + " " + request.getURI()
                        + " exposes what it must never expose:\n" + String.join("\n", found));
            }
            return response;
        }
    }

    /** Scans every log record of the service (the test doubles' own chatter excepted). */
    static final class LogScan extends Handler {
        private final List<String> findings = new ArrayList<>();
        private volatile boolean installed;

        LogScan() {
            setLevel(Level.ALL);
        }

        synchronized void install() {
            if (!installed) {
                Logger.getLogger("").addHandler(this);
                installed = true;
            }
        }

        synchronized List<String> takeFindings() {
            List<String> taken = List.copyOf(findings);
            findings.clear();
            return taken;
        }

        @Override
        public void publish(LogRecord record) {
            String logger = String.valueOf(record.getLoggerName());
            if (logger.startsWith("com.github.tomakehurst") || logger.startsWith("wiremock") || logger.startsWith("org.eclipse.jetty")) {
                return;
            }
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(p);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append('\n').append(trace);
            }
            // Stack traces belong in logs; what they carry does not.
            List<String> found = findings(text.toString(), false, true);
            if (!found.isEmpty()) {
                synchronized (this) {
                    for (String f : found) {
                        findings.add("[" + logger + "] " + f);
                    }
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
