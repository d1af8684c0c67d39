package cn.nanhu.talent.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Response bodies of the statistics endpoints. Flows are sums over [from, to]; gauges are now. */
public final class StatsDtos {

    private StatsDtos() {
    }

    /** The figures the district is judged on, for the whole platform or one dimension value. */
    public record Overview(LocalDate from, LocalDate to, String dimension, String value, OffsetDateTime generatedAt,
            Employers employers, Jobs jobs, Seekers seekers, Applications applications, Consultations consultations,
            Fairs fairs, Channels channels) {
    }

    /** registered and verified in the period; byStatus and aboveDesignatedSize (verified 规上) now. */
    public record Employers(long registered, long verified, Map<String, Long> byStatus, long aboveDesignatedSize) {
    }

    /** published, closed and expired in the period; open now. */
    public record Jobs(long published, long closed, long expired, long open) {
    }

    /** registered in the period; total, complete (completeness ≥ 80 %) and the average completeness now. */
    public record Seekers(long registered, long total, long complete, Integer averageCompleteness) {
    }

    public record Applications(long submitted, long interviews, long offers, long hires) {
    }

    /** Answered: staff replies to a ticket waiting for them; on time means by its due time (one working day). */
    public record Consultations(long opened, long answered, long answeredOnTime, long answeredLate, Double onTimeRate) {
    }

    public record Fairs(long published, long employers, long jobs, long signups, long checkins) {
    }

    /** Filled by the channel feature's per-channel daily counters. */
    public record Channels(long pushed, long views, long applications) {
    }

    /** The figures of each value of one dimension. */
    public record Breakdown(LocalDate from, LocalDate to, String dimension, List<BreakdownItem> items) {
    }

    public record BreakdownItem(String value, String name, Map<String, Long> metrics) {
    }

    /** One metric over time, every bucket present (zero when nothing happened). */
    public record Series(String metric, String granularity, LocalDate from, LocalDate to, String dimension, String value,
            List<Point> points) {
    }

    /** A bucket: its first day (Monday for weeks, the 1st for months) and its days within the period. */
    public record Point(LocalDate period, LocalDate start, LocalDate end, long count) {
    }

    /** What a rebuild did. */
    public record Rebuilt(long subjects, long dailyRows, long gaugeRows, long millis) {
    }
}
