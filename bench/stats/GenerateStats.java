import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Statistics benchmark data: source rows (employers, jobs with their status history, seekers,
 * applications with their pipeline history, consultations with answers) AND the statistics tables
 * (stats_daily, stats_gauge, stats_subject) they add up to, by the rules of cn.nanhu.talent.stats
 * (Sources / Facts), all with JDBC batch inserts. Events are spread over the last 365 China days.
 * Run it after the service has migrated the database once.
 *
 *   java -cp <jdbc driver jar> bench/stats/GenerateStats.java <jdbc-url> <user> <password> [APPLICATIONS] [JOBS] [seed]
 *
 * Generated ids start with "0S"; earlier benchmark rows are deleted first, so it can be re-run.
 */
public class GenerateStats {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    static final String[] EMPLOYER_STATUS = {"APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED",
            "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED",
            "PENDING", "REJECTED", "SUSPENDED"};

    final Random rnd;
    final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    /** stats_daily (day not null) and stats_gauge (day null) as they add up. */
    final TreeMap<String, Long> counters = new TreeMap<>();
    final List<Object[]> subjects = new ArrayList<>();
    Connection conn;

    GenerateStats(long seed) {
        rnd = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java -cp <jdbc jar> bench/stats/GenerateStats.java <jdbc-url> <user> <password> [APPLICATIONS] [JOBS] [seed]");
            System.exit(2);
        }
        int applications = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        int jobs = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42L;
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            new GenerateStats(seed).run(c, applications, jobs);
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    void run(Connection c, int applicationCount, int jobCount) throws Exception {
        conn = c;
        List<String> districts = strings(c, "select code from ref_division where level = 3 and code like '33%' order by code");
        List<String[]> industries = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, section from ref_industry where level = 2 order by code")) {
            while (rs.next()) {
                industries.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        List<String> occupations = strings(c, "select code from ref_occupation where level = 4 order by code");
        if (districts.isEmpty() || industries.isEmpty() || occupations.isEmpty()) {
            throw new IllegalStateException("reference tables are empty: start the service once so Flyway migrates the database");
        }
        try (Statement s = c.createStatement()) {
            for (String t : List.of("application_history where application_id", "application where id", "job_history where job_id",
                    "job where id", "employer where id", "seeker_profile where user_id", "consultation_message where consultation_id",
                    "consultation where id", "stats_subject where subject_id")) {
                s.executeUpdate("delete from " + t + " like '0S%'");
            }
            s.executeUpdate("delete from stats_daily");
            s.executeUpdate("delete from stats_gauge");
            // what is already there (e.g. the dev profile's demo content) still counts: its stored facts say how much
            try (ResultSet rs = s.executeQuery("select facts from stats_subject")) {
                while (rs.next()) {
                    count(rs.getString(1));
                }
            }
        }
        c.commit();

        // ---- employers: a tenth of the jobs' count, most approved -----------------------------------------
        int employerCount = Math.max(100, jobCount / 10);
        String[] empDistrict = new String[employerCount];
        String[] empSection = new String[employerCount];
        List<Integer> approved = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < employerCount; i++) {
            String id = id("0SE", i);
            String status = EMPLOYER_STATUS[rnd.nextInt(EMPLOYER_STATUS.length)];
            String[] industry = industries.get(rnd.nextInt(industries.size()));
            String district = pick(districts);
            empDistrict[i] = district;
            empSection[i] = industry[1];
            OffsetDateTime created = past(400);
            OffsetDateTime approvedAt = status.equals("APPROVED") || status.equals("SUSPENDED") ? created.plusHours(2 + rnd.nextInt(48)) : null;
            boolean above = rnd.nextInt(5) == 0;
            if (status.equals("APPROVED")) {
                approved.add(i);
            }
            Facts f = new Facts().dim("D", district).dim("I", industry[1]).flow("EMPLOYERS_REGISTERED", created)
                    .flow("EMPLOYERS_VERIFIED", approvedAt).gauge("EMPLOYERS_" + status, 1);
            if (status.equals("APPROVED") && above) {
                f.gauge("EMPLOYERS_ABOVE_SIZE", 1);
            }
            add("EMPLOYER", id, f);
            rows.add(new Object[] {id, "嘉兴统计基准企业" + i + "有限公司", String.format("91330402%010d", i), "张三", industry[0], district,
                    "嘉兴市南湖区", "100-499", above, above && !status.equals("PENDING"), "李四", "sealed", "hash" + i, "139****0000",
                    "0SF00000000000000000000000", status, ts(created), ts(approvedAt != null ? approvedAt : created), ts(approvedAt), 0L});
        }
        insert(c, "insert into employer (id, name, credit_code, legal_representative, industry_code, district_code, address, scale,"
                + " above_size_claimed, above_size_confirmed, contact_name, contact_phone_enc, contact_phone_hash, contact_phone_masked,"
                + " license_file_id, status, created_at, updated_at, approved_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        System.out.printf("%d employers (%d approved)%n", employerCount, approved.size());

        // ---- jobs of approved employers, with their history: 60 % open, 20 % closed, 20 % expired --------------
        String[] jobDistrict = new String[jobCount];
        String[] jobOccupation = new String[jobCount];
        int[] jobEmployer = new int[jobCount];
        List<Object[]> history = new ArrayList<>();
        for (int j = 0; j < jobCount; j++) {
            String id = id("0SJ", j);
            int e = approved.get(rnd.nextInt(approved.size()));
            jobEmployer[j] = e;
            jobDistrict[j] = rnd.nextInt(3) == 0 ? empDistrict[e] : pick(districts);
            jobOccupation[j] = occupations.get(rnd.nextInt(occupations.size()));
            int roll = rnd.nextInt(10);
            String status = roll < 6 ? "PUBLISHED" : roll < 8 ? "CLOSED" : "EXPIRED";
            OffsetDateTime published = past(365);
            OffsetDateTime ended = status.equals("PUBLISHED") ? null : min(published.plusDays(1 + rnd.nextInt(60)), now);
            OffsetDateTime expires = status.equals("EXPIRED") ? ended : now.plusDays(1 + rnd.nextInt(60));
            history.add(new Object[] {id("0SH", 2L * j), id, ts(published), "STAFF", "PENDING_REVIEW", "PUBLISHED"});
            if (ended != null) {
                history.add(new Object[] {id("0SH", 2L * j + 1), id, ts(ended), status.equals("CLOSED") ? "USER" : "SYSTEM", "PUBLISHED", status});
            }
            Facts f = new Facts().dim("D", jobDistrict[j]).dim("I", empSection[e]).dim("O", major(jobOccupation[j]))
                    .flow("JOBS_PUBLISHED", published).flow("JOBS_CLOSED", status.equals("CLOSED") ? ended : null)
                    .flow("JOBS_EXPIRED", status.equals("EXPIRED") ? ended : null).gauge("JOBS_OPEN", status.equals("PUBLISHED") ? 1 : 0);
            add("JOB", id, f);
            rows.add(new Object[] {id, id("0SE", e), "统计基准职位" + j, jobOccupation[j], jobDistrict[j], "嘉兴市", 5000, 9000, 2, "本科", 2,
                    "FULL_TIME", "五险一金", "负责日常工作。", ts(expires), status, ts(published), ts(published.minusHours(3)),
                    ts(ended != null ? ended : published), 0L});
            flushIf(c, rows, history, false);
        }
        flushJobs(c, rows, history);
        System.out.printf("%d jobs%n", jobCount);

        // ---- seekers: a fifth of the applications' count -----------------------------------------------------
        int seekerCount = Math.max(1000, applicationCount / 5);
        for (int s = 0; s < seekerCount; s++) {
            String id = id("0SU", s);
            String district = pick(districts);
            String occupation = occupations.get(rnd.nextInt(occupations.size()));
            int completeness = 40 + rnd.nextInt(61);
            OffsetDateTime created = past(365);
            add("SEEKER", id, new Facts().dim("D", district).dim("O", major(occupation)).flow("SEEKERS_REGISTERED", created)
                    .gauge("SEEKERS", 1).gauge("SEEKERS_COMPLETE", completeness >= 80 ? 1 : 0).gauge("SEEKERS_COMPLETENESS_SUM", completeness));
            rows.add(new Object[] {id, "林某", "本科", 3, district, occupation, "APPLIED_ONLY", "2026-11-01", ts(created), completeness,
                    ts(created), ts(created), 0L});
            if (rows.size() == 5000) {
                insertSeekers(c, rows);
            }
        }
        insertSeekers(c, rows);
        System.out.printf("%d seekers%n", seekerCount);

        // ---- applications along the pipeline ---------------------------------------------------------------------
        Set<Long> taken = new HashSet<>();
        List<Object[]> apps = new ArrayList<>();
        long historyId = 0;
        for (int a = 0; a < applicationCount; a++) {
            int s = a % seekerCount;
            int j;
            do {
                j = rnd.nextInt(jobCount);
            } while (!taken.add((long) s * jobCount + j));
            String id = id("0SA", a);
            OffsetDateTime created = past(365);
            int roll = rnd.nextInt(100);
            String status = roll < 40 ? "SUBMITTED" : roll < 60 ? "VIEWED" : roll < 75 ? "INTERVIEW" : roll < 83 ? "OFFER"
                    : roll < 90 ? "HIRED" : roll < 97 ? "REJECTED" : "WITHDRAWN";
            Facts f = new Facts().dim("D", jobDistrict[j]).dim("I", empSection[jobEmployer[j]]).dim("O", major(jobOccupation[j]))
                    .flow("APPLICATIONS", created);
            OffsetDateTime at = created;
            for (String step : List.of("INTERVIEW", "OFFER", "HIRED")) {
                boolean reached = switch (step) {
                    case "INTERVIEW" -> Set.of("INTERVIEW", "OFFER", "HIRED").contains(status);
                    case "OFFER" -> Set.of("OFFER", "HIRED").contains(status);
                    default -> status.equals("HIRED");
                };
                if (!reached) {
                    break;
                }
                at = min(at.plusHours(6 + rnd.nextInt(96)), now);
                history.add(new Object[] {id("0SI", historyId++), id, ts(at), "USER", null, step});
                f.flow(step.equals("INTERVIEW") ? "INTERVIEWS" : step.equals("OFFER") ? "OFFERS" : "HIRES", at);
            }
            add("APPLICATION", id, f);
            apps.add(new Object[] {id, id("0SJ", j), id("0SE", jobEmployer[j]), id("0SU", s), status, "{}", ts(created), ts(at), 0L});
            if (apps.size() == 5000) {
                insertApplications(c, apps, history);
            }
        }
        insertApplications(c, apps, history);
        System.out.printf("%d applications%n", applicationCount);

        // ---- consultations: one per hundred applications, nine in ten answered on time --------------------------------
        int consultationCount = Math.max(10, applicationCount / 100);
        List<Object[]> messages = new ArrayList<>();
        for (int k = 0; k < consultationCount; k++) {
            String id = id("0SC", k);
            OffsetDateTime created = past(365);
            OffsetDateTime due = created.plusDays(1);
            OffsetDateTime answered = min(rnd.nextInt(10) == 0 ? due.plusHours(1 + rnd.nextInt(48)) : created.plusMinutes(5 + rnd.nextInt(600)), now);
            boolean onTime = !answered.isAfter(due);
            add("CONSULTATION", id, new Facts().flow("CONSULTATIONS", created).flow("CONSULTATIONS_ANSWERED", answered)
                    .flow(onTime ? "CONSULTATIONS_ON_TIME" : "CONSULTATIONS_LATE", answered));
            rows.add(new Object[] {id, id("0SU", k % seekerCount), "社保咨询", "ANSWERED", ts(answered), ts(answered), ts(created), ts(answered), 0L});
            messages.add(new Object[] {id("0SM", 2L * k), id, "USER", id("0SU", k % seekerCount), "请问怎么办理？", ts(created), null});
            messages.add(new Object[] {id("0SM", 2L * k + 1), id, "STAFF", "0SSTAFF0000000000000000000", "带身份证到窗口办理。", ts(answered), ts(due)});
        }
        insert(c, "insert into consultation (id, asker_user_id, topic, status, last_message_at, last_staff_reply_at, created_at, updated_at,"
                + " version) values (?,?,?,?,?,?,?,?,?)", rows);
        insert(c, "insert into consultation_message (id, consultation_id, author_kind, author_id, content, created_at, answer_due_at)"
                + " values (?,?,?,?,?,?,?)", messages);
        System.out.printf("%d consultations%n", consultationCount);

        // ---- the statistics tables --------------------------------------------------------------------------------
        insert(c, "insert into stats_subject (kind, subject_id, facts) values (?,?,?)", subjects);
        List<Object[]> daily = new ArrayList<>();
        List<Object[]> gauges = new ArrayList<>();
        counters.forEach((key, n) -> {
            if (n == 0) {
                return;
            }
            String[] k = key.split("\\|", -1);
            if (k[1].isEmpty()) {
                gauges.add(new Object[] {k[0], k[2], k[3], n});
            } else {
                daily.add(new Object[] {k[0], java.sql.Date.valueOf(LocalDate.parse(k[1], DAY)), k[2], k[3], n});
            }
        });
        System.out.printf("statistics: %d daily counters, %d gauges%n", daily.size(), gauges.size());
        insert(c, "insert into stats_daily (metric, on_day, dim, dim_value, n) values (?,?,?,?,?)", daily);
        insert(c, "insert into stats_gauge (metric, dim, dim_value, n) values (?,?,?,?)", gauges);
    }

    // ---- the facts of one subject, as cn.nanhu.talent.stats.Facts encodes and expands them -----------------------------
    final class Facts {
        final Map<String, String> dims = new java.util.LinkedHashMap<>();
        final List<String[]> events = new ArrayList<>();

        Facts dim(String d, String v) {
            if (v != null) {
                dims.put(d, v);
            }
            return this;
        }

        Facts flow(String metric, OffsetDateTime at) {
            if (at != null) {
                events.add(new String[] {metric, at.atZoneSameInstant(CHINA).toLocalDate().format(DAY), "1"});
            }
            return this;
        }

        Facts gauge(String metric, long n) {
            if (n != 0) {
                events.add(new String[] {metric, "", Long.toString(n)});
            }
            return this;
        }

        String encode() {
            StringBuilder b = new StringBuilder();
            dims.forEach((d, v) -> b.append(b.length() == 0 ? "" : ";").append(d).append('=').append(v));
            b.append('|');
            for (int i = 0; i < events.size(); i++) {
                String[] e = events.get(i);
                b.append(i == 0 ? "" : ",").append(e[0]).append(e[1].isEmpty() ? "" : "@" + e[1]).append('=').append(e[2]);
            }
            return b.toString();
        }
    }

    /** Adds the counters of stored facts, e.g. {@code D=330402;I=I|JOBS_PUBLISHED@20261126=1,JOBS_OPEN=1}. */
    void count(String facts) {
        Map<String, String> names = Map.of("D", "DISTRICT", "I", "INDUSTRY", "O", "OCCUPATION", "C", "CHANNEL");
        int bar = facts.indexOf('|');
        List<String[]> dims = new ArrayList<>();
        for (String d : facts.substring(0, bar).split(";")) {
            if (!d.isEmpty()) {
                dims.add(new String[] {names.get(d.substring(0, 1)), d.substring(2)});
            }
        }
        for (String e : facts.substring(bar + 1).split(",")) {
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.lastIndexOf('=');
            int at = e.indexOf('@');
            String metric = e.substring(0, at < 0 ? eq : at);
            String day = at < 0 ? "" : e.substring(at + 1, eq);
            long n = Long.parseLong(e.substring(eq + 1));
            counters.merge(metric + "|" + day + "|ALL|", n, Long::sum);
            dims.forEach(d -> counters.merge(metric + "|" + day + "|" + d[0] + "|" + d[1], n, Long::sum));
        }
    }

    void add(String kind, String id, Facts f) throws Exception {
        if (f.events.isEmpty()) {
            return;
        }
        subjects.add(new Object[] {kind, id, f.encode()});
        if (subjects.size() == 5000) {
            insert(conn, "insert into stats_subject (kind, subject_id, facts) values (?,?,?)", subjects);
        }
        Map<String, String> names = Map.of("D", "DISTRICT", "I", "INDUSTRY", "O", "OCCUPATION");
        for (String[] e : f.events) {
            long n = Long.parseLong(e[2]);
            counters.merge(e[0] + "|" + e[1] + "|ALL|", n, Long::sum);
            f.dims.forEach((d, v) -> counters.merge(e[0] + "|" + e[1] + "|" + names.get(d) + "|" + v, n, Long::sum));
        }
    }

    // ---- inserts ----------------------------------------------------------------------------------------------------
    void flushIf(Connection c, List<Object[]> jobs, List<Object[]> history, boolean force) throws Exception {
        if (force || jobs.size() >= 5000) {
            flushJobs(c, jobs, history);
        }
    }

    void flushJobs(Connection c, List<Object[]> jobs, List<Object[]> history) throws Exception {
        insert(c, "insert into job (id, employer_id, title, occupation_code, district_code, address, salary_min, salary_max, headcount,"
                + " education, experience_years, job_type, tags, description, expires_at, status, published_at, created_at, updated_at,"
                + " version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", jobs);
        insert(c, "insert into job_history (id, job_id, at, actor_kind, from_status, to_status) values (?,?,?,?,?,?)", history);
    }

    void insertSeekers(Connection c, List<Object[]> rows) throws Exception {
        insert(c, "insert into seeker_profile (user_id, name, education, experience_years, current_district_code, desired_occupation_codes,"
                + " visibility, consent_version, consented_at, completeness, created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    void insertApplications(Connection c, List<Object[]> apps, List<Object[]> history) throws Exception {
        insert(c, "insert into application (id, job_id, employer_id, seeker_id, status, snapshot, created_at, updated_at, version)"
                + " values (?,?,?,?,?,?,?,?,?)", apps);
        insert(c, "insert into application_history (id, application_id, at, actor_kind, from_status, to_status) values (?,?,?,?,?,?)", history);
    }

    /** Inserts the rows in batches of 1,000, commits, and empties the list. */
    static void insert(Connection c, String sql, List<Object[]> rows) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        c.commit();
        rows.clear();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------
    static String id(String prefix, long n) {
        return prefix + String.format("%0" + (26 - prefix.length()) + "d", n);
    }

    static String major(String occupation) {
        return occupation.substring(0, occupation.indexOf('-')) + "-00-00-00";
    }

    /** A moment in the last {@code days} days, at any second. */
    OffsetDateTime past(int days) {
        return now.minusSeconds((long) (rnd.nextDouble() * days * 86400));
    }

    static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    static OffsetDateTime ts(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
