package cn.nanhu.talent.stats;

import static cn.nanhu.talent.stats.Metric.*;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.reference.ReferenceData;
import cn.nanhu.talent.stats.StatsDtos.Breakdown;
import cn.nanhu.talent.stats.StatsDtos.BreakdownItem;
import cn.nanhu.talent.stats.StatsDtos.Point;
import cn.nanhu.talent.stats.StatsDtos.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the counters: a handful of indexed rows per request whatever the size of the source tables
 * (the overview of one dimension value reads at most metrics × days daily rows and the gauges).
 */
@ApplicationScoped
class StatsReport {

    private final EntityManager em;
    private final ReferenceData reference;

    StatsReport(EntityManager em, ReferenceData reference) {
        this.em = em;
        this.reference = reference;
    }

    /** Flows over the period and gauges now, of one dimension value (ALL: the whole platform). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<Metric, Long> totals(Period p, Dimension dim, String value) {
        Map<Metric, Long> out = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            out.put(m, 0L);
        }
        for (Object[] r : rows("select metric, sum(n) from stats_daily where dim = ?1 and dim_value = ?2 and on_day between ?3 and ?4"
                + " group by metric", dim.name(), value, p.from(), p.to())) {
            put(out, r[0], r[1]);
        }
        for (Object[] r : rows("select metric, n from stats_gauge where dim = ?1 and dim_value = ?2", dim.name(), value)) {
            put(out, r[0], r[1]);
        }
        return out;
    }

    /** Every value of a dimension with its figures, in code order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Breakdown breakdown(Period p, Dimension dim) {
        Map<String, Map<Metric, Long>> byValue = new TreeMap<>();
        for (Object[] r : rows("select dim_value, metric, sum(n) from stats_daily where dim = ?1 and on_day between ?2 and ?3"
                + " group by dim_value, metric", dim.name(), p.from(), p.to())) {
            put(byValue.computeIfAbsent((String) r[0], k -> zeros()), r[1], r[2]);
        }
        for (Object[] r : rows("select dim_value, metric, n from stats_gauge where dim = ?1", dim.name())) {
            put(byValue.computeIfAbsent((String) r[0], k -> zeros()), r[1], r[2]);
        }
        List<BreakdownItem> items = new ArrayList<>();
        byValue.forEach((value, metrics) -> {
            Map<String, Long> named = new LinkedHashMap<>();
            metrics.forEach((m, n) -> named.put(m.name(), n));
            items.add(new BreakdownItem(value, name(dim, value), named));
        });
        return new Breakdown(p.from(), p.to(), dim.name(), items);
    }

    /** One flow metric in buckets over the period; buckets are clipped to the period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Series series(Metric metric, Granularity g, Period p, Dimension dim, String value) {
        if (metric.kind() != Metric.Kind.FLOW) {
            throw InvalidInput.of("metric", metric + " 是当前状态指标，没有时间序列 / " + metric + " is a current-state figure without a time series");
        }
        TreeMap<LocalDate, Long> byBucket = new TreeMap<>();
        for (LocalDate b = g.start(p.from()); !b.isAfter(p.to()); b = g.next(b)) {
            byBucket.put(b, 0L);
        }
        for (Object[] r : rows("select on_day, n from stats_daily where metric = ?1 and dim = ?2 and dim_value = ?3 and on_day between ?4 and ?5",
                metric.name(), dim.name(), value, p.from(), p.to())) {
            byBucket.merge(g.start(day(r[0])), ((Number) r[1]).longValue(), Long::sum);
        }
        List<Point> points = new ArrayList<>();
        byBucket.forEach((start, n) -> points.add(new Point(start, max(start, p.from()), min(g.next(start).minusDays(1), p.to()), n)));
        return new Series(metric.name(), g.name(), p.from(), p.to(), dim.name(), value, points);
    }

    /** Export rows: every non-zero flow per bucket and dimension value, then the gauges now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<List<Object>> exportRows(Granularity g, Period p, Dimension dim) {
        TreeMap<LocalDate, TreeMap<String, EnumMap<Metric, Long>>> cells = new TreeMap<>();
        for (Object[] r : rows("select on_day, dim_value, metric, n from stats_daily where dim = ?1 and on_day between ?2 and ?3",
                dim.name(), p.from(), p.to())) {
            Metric m = metric(r[2]);
            if (m != null) {
                cells.computeIfAbsent(g.start(day(r[0])), k -> new TreeMap<>())
                        .computeIfAbsent((String) r[1], k -> new EnumMap<>(Metric.class)).merge(m, ((Number) r[3]).longValue(), Long::sum);
            }
        }
        List<List<Object>> out = new ArrayList<>();
        cells.forEach((start, values) -> values.forEach((value, metrics) -> metrics.forEach((m, n) -> {
            if (n != 0) {
                out.add(List.of(max(start, p.from()).toString(), min(g.next(start).minusDays(1), p.to()).toString(), dim.name(),
                        value, nameOrEmpty(dim, value), m.name(), m.label(), n));
            }
        })));
        TreeMap<String, EnumMap<Metric, Long>> gauges = new TreeMap<>();
        for (Object[] r : rows("select dim_value, metric, n from stats_gauge where dim = ?1", dim.name())) {
            Metric m = metric(r[1]);
            if (m != null) {
                gauges.computeIfAbsent((String) r[0], k -> new EnumMap<>(Metric.class)).put(m, ((Number) r[2]).longValue());
            }
        }
        gauges.forEach((value, metrics) -> metrics.forEach((m, n) -> {
            if (n != 0) {
                out.add(List.of("当前", "当前", dim.name(), value, nameOrEmpty(dim, value), m.name(), m.label(), n));
            }
        }));
        return out;
    }

    /** The Chinese name of a dimension value: a division, an industry section, an occupation group. */
    String name(Dimension dim, String value) {
        return switch (dim) {
            case ALL -> "全部";
            case DISTRICT -> reference.division(value).map(d -> d.name()).orElse(null);
            case INDUSTRY -> reference.industry(value).map(i -> i.name()).orElse(null);
            case OCCUPATION -> reference.occupation(value).map(o -> o.name()).orElse(null);
            case CHANNEL -> null;
        };
    }

    private String nameOrEmpty(Dimension dim, String value) {
        String n = name(dim, value);
        return n == null ? "" : n;
    }

    private static Map<Metric, Long> zeros() {
        Map<Metric, Long> out = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            out.put(m, 0L);
        }
        return out;
    }

    private static void put(Map<Metric, Long> out, Object metric, Object n) {
        Metric m = metric(metric);
        if (m != null) {
            out.merge(m, ((Number) n).longValue(), Long::sum);
        }
    }

    /** A metric name from the table; one this build does not know (a newer copy's) is skipped. */
    private static Metric metric(Object name) {
        try {
            return Metric.valueOf((String) name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }
}
