import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of bench/channels/fanout.sh, compiled with bench/matching/MatchingClient.java.
 *
 *   receiver <port> <secrets-file> <expected> <timeout-s>
 *        a partner's webhook endpoint for every channel (/hook/<n>): checks each X-Signature against the
 *        channel's secret, counts deliveries and repeated X-Delivery-Ids, and prints the throughput once
 *        <expected> deliveries arrived (or the timeout passed)
 *   setup <base> <admin> <password> <channels> <jobs> <receiver-port> <out-dir>
 *        <channels> webhook channels with an empty filter (every job matches) and <jobs> posted jobs waiting
 *        for review; writes secrets.tsv
 *   publish <base> <admin> <password>
 *        approves every job waiting in the review queue, each approval a request that publishes the job
 *        and so queues its webhooks; prints the approval latencies (the request threads are not held by
 *        the deliveries)
 */
public class FanoutClient {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "receiver" -> receiver(Integer.parseInt(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "setup" -> {
                MatchingClient.base = args[1];
                setup(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]));
            }
            case "publish" -> {
                MatchingClient.base = args[1];
                publish(args[2], args[3]);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void setup(String adminUser, String password, int channels, int jobs, int port, Path out) throws Exception {
        String admin = MatchingClient.staffLogin(adminUser, password);
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", "基准渠道" + i);
            c.put("code", "bench-" + i);
            c.put("kind", "REGION");
            c.put("regionCode", i % 2 == 0 ? "31" : "3301");
            c.put("deliveryMode", "WEBHOOK");
            c.put("webhookUrl", "http://127.0.0.1:" + port + "/hook/" + i);
            Map<String, Object> created = MatchingClient.send("POST", "/api/v1/admin/channels", admin, MatchingClient.Json.write(c));
            secrets.add(i + "\t" + created.get("webhookSecret"));
        }
        Files.write(out.resolve("secrets.tsv"), secrets);
        String employer = MatchingClient.employerToken(admin);
        MatchingClient.EvalSeeker template = new MatchingClient.EvalSeeker("fanout", "2-02-10-03", "330402", 8000, 12000, "测试",
                "本科", 3, 1995, List.of("2-02-10-03"), List.of("330402"), "330402", 8000, List.of("Java开发"), null);
        for (int i = 0; i < jobs; i++) {
            MatchingClient.postJob(employer, template, "2-02-10-03", 6000 + i, "不限", 0);
        }
        System.out.printf("%d webhook channels and %d jobs waiting for review%n", channels, jobs);
    }

    @SuppressWarnings("unchecked")
    static void publish(String adminUser, String password) throws Exception {
        String admin = MatchingClient.staffLogin(adminUser, password);
        List<Double> millis = new ArrayList<>();
        long t0 = System.nanoTime();
        while (true) {
            List<Object> items = (List<Object>) MatchingClient.get("/api/v1/admin/reviews?kind=JOB&status=PENDING&size=100", admin).get("items");
            if (items.isEmpty()) {
                break;
            }
            for (Object o : items) {
                Map<String, Object> item = (Map<String, Object>) o;
                String body = "{\"decision\":\"APPROVE\",\"version\":" + ((Number) item.get("version")).longValue() + "}";
                long t = System.nanoTime();
                MatchingClient.send("POST", "/api/v1/admin/reviews/" + item.get("id") + "/decision", admin, body);
                millis.add((System.nanoTime() - t) / 1e6);
            }
        }
        millis.sort(null);
        System.out.printf(Locale.ROOT, "PUBLISHED %d jobs in %.1f s; approval request p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", millis.size(),
                (System.nanoTime() - t0) / 1e9, pct(millis, 50), pct(millis, 99), millis.get(millis.size() - 1));
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void receiver(int port, Path secretsFile, int expected, int timeoutSeconds) throws Exception {
        AtomicLong delivered = new AtomicLong();
        AtomicLong badSignature = new AtomicLong();
        AtomicLong repeated = new AtomicLong();
        AtomicLong first = new AtomicLong();
        AtomicLong last = new AtomicLong();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        Map<String, String> secrets = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/hook/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String channel = exchange.getRequestURI().getPath().substring("/hook/".length());
            if (secrets.isEmpty() && Files.exists(secretsFile)) {
                for (String line : Files.readAllLines(secretsFile)) {
                    String[] kv = line.split("\t");
                    secrets.put(kv[0], kv[1]);
                }
            }
            String timestamp = exchange.getRequestHeaders().getFirst("X-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Signature");
            String expectedSig = hmac(secrets.get(channel), timestamp + "." + new String(body, StandardCharsets.UTF_8));
            if (signature == null || !signature.equalsIgnoreCase(expectedSig)) {
                badSignature.incrementAndGet();
            }
            if (!ids.add(exchange.getRequestHeaders().getFirst("X-Delivery-Id"))) {
                repeated.incrementAndGet();
            }
            long now = System.nanoTime();
            first.compareAndSet(0, now);
            last.set(now);
            delivered.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        System.out.println("receiver listening on " + port);
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2000); // anything more would be a repeat
        server.stop(0);
        double seconds = (last.get() - first.get()) / 1e9;
        System.out.printf(Locale.ROOT, "DELIVERED %d of %d webhooks in %.1f s from the first to the last: %.0f per second;"
                        + " bad signatures %d, repeated delivery ids %d%n", delivered.get(), expected, seconds,
                seconds > 0 ? delivered.get() / seconds : 0, badSignature.get(), repeated.get());
        System.exit(delivered.get() >= expected && badSignature.get() == 0 ? 0 : 1);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(String.valueOf(secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            StringBuilder hex = new StringBuilder();
            for (byte b : mac.doFinal(text.getBytes(StandardCharsets.UTF_8))) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
