package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.stats.Metric;
import cn.nanhu.talent.stats.StatsDtos.Breakdown;
import cn.nanhu.talent.stats.StatsDtos.Overview;
import cn.nanhu.talent.stats.StatsDtos.Series;
import cn.nanhu.talent.stats.StatsService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The district's statistics in the console: the overview of a period (optionally of one dimension
 * value), a breakdown by a dimension, two charts (drawn by {@code /console-assets/stats.js} from the
 * data in the page's {@code data-*} attributes, no inline script) and the CSV export, all from
 * {@link StatsService} as the admin API uses it.
 */
@Path("/admin/stats")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles("ADMIN")
public class ConsoleStatsResource {

    static final String CSV = "text/csv; charset=UTF-8";

    /** The columns of the breakdown table. */
    static final List<Metric> COLUMNS = List.of(Metric.EMPLOYERS_REGISTERED, Metric.JOBS_PUBLISHED, Metric.JOBS_OPEN,
            Metric.SEEKERS_REGISTERED, Metric.APPLICATIONS, Metric.HIRES, Metric.CONSULTATIONS_ANSWERED, Metric.CONSULTATIONS_ON_TIME,
            Metric.FAIR_SIGNUPS, Metric.CHANNEL_PUSHED, Metric.CHANNEL_APPLICATIONS);

    private static final List<String> DIMENSIONS = List.of("DISTRICT", "INDUSTRY", "OCCUPATION", "CHANNEL");

    private final StatsService stats;
    private final ConsoleContext context;
    private final ObjectMapper json;

    public ConsoleStatsResource(StatsService stats, ConsoleContext context, ObjectMapper json) {
        this.stats = stats;
        this.context = context;
        this.json = json;
    }

    @GET
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("dimension") String dimension,
            @QueryParam("value") String value, @QueryParam("by") String by) {
        String breakdownBy = by == null || by.isBlank() ? "DISTRICT" : by.strip();
        Views.StatsQuery query = new Views.StatsQuery(blank(from), blank(to), dimension == null || dimension.isBlank() ? "ALL" : dimension.strip(),
                blank(value), breakdownBy, options(List.of("ALL", "DISTRICT", "INDUSTRY", "OCCUPATION", "CHANNEL"), dimension, "ALL"),
                options(DIMENSIONS, breakdownBy, "DISTRICT"));
        try {
            Overview overview = stats.overview(query.from(), query.to(), query.dimension(), query.value());
            Breakdown breakdown = stats.breakdown(breakdownBy, query.from(), query.to());
            long days = ChronoUnit.DAYS.between(overview.from(), overview.to()) + 1;
            String granularity = days <= 62 ? "DAY" : "MONTH";
            Series series = stats.series(Metric.APPLICATIONS.name(), granularity, query.from(), query.to(), query.dimension(),
                    query.value());
            List<Views.StatsRow> rows = breakdown.items().stream()
                    .map(i -> new Views.StatsRow(i.value(), i.name() == null || i.name().isBlank() ? i.value() : i.name(),
                            COLUMNS.stream().map(m -> i.metrics().getOrDefault(m.name(), 0L)).toList()))
                    .toList();
            Views.StatsCharts charts = new Views.StatsCharts(
                    write(series.points().stream().map(p -> p.period().toString()).toList()),
                    write(series.points().stream().map(p -> p.count()).toList()),
                    "MONTH".equals(granularity) ? "按月" : "按日",
                    write(rows.stream().map(Views.StatsRow::name).toList()),
                    write(rows.stream().map(r -> r.cells().get(COLUMNS.indexOf(Metric.JOBS_PUBLISHED))).toList()),
                    write(rows.stream().map(r -> r.cells().get(COLUMNS.indexOf(Metric.APPLICATIONS))).toList()));
            String export = "/admin/stats/export?from=" + overview.from() + "&to=" + overview.to() + "&dimension=" + breakdownBy
                    + "&granularity=" + granularity;
            return Pages.html(200, Views.stats(context.chrome("stats"), query, overview,
                    COLUMNS.stream().map(Metric::label).toList(), rows, charts, export, null));
        } catch (ApiException | InvalidInput e) {
            return Pages.html(Pages.status(e), Views.stats(context.chrome("stats"), query, null, List.of(), List.of(), null, null,
                    Pages.describe(e)));
        }
    }

    /** The same CSV as {@code GET /api/v1/admin/stats/export}, for the signed-in admin's browser. */
    @GET
    @Path("/export")
    @Produces(CSV)
    public Response export(@QueryParam("granularity") String granularity, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("dimension") String dimension) {
        try {
            String body = stats.export(granularity, from, to, dimension);
            return Response.ok(body, CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + stats.exportName(from, to, dimension) + "\"")
                    .build();
        } catch (ApiException | InvalidInput e) {
            return Pages.message(Pages.status(e), "error", Pages.describe(e));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Views.Option> options(List<String> values, String selected, String fallback) {
        String s = selected == null || selected.isBlank() ? fallback : selected.strip();
        return values.stream().map(v -> new Views.Option(v, label(v), v.equals(s))).toList();
    }

    static String label(String dimension) {
        return Map.of("ALL", "全区", "DISTRICT", "地区", "INDUSTRY", "行业", "OCCUPATION", "职业", "CHANNEL", "渠道")
                .getOrDefault(dimension, dimension);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
