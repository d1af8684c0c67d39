package cn.nanhu.talent.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one subject (an employer, a job, an application, ...) contributes to the counters: its
 * dimension values and its events. Every event counts under ALL and under each dimension value,
 * so a subject's contribution is a function of its facts alone, which is what lets a change swap
 * the old contribution for the new and a rebuild recompute the same numbers.
 */
record Facts(Map<Dimension, String> dims, List<Event> events) {

    static final Facts NONE = new Facts(Map.of(), List.of());
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** One event on a China day, or, without a day, a share of a current-state figure. */
    record Event(Metric metric, LocalDate day, long n) {
    }

    /** One counter: a metric on a day (null for a gauge) under a dimension value. */
    record Key(Metric metric, LocalDate day, Dimension dim, String value) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.metric)
                .thenComparing(k -> k.day, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> k.dim).thenComparing(k -> k.value);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    /** Every counter this subject adds to, with how much; sorted, so updates lock rows in one order. */
    TreeMap<Key, Long> counters() {
        TreeMap<Key, Long> out = new TreeMap<>();
        for (Event e : events) {
            out.merge(new Key(e.metric(), e.day(), Dimension.ALL, ""), e.n(), Long::sum);
            dims.forEach((d, v) -> out.merge(new Key(e.metric(), e.day(), d, v), e.n(), Long::sum));
        }
        return out;
    }

    /** new minus old, without the counters that do not change. */
    static TreeMap<Key, Long> delta(Facts before, Facts after) {
        TreeMap<Key, Long> out = after.counters();
        before.counters().forEach((k, n) -> out.merge(k, -n, Long::sum));
        out.values().removeIf(n -> n == 0);
        return out;
    }

    /** Compact text for stats_subject: {@code D=330402;I=I;O=2-00-00-00|APPLICATIONS@20261126=1}. */
    String encode() {
        StringBuilder b = new StringBuilder();
        dims.forEach((d, v) -> b.append(b.length() == 0 ? "" : ";").append(d.name().charAt(0)).append('=').append(v));
        b.append('|');
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            b.append(i == 0 ? "" : ",").append(e.metric().name());
            if (e.day() != null) {
                b.append('@').append(DAY.format(e.day()));
            }
            b.append('=').append(e.n());
        }
        return b.toString();
    }

    static Facts decode(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int bar = text.indexOf('|');
        Map<Dimension, String> dims = new EnumMap<>(Dimension.class);
        for (String part : text.substring(0, bar).split(";")) {
            if (!part.isEmpty()) {
                dims.put(dimension(part.charAt(0)), part.substring(2));
            }
        }
        List<Event> events = new ArrayList<>();
        for (String part : text.substring(bar + 1).split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.lastIndexOf('=');
            int at = part.indexOf('@');
            String metric = part.substring(0, at < 0 ? eq : at);
            LocalDate day = at < 0 ? null : LocalDate.parse(part.substring(at + 1, eq), DAY);
            events.add(new Event(Metric.valueOf(metric), day, Long.parseLong(part.substring(eq + 1))));
        }
        return new Facts(dims, events);
    }

    private static Dimension dimension(char c) {
        for (Dimension d : Dimension.values()) {
            if (d != Dimension.ALL && d.name().charAt(0) == c) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension " + c);
    }

    /** Builds the facts of one subject. */
    static final class Builder {
        private final Map<Dimension, String> dims = new EnumMap<>(Dimension.class);
        private final List<Event> events = new ArrayList<>();

        Builder dim(Dimension d, String value) {
            if (value != null && !value.isBlank()) {
                dims.put(d, value.replaceAll("[|;=,@]", "_"));
            }
            return this;
        }

        Builder flow(Metric m, LocalDate day) {
            return flow(m, day, 1);
        }

        Builder flow(Metric m, LocalDate day, long n) {
            if (day != null && n != 0) {
                events.add(new Event(m, day, n));
            }
            return this;
        }

        Builder gauge(Metric m, long n) {
            if (n != 0) {
                events.add(new Event(m, null, n));
            }
            return this;
        }

        Facts build() {
            return events.isEmpty() ? NONE : new Facts(dims, List.copyOf(events));
        }
    }
}
