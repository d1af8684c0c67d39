package cn.nanhu.talent.home;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringTest {

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger computed = new AtomicInteger();

    ExpiringTest() {
        clock.set(Instant.parse("2026-11-26T02:00:00Z"));
    }

    @Test
    void callers_within_the_lifetime_share_one_value_and_the_next_is_computed_once_it_runs_out() {
        Expiring<Integer> value = new Expiring<>(computed::incrementAndGet, Duration.ofSeconds(10), clock);
        assertThat(value.get()).isEqualTo(1);
        clock.advance(Duration.ofMillis(9_999));
        assertThat(value.get()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void a_zero_lifetime_computes_every_time() {
        Expiring<Integer> value = new Expiring<>(computed::incrementAndGet, Duration.ZERO, clock);
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(2);
    }
}
