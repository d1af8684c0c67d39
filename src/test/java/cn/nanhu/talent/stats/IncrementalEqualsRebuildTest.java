package cn.nanhu.talent.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.job.JobExpirer;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counters kept change by change equal the counters a rebuild computes from the source tables,
 * after random sequences of everything that moves them: registrations, reviews, suspensions, posts,
 * edits that move a job (and its applications) to another district, closing and expiry, the
 * application pipeline, withdrawals, consultations, fair sign-ups and check-ins, and time passing.
 */
@QuarkusTest
class IncrementalEqualsRebuildTest {

    private static final Logger LOG = Logger.getLogger(IncrementalEqualsRebuildTest.class);

    /** The operations a sequence is drawn from. */
    enum Op {
        REGISTER_EMPLOYER, APPROVE_EMPLOYER, REJECT_EMPLOYER, SUSPEND_OR_REINSTATE, POST_JOB, MOVE_JOB, CLOSE_JOB,
        REGISTER_SEEKER, UPDATE_SEEKER, APPLY, ADVANCE_APPLICATION, WITHDRAW, ASK, ANSWER, SIGN_UP, CHECK_IN, TIME_PASSES
    }

    @Inject
    MutableClock clock;
    @Inject
    JobExpirer expirer;
    @Inject
    Db db;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void counters_kept_incrementally_equal_a_rebuild_after_random_operations() {
        for (int round = 0; round < 3; round++) {
            List<Op> ops = Arbitraries.of(Op.class).list().ofMinSize(25).ofMaxSize(40).sample();
            long seed = Arbitraries.longs().sample();
            LOG.infof("round %d, seed %d: %s", round, seed, ops);
            clock.set(StatsFixtures.wednesdayMorning(2050 + round).toInstant());
            World w = new World(new Random(seed));
            // a little world to start from, so the first operations have something to act on
            for (Op op : List.of(Op.POST_JOB, Op.POST_JOB, Op.POST_JOB, Op.REGISTER_SEEKER, Op.REGISTER_SEEKER, Op.APPLY, Op.ASK)) {
                w.run(op);
            }
            StatsFixtures.rebuild(w.admin);
            for (Op op : ops) {
                w.run(op);
            }
            Set<String> kept = snapshot();
            Set<String> subjectsKept = subjects();
            StatsFixtures.rebuild(w.admin);
            assertThat(snapshot()).as("counters after %s", ops).isEqualTo(kept);
            assertThat(subjects()).as("subjects after %s", ops).isEqualTo(subjectsKept);
        }
    }

    private Set<String> snapshot() {
        Set<String> out = new TreeSet<>();
        db.rows("select metric, on_day, dim, dim_value, n from stats_daily where n <> 0 and metric not like 'CHANNEL%'")
                .forEach(r -> out.add(r.get("metric") + "|" + r.get("on_day") + "|" + r.get("dim") + "|" + r.get("dim_value") + "=" + r.get("n")));
        db.rows("select metric, dim, dim_value, n from stats_gauge where n <> 0")
                .forEach(r -> out.add(r.get("metric") + "|now|" + r.get("dim") + "|" + r.get("dim_value") + "=" + r.get("n")));
        return out;
    }

    private Set<String> subjects() {
        Set<String> out = new TreeSet<>();
        db.rows("select kind, subject_id, facts from stats_subject").forEach(r -> out.add(r.get("kind") + "|" + r.get("subject_id") + "|" + r.get("facts")));
        return out;
    }

    /** What the sequence has made so far, so each operation picks something it applies to. */
    private final class World {
        final Random random;
        final Api.Session admin = Api.admin();
        final List<String> pending = new ArrayList<>();
        final List<Employers.Registered> approved = new ArrayList<>();
        final Map<String, Boolean> suspended = new HashMap<>();
        final Map<String, Api.Session> jobOwners = new HashMap<>();
        final List<String> openJobs = new ArrayList<>();
        final List<Api.Session> seekers = new ArrayList<>();
        final Map<String, Api.Session> applications = new HashMap<>();
        final Map<String, String> applicationJobs = new HashMap<>();
        final Map<String, String> steps = new HashMap<>();
        final List<String> waiting = new ArrayList<>();
        final List<Map<String, Object>> tickets = new ArrayList<>();
        final Set<String> signedUp = new TreeSet<>();
        String fair;

        World(Random random) {
            this.random = random;
        }

        <T> T any(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        void run(Op op) {
            switch (op) {
                case REGISTER_EMPLOYER -> pending.add(StatsFixtures.register(Api.unique("ir")).employerId());
                case APPROVE_EMPLOYER, REJECT_EMPLOYER -> {
                    if (pending.isEmpty()) {
                        approved.add(StatsFixtures.approved(admin, Api.unique("ira")));
                        return;
                    }
                    String id = pending.remove(random.nextInt(pending.size()));
                    // approved here only to be counted; employers that post are made by StatsFixtures.approved
                    StatsFixtures.decide(admin, id, op == Op.APPROVE_EMPLOYER);
                }
                case SUSPEND_OR_REINSTATE -> {
                    if (approved.isEmpty()) {
                        return;
                    }
                    String id = any(approved).employerId();
                    boolean now = suspended.getOrDefault(id, false);
                    if (now) {
                        admin.as().when().post("/api/v1/admin/employers/" + id + "/reinstate").then().statusCode(200);
                    } else {
                        admin.as().contentType(ContentType.JSON).body(Map.of("reason", "核查中"))
                                .when().post("/api/v1/admin/employers/" + id + "/suspend").then().statusCode(200);
                    }
                    suspended.put(id, !now);
                }
                case POST_JOB -> {
                    List<Employers.Registered> active = approved.stream().filter(e -> !suspended.getOrDefault(e.employerId(), false)).toList();
                    if (active.isEmpty()) {
                        approved.add(StatsFixtures.approved(admin, Api.unique("irj")));
                        return;
                    }
                    Employers.Registered e = any(active);
                    String job = StatsFixtures.publishedJob(e.owner(), Duration.ofHours(12 + random.nextInt(72)), "330482");
                    jobOwners.put(job, e.owner());
                    openJobs.add(job);
                }
                case MOVE_JOB -> {
                    if (openJobs.isEmpty()) {
                        return;
                    }
                    String job = any(openJobs);
                    Map<String, Object> body = Jobs.body("统计测试工程师");
                    body.put("districtCode", random.nextBoolean() ? "330411" : "330482");
                    body.put("occupationCode", random.nextBoolean() ? "4-04-05-03" : "2-02-10-03");
                    int status = jobOwners.get(job).as().contentType(ContentType.JSON).body(body)
                            .when().put(Jobs.EMPLOYER_JOBS + "/" + job).then().extract().statusCode();
                    if (status == 200 && db.count("select count(*) from job where id = ? and status = 'PENDING_REVIEW'", job) == 1) {
                        Jobs.approve(job);
                    }
                }
                case CLOSE_JOB -> {
                    if (!openJobs.isEmpty()) {
                        String job = openJobs.remove(random.nextInt(openJobs.size()));
                        jobOwners.get(job).as().when().post(Jobs.EMPLOYER_JOBS + "/" + job + "/close");
                    }
                }
                case REGISTER_SEEKER -> seekers.add(StatsFixtures.seeker(Api.unique("irs")));
                case UPDATE_SEEKER -> {
                    if (seekers.isEmpty()) {
                        return;
                    }
                    Map<String, Object> profile = Seekers.profile("林更新");
                    profile.put("currentDistrictCode", random.nextBoolean() ? "330421" : "330402");
                    if (random.nextBoolean()) {
                        profile.remove("intro");
                        profile.remove("skills");
                        profile.put("desiredOccupationCodes", List.of("4-04-05-03"));
                    }
                    Seekers.register(any(seekers), profile);
                }
                case APPLY -> {
                    if (seekers.isEmpty() || openJobs.isEmpty()) {
                        return;
                    }
                    Api.Session s = any(seekers);
                    String job = any(openJobs);
                    var r = s.as().contentType(ContentType.JSON).body(Map.of("jobId", job)).when().post(Seekers.APPLICATIONS);
                    if (r.statusCode() == 201) {
                        String id = r.path("id");
                        applications.put(id, s);
                        applicationJobs.put(id, job);
                        steps.put(id, "SUBMITTED");
                    }
                }
                case ADVANCE_APPLICATION -> {
                    List<String> live = steps.entrySet().stream().filter(e -> !Set.of("HIRED", "REJECTED", "WITHDRAWN").contains(e.getValue()))
                            .map(Map.Entry::getKey).sorted().toList();
                    if (live.isEmpty()) {
                        return;
                    }
                    String id = any(live);
                    Api.Session owner = jobOwners.get(applicationJobs.get(id));
                    String next = random.nextInt(6) == 0 ? "REJECTED" : switch (steps.get(id)) {
                        case "SUBMITTED" -> "INTERVIEW";
                        case "INTERVIEW" -> random.nextBoolean() ? "INTERVIEW" : "OFFER";
                        default -> "HIRED";
                    };
                    if (steps.get(id).equals("SUBMITTED")) {
                        owner.as().when().get("/api/v1/employer/applications/" + id);
                    }
                    try {
                        StatsFixtures.move(owner, id, next);
                        steps.put(id, next);
                    } catch (AssertionError suspendedEmployer) {
                        LOG.debugf("move refused: %s", suspendedEmployer.getMessage());
                    }
                }
                case WITHDRAW -> {
                    List<String> live = steps.entrySet().stream().filter(e -> !Set.of("HIRED", "REJECTED", "WITHDRAWN").contains(e.getValue()))
                            .map(Map.Entry::getKey).sorted().toList();
                    if (!live.isEmpty()) {
                        String id = any(live);
                        applications.get(id).as().contentType(ContentType.JSON).body(Map.of("reason", "已找到工作"))
                                .when().post(Seekers.APPLICATIONS + "/" + id + "/withdraw").then().statusCode(200);
                        steps.put(id, "WITHDRAWN");
                    }
                }
                case ASK -> {
                    if (!seekers.isEmpty()) {
                        waiting.add(StatsFixtures.consultation(any(seekers)));
                    }
                }
                case ANSWER -> {
                    if (!waiting.isEmpty()) {
                        StatsFixtures.answer(admin, waiting.remove(random.nextInt(waiting.size())));
                    }
                }
                case SIGN_UP -> {
                    if (seekers.isEmpty()) {
                        return;
                    }
                    if (fair == null) {
                        fair = StatsFixtures.fairOpenNow(admin);
                    }
                    Api.Session s = any(seekers);
                    if (signedUp.add(s.id())) {
                        var r = s.as().when().post(Fairs.SEEKER_FAIRS + "/" + fair + "/signup");
                        if (r.statusCode() == 201) {
                            tickets.add(r.jsonPath().getMap("$"));
                        }
                    }
                }
                case CHECK_IN -> {
                    if (!tickets.isEmpty()) {
                        Map<String, Object> t = tickets.remove(random.nextInt(tickets.size()));
                        admin.as().contentType(ContentType.JSON).body(Map.of("ticketCode", t.get("ticketCode")))
                                .when().post(Fairs.ADMIN_FAIRS + "/" + fair + "/checkins");
                    }
                }
                case TIME_PASSES -> {
                    clock.advance(Duration.ofHours(1 + random.nextInt(30)));
                    expirer.runOnce();
                    openJobs.removeIf(j -> db.count("select count(*) from job where id = ? and status = 'PUBLISHED'", j) == 0);
                }
            }
        }
    }
}
