package cn.nanhu.talent.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as an operator runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}
 * in the prod profile, configured only by the environment the README lists, on a fresh PostgreSQL
 * database, with WeChat stood in for on a local port. Runs in {@code mvn verify} after the jar is
 * built (failsafe). The prod build talks to PostgreSQL only, so without a server on 127.0.0.1:5432
 * the class is skipped with a message, unless {@code -Dprodjar.required=true} (CI) makes that a failure.
 */
class ProdJarIT {

    private static final String DB = "prodjar_it";
    private static final String ADMIN_PASSWORD = "prod-jar-admin-Passw0rd";
    private static final String SESSION_KEY = "PRODJAR_SESSION_KEY_5e1f";
    private static final String APP_SECRET = "PRODJAR_APP_SECRET_93ac";
    private static final String ALLOWED_ORIGIN = "https://hr.nanhu.example.gov.cn";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path work;
    private static WireMockServer wechat;
    private static Process service;
    private static Path serviceLog;
    private static String base;
    private static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("the packaged jar (mvn package runs before the integration tests)").exists();
        boolean required = Boolean.getBoolean("prodjar.required");
        boolean postgres = answers("127.0.0.1", 5432);
        if (!postgres && required) {
            throw new AssertionError("prodjar.required=true but no PostgreSQL answers on 127.0.0.1:5432");
        }
        Assumptions.assumeTrue(postgres, "skipped: the prod jar needs PostgreSQL on 127.0.0.1:5432, and none answers");

        work = Files.createDirectories(Path.of("target/prod-jar-it"));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB + " with (force)");
            s.execute("create database " + DB);
        }
        wechat = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wechat.start();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"PRODJAR_ACCESS_TOKEN_77\",\"expires_in\":7200}")));
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"openid\":\"oid-prodjar-seeker\",\"session_key\":\"" + SESSION_KEY + "\"}")));

        env = new HashMap<>();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair keys = rsa.generateKeyPair();
        Path priv = work.resolve("jwt-private.pem");
        Path pub = work.resolve("jwt-public.pem");
        Files.writeString(priv, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        Files.writeString(pub, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        env.put("DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DB);
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "postgres");
        env.put("JWT_SIGN_KEY_FILE", priv.toAbsolutePath().toString());
        env.put("JWT_VERIFY_KEY_FILE", pub.toAbsolutePath().toString());
        env.put("PII_KEY", randomKey());
        env.put("PII_HASH_KEY", randomKey());
        env.put("WECHAT_APP_ID", "wx-prodjar");
        env.put("WECHAT_APP_SECRET", APP_SECRET);
        env.put("WECHAT_API_HOST", wechat.baseUrl());
        env.put("ADMIN_USERNAME", "opsadmin");
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("CORS_ORIGINS", ALLOWED_ORIGIN);
        env.put("NANHU_DATA_DIR", work.resolve("data").toAbsolutePath().toString());
        int port = freePort();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        base = "http://127.0.0.1:" + port;

        serviceLog = work.resolve("service.log");
        service = launch(env, serviceLog);
        Awaitility.await("the jar ready on " + base).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!service.isAlive()) {
                        throw new AssertionError("the jar stopped during start-up:\n" + tail(serviceLog));
                    }
                    try {
                        return given().baseUri(base).when().get("/q/health/ready").statusCode() == 200;
                    } catch (Exception notYet) {
                        return false; // not listening yet
                    }
                });
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
            service.destroyForcibly();
        }
        if (wechat != null) {
            wechat.stop();
        }
    }

    private static RequestSpecification api() {
        return given().baseUri(base);
    }

    @Test
    void health_answers_and_the_developer_pages_are_not_there() {
        api().when().get("/q/health/live").then().statusCode(200);
        for (String path : new String[] {"/q/swagger-ui", "/q/swagger-ui/", "/q/dev-ui", "/q/dev-ui/", "/q/dev"}) {
            assertThat(api().redirects().follow(false).when().get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void every_answer_carries_the_security_headers_and_hsts() {
        for (String path : new String[] {"/api/v1/jobs", "/api/v1/no-such-thing", "/q/health/ready"}) {
            Response r = api().when().get(path);
            assertThat(r.header("Strict-Transport-Security")).as(path).startsWith("max-age=");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).as(path).isNotBlank();
            assertThat(r.header("Referrer-Policy")).as(path).isNotBlank();
        }
    }

    @Test
    void cors_admits_only_the_configured_origin() {
        Response allowed = api().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/jobs");
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        Response other = api().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/jobs");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void trace_is_refused_and_bad_json_is_a_problem_without_internals() {
        assertThat(api().when().request("TRACE", "/api/v1/jobs").statusCode()).isEqualTo(405);
        Response bad = api().contentType(ContentType.JSON).body("{\"username\": ").when().post("/api/v1/auth/staff-login");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.asString()).doesNotContain("Exception", "at com.", "at cn.");
    }

    @Test
    void the_admin_from_the_environment_signs_in_and_no_default_account_exists() {
        api().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "admin"))
                .when().post("/api/v1/auth/staff-login").then().statusCode(401);
        String token = api().contentType(ContentType.JSON).body(Map.of("username", "opsadmin", "password", ADMIN_PASSWORD))
                .when().post("/api/v1/auth/staff-login").then().statusCode(200).extract().path("accessToken");
        api().header("Authorization", "Bearer " + token).when().get("/api/v1/admin/staff").then().statusCode(200);
    }

    @Test
    void a_wechat_sign_in_works_and_the_json_log_keeps_its_secrets() throws Exception {
        Response login = api().contentType(ContentType.JSON).body(Map.of("code", "prodjar-code-1"))
                .when().post("/api/v1/auth/wechat-login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat((String) login.path("accessToken")).isNotBlank();
        assertThat(login.asString()).doesNotContain("oid-prodjar", SESSION_KEY);
        api().header("Authorization", "Bearer " + login.path("accessToken")).when().get("/api/v1/me").then().statusCode(200);

        List<String> lines = Files.readAllLines(serviceLog, StandardCharsets.UTF_8);
        List<String> notJson = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                assertThat(node.has("message") || node.has("level")).as(line).isTrue();
            } catch (IOException e) {
                notJson.add(line);
            }
        }
        assertThat(notJson).as("every line the prod service writes is one JSON object").isEmpty();
        String all = String.join("\n", lines);
        assertThat(all).doesNotContain("oid-prodjar", SESSION_KEY, APP_SECRET, "PRODJAR_ACCESS_TOKEN_77", ADMIN_PASSWORD,
                env.get("PII_KEY"), env.get("PII_HASH_KEY"));
    }

    @Test
    void a_missing_secret_stops_the_start_and_names_it() throws Exception {
        Map<String, String> without = new HashMap<>(env);
        without.remove("PII_KEY");
        without.put("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
        Path log = work.resolve("missing-secret.log");
        Process p = launch(without, log);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the jar stops by itself").isTrue();
        assertThat(p.exitValue()).isNotZero();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("PII_KEY").doesNotContain(env.get("PII_HASH_KEY"), APP_SECRET, ADMIN_PASSWORD);
    }

    @Test
    void the_mock_wechat_is_refused_in_prod() throws Exception {
        Map<String, String> mock = new HashMap<>(env);
        mock.put("WECHAT_MODE", "mock");
        mock.put("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
        Path log = work.resolve("mock-refused.log");
        Process p = launch(mock, log);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the jar stops by itself").isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("wechat.mode=mock is refused in the prod profile");
    }

    private static Process launch(Map<String, String> environment, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("NANHU_") || k.startsWith("WECHAT_"));
        pb.environment().putAll(environment);
        return pb.start();
    }

    private static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
