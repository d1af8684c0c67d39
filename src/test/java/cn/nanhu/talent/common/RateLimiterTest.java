package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanhu.talent.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void allows_the_burst_then_refuses_with_the_wait_until_the_next_permit() {
        clock.set(Instant.parse("2026-11-26T08:00:00Z"));
        RateLimiter limiter = new RateLimiter("t", 3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1", "x");
        }
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1", "too many"))
                .isInstanceOfSatisfying(ApiException.TooManyRequests.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(20);
                    assertThat(e.status()).isEqualTo(429);
                });
        // 19 s later one second is left, exactly (no floating-point hair turns it into two)
        clock.advance(Duration.ofSeconds(19));
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1", "too many"))
                .isInstanceOfSatisfying(ApiException.TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        // another address has its own bucket
        limiter.acquire("10.0.0.2", "x");
        // a permit comes back every 20 s, and only one
        clock.advance(Duration.ofSeconds(1));
        limiter.acquire("10.0.0.1", "x");
        assertThat(limiter.tryAcquire("10.0.0.1")).isPositive();
        // a long pause refills the bucket, never beyond its size
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isZero();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isPositive();
    }

    @Test
    void concurrent_callers_never_get_more_than_the_permits() throws InterruptedException {
        RateLimiter limiter = new RateLimiter("t", 50, Duration.ofHours(1), clock);
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> {
                if (limiter.tryAcquire("same") == 0) {
                    granted.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(granted.get()).isEqualTo(50);
    }

    @Test
    void refuses_nonsense_settings() {
        assertThatThrownBy(() -> new RateLimiter("t", 0, Duration.ofMinutes(1), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter("t", 1, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
