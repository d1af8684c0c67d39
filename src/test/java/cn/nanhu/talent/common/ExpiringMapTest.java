package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanhu.talent.support.MutableClock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ExpiringMapTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void an_entry_written_lives_its_lifetime_and_not_a_moment_longer() {
        ExpiringMap<String, String> map = ExpiringMap.afterWrite("t", Duration.ofSeconds(30), 10, clock);
        map.put("a", "1");
        clock.advance(Duration.ofSeconds(29));
        assertThat(map.get("a")).isEqualTo("1");
        // reading does not extend a written entry
        clock.advance(Duration.ofSeconds(1));
        assertThat(map.get("a")).isNull();
        assertThat(map.size()).isZero();
    }

    @Test
    void an_entry_used_lives_its_lifetime_after_the_last_use() {
        ExpiringMap<String, String> map = ExpiringMap.afterAccess("t", Duration.ofSeconds(30), 10, clock);
        assertThat(map.getOrCreate("a", k -> k + "-made")).isEqualTo("a-made");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(20));
            assertThat(map.getOrCreate("a", k -> "again")).isEqualTo("a-made");
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(map.getOrCreate("a", k -> "again")).isEqualTo("again");
    }

    @Test
    void expired_entries_are_swept_out_within_a_lifetime_even_far_below_the_bound() {
        ExpiringMap<Integer, Integer> map = ExpiringMap.afterWrite("t", Duration.ofSeconds(30), 1_000_000, clock);
        for (int i = 0; i < 1000; i++) {
            map.put(i, i);
        }
        // nobody reads them again: the first write a lifetime later takes them out
        clock.advance(Duration.ofSeconds(31));
        map.put(-1, -1);
        assertThat(map.size()).isEqualTo(1);
        // a steady stream of new keys holds at most two lifetimes' worth
        for (int second = 0; second < 600; second++) {
            clock.advance(Duration.ofSeconds(1));
            for (int k = 0; k < 10; k++) {
                map.put(second * 100 + k, k);
            }
            assertThat(map.size()).isLessThanOrEqualTo(2 * 30 * 10 + 1);
        }
    }

    @Test
    void a_full_map_drops_the_expired_first_and_starts_over_only_when_all_are_alive() {
        ExpiringMap<String, Integer> map = ExpiringMap.afterWrite("t", Duration.ofSeconds(30), 3, clock);
        map.put("old", 0);
        clock.advance(Duration.ofSeconds(20));
        map.put("b", 1);
        map.put("c", 2);
        clock.advance(Duration.ofSeconds(15));
        // full, with "old" expired: it goes, the others stay
        map.put("d", 3);
        assertThat(map.get("b")).isEqualTo(1);
        assertThat(map.get("c")).isEqualTo(2);
        assertThat(map.get("d")).isEqualTo(3);
        // full of live entries: rewriting one of them needs no room
        map.put("b", 10);
        assertThat(map.size()).isEqualTo(3);
        // a new key: start over rather than grow
        map.put("e", 4);
        assertThat(map.size()).isEqualTo(1);
        assertThat(map.get("e")).isEqualTo(4);
        assertThat(map.get("b")).isNull();
    }

    @Property(tries = 200)
    void never_holds_more_than_its_bound(@ForAll @IntRange(min = 1, max = 20) int bound,
            @ForAll @Size(max = 300) java.util.List<@IntRange(min = 0, max = 50) Integer> keys,
            @ForAll @Size(max = 300) java.util.List<@IntRange(min = 0, max = 40) Integer> secondsBetween) {
        MutableClock time = new MutableClock();
        ExpiringMap<Integer, Integer> map = ExpiringMap.afterWrite("t", Duration.ofSeconds(30), bound, time);
        for (int i = 0; i < keys.size(); i++) {
            if (i < secondsBetween.size()) {
                time.advance(Duration.ofSeconds(secondsBetween.get(i)));
            }
            map.put(keys.get(i), i);
            assertThat(map.size()).isLessThanOrEqualTo(bound);
            // what was just written is always there
            assertThat(map.get(keys.get(i))).isEqualTo(i);
        }
    }

    @Test
    void concurrent_callers_of_one_key_share_one_made_value() throws InterruptedException {
        ExpiringMap<String, Object> map = ExpiringMap.afterAccess("t", Duration.ofMinutes(1), 10, clock);
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        java.util.Set<Object> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> seen.add(map.getOrCreate("same", k -> {
                made.incrementAndGet();
                return new Object();
            })));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(made.get()).isEqualTo(1);
        assertThat(seen).hasSize(1);
    }

    @Test
    void refuses_nonsense_settings() {
        assertThatThrownBy(() -> ExpiringMap.afterWrite("t", Duration.ZERO, 10, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpiringMap.afterWrite("t", Duration.ofSeconds(1), 0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
