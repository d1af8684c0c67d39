package cn.nanhu.talent.stats;

import static cn.nanhu.talent.stats.Metric.*;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.stats.StatsDtos.Applications;
import cn.nanhu.talent.stats.StatsDtos.Breakdown;
import cn.nanhu.talent.stats.StatsDtos.Channels;
import cn.nanhu.talent.stats.StatsDtos.Consultations;
import cn.nanhu.talent.stats.StatsDtos.Employers;
import cn.nanhu.talent.stats.StatsDtos.Fairs;
import cn.nanhu.talent.stats.StatsDtos.Jobs;
import cn.nanhu.talent.stats.StatsDtos.Overview;
import cn.nanhu.talent.stats.StatsDtos.Rebuilt;
import cn.nanhu.talent.stats.StatsDtos.Seekers;
import cn.nanhu.talent.stats.StatsDtos.Series;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statistics as the back office asks for them: parses and checks the query, then reads the counters. */
@ApplicationScoped
public class StatsService {

    static final List<String> EXPORT_HEADER = List.of("周期开始", "周期结束", "维度", "维度值", "名称", "指标", "指标名称", "数量");

    private final StatsReport report;
    private final StatsRebuild rebuild;
    private final Clock clock;

    StatsService(StatsReport report, StatsRebuild rebuild, Clock clock) {
        this.report = report;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    public Overview overview(String from, String to, String dimension, String value) {
        Period p = Period.parse(from, to, clock);
        Dimension dim = Params.enumValue(Dimension.class, "dimension", dimension, Dimension.ALL);
        String v = value(dim, value);
        Map<Metric, Long> t = report.totals(p, dim, v);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("PENDING", t.get(EMPLOYERS_PENDING));
        byStatus.put("APPROVED", t.get(EMPLOYERS_APPROVED));
        byStatus.put("REJECTED", t.get(EMPLOYERS_REJECTED));
        byStatus.put("SUSPENDED", t.get(EMPLOYERS_SUSPENDED));
        long seekers = t.get(SEEKERS);
        long answered = t.get(CONSULTATIONS_ANSWERED);
        return new Overview(p.from(), p.to(), dim.name(), v, OffsetDateTime.now(clock),
                new Employers(t.get(EMPLOYERS_REGISTERED), t.get(EMPLOYERS_VERIFIED), byStatus, t.get(EMPLOYERS_ABOVE_SIZE)),
                new Jobs(t.get(JOBS_PUBLISHED), t.get(JOBS_CLOSED), t.get(JOBS_EXPIRED), t.get(JOBS_OPEN)),
                new Seekers(t.get(SEEKERS_REGISTERED), seekers, t.get(SEEKERS_COMPLETE),
                        seekers == 0 ? null : (int) Math.round((double) t.get(SEEKERS_COMPLETENESS_SUM) / seekers)),
                new Applications(t.get(APPLICATIONS), t.get(INTERVIEWS), t.get(OFFERS), t.get(HIRES)),
                new Consultations(t.get(CONSULTATIONS), answered, t.get(CONSULTATIONS_ON_TIME), t.get(CONSULTATIONS_LATE),
                        answered == 0 ? null : Math.round(1000.0 * t.get(CONSULTATIONS_ON_TIME) / answered) / 1000.0),
                new Fairs(t.get(FAIRS_PUBLISHED), t.get(FAIR_EMPLOYERS), t.get(FAIR_JOBS), t.get(FAIR_SIGNUPS), t.get(FAIR_CHECKINS)),
                new Channels(t.get(CHANNEL_PUSHED), t.get(CHANNEL_VIEWS), t.get(CHANNEL_APPLICATIONS)));
    }

    public Breakdown breakdown(String dimension, String from, String to) {
        Period p = Period.parse(from, to, clock);
        Dimension dim = Params.enumValue(Dimension.class, "dimension", dimension, null);
        if (dim == null || dim == Dimension.ALL) {
            throw InvalidInput.of("dimension", "dimension 取值为 DISTRICT、INDUSTRY、OCCUPATION、CHANNEL / dimension must be DISTRICT, INDUSTRY, OCCUPATION or CHANNEL");
        }
        return report.breakdown(p, dim);
    }

    public Series series(String metric, String granularity, String from, String to, String dimension, String value) {
        if (metric == null || metric.isBlank()) {
            throw InvalidInput.of("metric", "metric 不能为空 / metric is required");
        }
        Metric m = Params.enumValue(Metric.class, "metric", metric, null);
        Granularity g = Params.enumValue(Granularity.class, "granularity", granularity, Granularity.DAY);
        Period p = Period.parse(from, to, clock);
        Dimension dim = Params.enumValue(Dimension.class, "dimension", dimension, Dimension.ALL);
        return report.series(m, g, p, dim, value(dim, value));
    }

    /** The CSV export: a header row, then one row per bucket, dimension value and metric. */
    public String export(String granularity, String from, String to, String dimension) {
        Granularity g = Params.enumValue(Granularity.class, "granularity", granularity, Granularity.DAY);
        Period p = Period.parse(from, to, clock);
        Dimension dim = Params.enumValue(Dimension.class, "dimension", dimension, Dimension.ALL);
        CsvText csv = new CsvText().row(EXPORT_HEADER);
        report.exportRows(g, p, dim).forEach(csv::row);
        return csv.toString();
    }

    /** The file name of an export, e.g. stats-DISTRICT-2026-10-28-2026-11-26.csv. */
    public String exportName(String from, String to, String dimension) {
        Period p = Period.parse(from, to, clock);
        Dimension dim = Params.enumValue(Dimension.class, "dimension", dimension, Dimension.ALL);
        return "stats-" + dim.name() + "-" + p.from() + "-" + p.to() + ".csv";
    }

    public Rebuilt rebuild(String staffId) {
        StatsRebuild.Result r = rebuild.rebuild(staffId);
        return new Rebuilt(r.subjects(), r.dailyRows(), r.gaugeRows(), r.millis());
    }

    private static String value(Dimension dim, String value) {
        if (dim == Dimension.ALL) {
            if (value != null && !value.isBlank()) {
                throw InvalidInput.of("value", "dimension 为 ALL 时不能指定 value / value needs a dimension other than ALL");
            }
            return "";
        }
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("value", "请指定 " + dim + " 的取值 / value is required with dimension " + dim);
        }
        if (value.strip().length() > 32) {
            throw InvalidInput.of("value", "value 最长 32 个字符 / value is at most 32 characters");
        }
        return value.strip();
    }
}
