package cn.nanhu.talent.channel;

import cn.nanhu.talent.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feed requests per API key per minute, in fixed one-minute windows. Kept in memory by each copy
 * of the service, so behind a load balancer of n copies a key may get up to n times the limit; the
 * limit protects each copy, it is not a billing quota.
 */
@ApplicationScoped
class FeedRateLimiter {

    private static final long WINDOW_MS = 60_000;
    private static final int MAX_KEYS = 10_000;

    /** Requests counted in the window that started at {@code start}. */
    private record Window(long start, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    FeedRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request of the key, or refuses it with 429 and the seconds until the window ends. */
    void acquire(String keyHash, int perMinute) {
        long now = clock.millis();
        long start = now - Math.floorMod(now, WINDOW_MS);
        if (windows.size() > MAX_KEYS) {
            windows.entrySet().removeIf(e -> e.getValue().start() < start);
        }
        Window w = windows.compute(keyHash, (k, old) -> old == null || old.start() != start ? new Window(start, 1)
                : new Window(start, old.count() + 1));
        if (w.count() > perMinute) {
            long retryAfter = Math.max(1, (start + WINDOW_MS - now + 999) / 1000);
            throw new ApiException.TooManyRequests("每分钟最多 " + perMinute + " 次请求 / at most " + perMinute
                    + " feed requests a minute", retryAfter);
        }
    }
}
