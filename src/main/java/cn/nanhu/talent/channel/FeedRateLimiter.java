package cn.nanhu.talent.channel;

import cn.nanhu.talent.common.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feed requests per API key: the sign-in limiter's token bucket with the channel's limit a minute,
 * so a key may spend its minute at once and then gets one request every 60/limit seconds, with
 * {@code Retry-After} saying when. Channels differ in their limit, so there is one limiter per limit
 * in use. Kept in memory by each copy of the service, so behind a load balancer of n copies a key may
 * get up to n times the limit; the limit protects each copy, it is not a billing quota.
 */
@ApplicationScoped
class FeedRateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ConcurrentHashMap<Integer, RateLimiter> byLimit = new ConcurrentHashMap<>();
    private final Clock clock;

    FeedRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one request of the key, or refuses it with 429 and the seconds until the next one is allowed. */
    void acquire(String keyHash, int perMinute) {
        byLimit.computeIfAbsent(perMinute, n -> new RateLimiter("feed-" + n, n, MINUTE, clock))
                .acquire(keyHash, "每分钟最多 " + perMinute + " 次请求 / at most " + perMinute + " feed requests a minute");
    }
}
