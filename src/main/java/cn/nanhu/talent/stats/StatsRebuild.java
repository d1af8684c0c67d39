package cn.nanhu.talent.stats;

import cn.nanhu.talent.audit.AuditLog;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Recomputes every counter from the feature tables, in one transaction, with the same code that
 * keeps them current ({@link Sources}); the channel counters, which the channel feature owns, stay.
 * On PostgreSQL the stats tables are locked against writers (readers go on), so a change made
 * meanwhile waits and is then counted once on top of the rebuilt figures.
 */
@ApplicationScoped
class StatsRebuild {

    private static final Logger LOG = Logger.getLogger(StatsRebuild.class);
    private static final int PAGE = 1000;

    /** What a rebuild did. */
    record Result(long subjects, long dailyRows, long gaugeRows, long millis) {
    }

    private final EntityManager em;
    private final Sources sources;
    private final AuditLog audit;
    private final Clock clock;

    StatsRebuild(EntityManager em, Sources sources, AuditLog audit, Clock clock) {
        this.em = em;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /** Up to an hour: at a million applications the rebuild reads and writes for minutes. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    Result rebuild(String staffId) {
        long started = clock.millis();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                try (var s = c.createStatement()) {
                    s.execute("lock table stats_subject, stats_daily, stats_gauge in exclusive mode");
                }
            }
        });
        em.createNativeQuery("delete from stats_subject").executeUpdate();
        em.createNativeQuery("delete from stats_gauge").executeUpdate();
        em.createNativeQuery("delete from stats_daily where metric not like 'CHANNEL%'").executeUpdate();
        TreeMap<Facts.Key, Long> totals = new TreeMap<>();
        long subjects = 0;
        for (SubjectKind kind : SubjectKind.values()) {
            String after = null;
            for (List<String> ids = sources.ids(kind, null, PAGE); !ids.isEmpty(); ids = sources.ids(kind, after, PAGE)) {
                Map<String, Facts> facts = sources.load(kind, ids);
                List<Object[]> rows = new ArrayList<>(facts.size());
                facts.forEach((id, f) -> {
                    f.counters().forEach((k, n) -> totals.merge(k, n, Long::sum));
                    rows.add(new Object[] {kind.name(), id, f.encode()});
                });
                batch("insert into stats_subject (kind, subject_id, facts) values (?, ?, ?)", rows);
                subjects += facts.size();
                after = ids.get(ids.size() - 1);
                em.clear();
            }
        }
        List<Object[]> daily = new ArrayList<>();
        List<Object[]> gauges = new ArrayList<>();
        totals.forEach((k, n) -> {
            if (n != 0 && k.day() == null) {
                gauges.add(new Object[] {k.metric().name(), k.dim().name(), k.value(), n});
            } else if (n != 0) {
                daily.add(new Object[] {k.metric().name(), java.sql.Date.valueOf(k.day()), k.dim().name(), k.value(), n});
            }
        });
        batch("insert into stats_gauge (metric, dim, dim_value, n) values (?, ?, ?, ?)", gauges);
        batch("insert into stats_daily (metric, on_day, dim, dim_value, n) values (?, ?, ?, ?, ?)", daily);
        Result result = new Result(subjects, daily.size(), gauges.size(), clock.millis() - started);
        audit.record("STAFF", staffId, "STATS_REBUILT", "STATS", "ALL", Map.of("subjects", subjects,
                "dailyRows", daily.size(), "gaugeRows", gauges.size()));
        LOG.infof("statistics rebuilt from the source tables: %d subjects, %d daily and %d gauge counters in %d ms",
                subjects, daily.size(), gauges.size(), result.millis());
        return result;
    }

    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> insertAll(c, sql, rows));
    }

    private static void insertAll(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
                if (++pending == 500) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }
}
