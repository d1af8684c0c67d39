import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of bench/faults/pg-restart.sh, compiled with bench/matching/MatchingClient.java
 * (sign-in, the employer, posting and approving jobs).
 *
 *   seed <base> <admin-user> <admin-password> <jobs> <seekers> <out-dir>
 *        an approved employer with <jobs> approved jobs, and <seekers> registered seekers; writes
 *        jobs.txt and tokens.txt
 *   load <base> <out-dir> <seconds> <threads>
 *        search 60 %, job detail 25 %, apply 15 % (a seeker applies to a random job) from <threads>
 *        threads, and /q/health/ready polled every 250 ms; prints a line per second (answers by status)
 *        and the health transitions, and a summary at the end
 */
public class FaultClient {

    public static void main(String[] args) throws Exception {
        MatchingClient.base = args[1];
        switch (args[0]) {
            case "seed" -> seed(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Path.of(args[6]));
            case "load" -> load(Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void seed(String adminUser, String adminPassword, int jobs, int seekers, Path out) throws Exception {
        String admin = MatchingClient.staffLogin(adminUser, adminPassword);
        String employer = MatchingClient.employerToken(admin);
        MatchingClient.EvalSeeker template = new MatchingClient.EvalSeeker("fault-seed", "2-02-10-03", "330402", 8000, 12000, "测试",
                "本科", 3, 1995, List.of("2-02-10-03"), List.of("330402"), "330402", 8000, List.of("Java开发"), null);
        List<String> jobIds = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            String id = MatchingClient.postJob(employer, template, "2-02-10-03", 8000 + i * 100, "不限", 0);
            MatchingClient.approve(admin, "JOB", id, false);
            jobIds.add(id);
        }
        String policy = (String) MatchingClient.get("/api/v1/seeker/privacy-policy", null).get("version");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < seekers; i++) {
            String token = (String) MatchingClient.login("fault-seeker-" + i).get("accessToken");
            MatchingClient.send("POST", "/api/v1/me/phone", token, "{\"phoneCode\":\"1370000" + String.format("%04d", i) + "\"}");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "求职者" + i);
            body.put("gender", i % 2 == 0 ? "MALE" : "FEMALE");
            body.put("birthYear", 1995);
            body.put("education", "本科");
            body.put("experienceYears", 3);
            body.put("currentDistrictCode", "330402");
            body.put("desiredDistrictCodes", List.of("330402"));
            body.put("desiredOccupationCodes", List.of("2-02-10-03"));
            body.put("skills", List.of("Java"));
            body.put("visibility", "PUBLIC");
            body.put("consentVersion", policy);
            MatchingClient.send("PUT", "/api/v1/seeker/profile", token, MatchingClient.Json.write(body));
            tokens.add(token);
        }
        Files.write(out.resolve("jobs.txt"), jobIds);
        Files.write(out.resolve("tokens.txt"), tokens);
        System.out.printf("seeded %d approved jobs and %d registered seekers%n", jobIds.size(), tokens.size());
    }

    static void load(Path dir, int seconds, int threads) throws Exception {
        List<String> jobs = Files.readAllLines(dir.resolve("jobs.txt"));
        List<String> tokens = Files.readAllLines(dir.resolve("tokens.txt"));
        Map<Long, Map<String, AtomicLong>> perSecond = new ConcurrentHashMap<>();
        Map<String, AtomicLong> total = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long t0 = System.currentTimeMillis();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (running.get()) {
                    int pick = random.nextInt(100);
                    String kind;
                    HttpRequest.Builder b;
                    if (pick < 60) {
                        kind = "search";
                        b = HttpRequest.newBuilder(URI.create(MatchingClient.base + "/api/v1/jobs?q=Java&size=20")).GET();
                    } else if (pick < 85) {
                        kind = "detail";
                        b = HttpRequest.newBuilder(URI.create(MatchingClient.base + "/api/v1/jobs/" + jobs.get(random.nextInt(jobs.size())))).GET();
                    } else {
                        kind = "apply";
                        b = HttpRequest.newBuilder(URI.create(MatchingClient.base + "/api/v1/seeker/applications"))
                                .header("Authorization", "Bearer " + tokens.get(random.nextInt(tokens.size())))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"jobId\":\"" + jobs.get(random.nextInt(jobs.size())) + "\"}"));
                    }
                    String outcome;
                    try {
                        HttpResponse<String> r = MatchingClient.HTTP.send(b.timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        outcome = kind + " " + r.statusCode();
                        if (r.statusCode() >= 500 && !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                            outcome += " not-problem";
                        }
                    } catch (Exception e) {
                        outcome = kind + " " + e.getClass().getSimpleName();
                    }
                    long second = (System.currentTimeMillis() - t0) / 1000;
                    perSecond.computeIfAbsent(second, s -> new ConcurrentHashMap<>()).computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                    total.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                }
            });
            w.start();
            workers.add(w);
        }
        String last = "";
        List<String> transitions = new ArrayList<>();
        while (System.currentTimeMillis() - t0 < seconds * 1000L) {
            String state;
            try {
                HttpResponse<String> r = MatchingClient.HTTP.send(HttpRequest.newBuilder(URI.create(MatchingClient.base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(6)).GET().build(), HttpResponse.BodyHandlers.ofString());
                state = r.statusCode() == 200 ? "UP" : "DOWN";
            } catch (Exception e) {
                state = "UNREACHABLE";
            }
            if (!state.equals(last)) {
                transitions.add(String.format(Locale.ROOT, "%.1f s %s", (System.currentTimeMillis() - t0) / 1000.0, state));
                last = state;
            }
            Thread.sleep(250);
        }
        running.set(false);
        for (Thread w : workers) {
            w.join();
        }
        for (Map.Entry<Long, Map<String, AtomicLong>> s : new TreeMap<>(perSecond).entrySet()) {
            System.out.printf(Locale.ROOT, "SECOND %3d %s%n", s.getKey(), new TreeMap<>(s.getValue()));
        }
        System.out.println("HEALTH " + String.join(" -> ", transitions));
        System.out.println("TOTAL " + new TreeMap<>(total));
    }
}
