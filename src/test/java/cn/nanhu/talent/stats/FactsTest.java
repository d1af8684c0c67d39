package cn.nanhu.talent.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A subject's facts: stored compactly and read back the same; swapping old for new moves the counters by the difference. */
class FactsTest {

    @Property
    void facts_read_back_as_stored(@ForAll("facts") Facts facts) {
        assertThat(Facts.decode(facts.encode())).isEqualTo(facts);
    }

    @Property
    void applying_the_delta_to_the_old_counters_gives_the_new(@ForAll("facts") Facts before, @ForAll("facts") Facts after) {
        TreeMap<Facts.Key, Long> counters = before.counters();
        Facts.delta(before, after).forEach((k, n) -> counters.merge(k, n, Long::sum));
        counters.values().removeIf(n -> n == 0);
        assertThat(counters).isEqualTo(after.counters());
    }

    @Test
    void an_event_counts_under_all_and_each_dimension_value() {
        Facts f = new Facts.Builder().dim(Dimension.DISTRICT, "330402").dim(Dimension.OCCUPATION, "2-00-00-00")
                .flow(Metric.APPLICATIONS, LocalDate.of(2026, 11, 26)).gauge(Metric.JOBS_OPEN, 1).build();
        assertThat(f.encode()).isEqualTo("D=330402;O=2-00-00-00|APPLICATIONS@20261126=1,JOBS_OPEN=1");
        assertThat(f.counters()).hasSize(6).containsEntry(new Facts.Key(Metric.APPLICATIONS, LocalDate.of(2026, 11, 26), Dimension.ALL, ""), 1L)
                .containsEntry(new Facts.Key(Metric.JOBS_OPEN, null, Dimension.OCCUPATION, "2-00-00-00"), 1L);
        assertThat(Facts.decode("")).isEqualTo(Facts.NONE);
    }

    @Provide
    Arbitrary<Facts> facts() {
        Arbitrary<String> district = Arbitraries.of("330402", "330421", "3304", null);
        Arbitrary<String> section = Arbitraries.of("I", "C", null);
        Arbitrary<Facts.Event> event = Combinators.combine(Arbitraries.of(Metric.class),
                Arbitraries.integers().between(0, 60).map(d -> d == 0 ? null : LocalDate.of(2026, 10, 1).plusDays(d)),
                Arbitraries.longs().between(1, 100)).as(Facts.Event::new);
        return Combinators.combine(district, section, event.list().ofMaxSize(6)).as((d, s, events) -> {
            Facts.Builder b = new Facts.Builder().dim(Dimension.DISTRICT, d).dim(Dimension.INDUSTRY, s);
            events.forEach(e -> {
                if (e.day() == null) {
                    b.gauge(e.metric(), e.n());
                } else {
                    b.flow(e.metric(), e.day(), e.n());
                }
            });
            return b.build();
        });
    }
}
