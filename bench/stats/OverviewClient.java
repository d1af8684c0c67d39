import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the statistics endpoints over HTTP, one request at a time (the latency an admin sees):
 * signs in as the admin, warms up, then times each query and prints p50/p90/p99/max in ms.
 *
 *   java bench/stats/OverviewClient.java <base-url> <admin-user> <admin-password> [requests per query] [warm-up requests]
 *   java bench/stats/OverviewClient.java <base-url> <admin-user> <admin-password> snapshot <file>
 */
public class OverviewClient {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = login(http, base, args[1], args[2]);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("overview (last 30 days)", "/api/v1/admin/stats/overview");
        queries.put("overview (365 days)", "/api/v1/admin/stats/overview?from=" + today.minusDays(364) + "&to=" + today);
        queries.put("overview (district 330402, 365 days)", "/api/v1/admin/stats/overview?dimension=DISTRICT&value=330402&from="
                + today.minusDays(364) + "&to=" + today);
        queries.put("breakdown by district (30 days)", "/api/v1/admin/stats/breakdown?dimension=DISTRICT");
        queries.put("series APPLICATIONS by month (365 days)", "/api/v1/admin/stats/series?metric=APPLICATIONS&granularity=MONTH&from="
                + today.minusDays(364) + "&to=" + today);
        if (args.length > 4 && args[3].equals("snapshot")) {
            // the figures without their generation time, to compare the generated tables with a rebuild
            StringBuilder out = new StringBuilder();
            for (String path : queries.values()) {
                out.append(path).append('\n').append(get(http, base + path, token).replaceAll("\"generatedAt\":\"[^\"]*\",?", "")).append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[4]), out.toString());
            return;
        }
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        for (int i = 0; i < warmup; i++) {
            for (String path : queries.values()) {
                get(http, base + path, token);
            }
        }
        System.out.printf("%-42s %8s %8s %8s %8s %8s%n", "query (" + n + " sequential requests each)", "p50", "p90", "p99", "max", "mean");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                get(http, base + q.getValue(), token);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            double mean = Arrays.stream(ms).average().orElse(0);
            Arrays.sort(ms);
            System.out.printf("%-42s %8.1f %8.1f %8.1f %8.1f %8.1f%n", q.getKey(), pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[n - 1], mean);
        }
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String login(HttpClient http, String base, String user, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/staff-login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("staff login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

}
