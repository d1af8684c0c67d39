import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The naive comparison: the benchmark's queries as plain SQL on the same database, keyword as
 * title LIKE '%kw%' OR description LIKE '%kw%', the same filters, first page of 20 newest, the
 * employer checked by a join. Runs each query a number of times on one connection and prints
 * p50/p99 per query and over the mix.
 *
 *   java -cp <jdbc driver jar> bench/NaiveSearch.java <jdbc-url> <user> <password> [rounds]
 */
public class NaiveSearch {

    /** name, keyword, district prefix, salaryMin, education, jobType (null = no filter). */
    record Q(String name, String kw, String district, Integer salaryMin, String education, String jobType) {
    }

    static final List<Q> QUERIES = List.of(
            new Q("q=Java&district=3304", "Java", "3304", null, null, null),
            new Q("q=会计", "会计", null, null, null, null),
            new Q("q=销售&salaryMin=6000", "销售", null, 6000, null, null),
            new Q("district=330402&sort=newest", null, "330402", null, null, null),
            new Q("q=司机&jobType=FULL_TIME", "司机", null, null, null, "FULL_TIME"),
            new Q("q=出纳&district=33&education=大专", "出纳", "33", null, "大专", null),
            new Q("q=电工&district=3304&salaryMin=5000", "电工", "3304", 5000, null, null),
            new Q("q=仓库管理员", "仓库管理员", null, null, null, null));

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setReadOnly(true);
            List<Long> all = new ArrayList<>();
            System.out.printf("%-40s %6s %10s %10s %10s%n", "query (naive SQL LIKE)", "rows", "p50 ms", "p99 ms", "max ms");
            for (Q q : QUERIES) {
                StringBuilder sql = new StringBuilder("select j.id, j.title, j.salary_min, j.salary_max, j.published_at"
                        + " from job j join employer e on e.id = j.employer_id"
                        + " where j.status = 'PUBLISHED' and j.expires_at > ? and e.status = 'APPROVED'");
                if (q.kw() != null) {
                    sql.append(" and (j.title like ? or j.description like ?)");
                }
                if (q.district() != null) {
                    sql.append(" and j.district_code like ?");   // codes are hierarchical: 3304 covers 330402
                }
                if (q.salaryMin() != null) {
                    sql.append(" and j.salary_max >= ?");
                }
                if (q.education() != null) {
                    sql.append(" and j.education = ?");
                }
                if (q.jobType() != null) {
                    sql.append(" and j.job_type = ?");
                }
                sql.append(" order by j.published_at desc, j.id limit 20");
                long[] times = new long[rounds];
                int rows = 0;
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    for (int r = -3; r < rounds; r++) {   // 3 warm-up runs
                        int k = 1;
                        ps.setObject(k++, OffsetDateTime.now(ZoneOffset.UTC));
                        if (q.kw() != null) {
                            ps.setString(k++, "%" + q.kw() + "%");
                            ps.setString(k++, "%" + q.kw() + "%");
                        }
                        if (q.district() != null) {
                            ps.setString(k++, q.district() + "%");
                        }
                        if (q.salaryMin() != null) {
                            ps.setInt(k++, q.salaryMin());
                        }
                        if (q.education() != null) {
                            ps.setString(k++, q.education());
                        }
                        if (q.jobType() != null) {
                            ps.setString(k++, q.jobType());
                        }
                        long t = System.nanoTime();
                        rows = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows++;
                            }
                        }
                        if (r >= 0) {
                            times[r] = System.nanoTime() - t;
                            all.add(times[r]);
                        }
                    }
                }
                Arrays.sort(times);
                System.out.printf("%-40s %6d %10.1f %10.1f %10.1f%n", q.name(), rows, pct(times, 50), pct(times, 99),
                        times[times.length - 1] / 1e6);
            }
            long[] a = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("NAIVE_ALL p50_ms=%.1f p99_ms=%.1f mean_ms=%.1f n=%d%n", pct(a, 50), pct(a, 99),
                    Arrays.stream(a).average().orElse(0) / 1e6, a.length);
        }
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
