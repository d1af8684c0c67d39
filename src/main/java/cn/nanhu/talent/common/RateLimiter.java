package cn.nanhu.talent.common;

import java.time.Clock;
import java.time.Duration;

/**
 * Token buckets per key (a client address, an API key): {@code permits} calls at once, refilled
 * evenly over {@code window}. A refused call is a 429 problem with the seconds until the next permit
 * in {@code Retry-After}. The buckets live in this copy's memory: with several copies, a client may
 * make up to {@code permits} calls per copy, which the limits are set with in mind.
 */
public final class RateLimiter {

    /**
     * Buckets kept at most. A bucket left alone for a whole window is full again, the same as a new
     * one, so it is dropped then; past this many busy keys the limiter starts over.
     */
    static final int MAX_KEYS = 100_000;

    private final String name;
    private final int permits;
    private final double nanosPerPermit;
    private final Clock clock;
    private final ExpiringMap<String, Bucket> buckets;

    public RateLimiter(String name, int permits, Duration window, Clock clock) {
        if (permits < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one permit over a positive window: " + name);
        }
        this.name = name;
        this.permits = permits;
        this.nanosPerPermit = (double) window.toNanos() / permits;
        this.clock = clock;
        this.buckets = ExpiringMap.afterAccess("rate limit " + name, window, MAX_KEYS, clock);
    }

    /** Takes one permit for {@code key}, or throws 429 with the wait. */
    public void acquire(String key, String detail) {
        long waitNanos = tryAcquire(key == null ? "" : key);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
            throw new ApiException.TooManyRequests(detail, seconds);
        }
    }

    /** 0 when a permit was taken, else the nanoseconds until one is free. */
    long tryAcquire(String key) {
        long now = nanos();
        Bucket bucket = buckets.getOrCreate(key, k -> new Bucket(permits, now));
        synchronized (bucket) {
            bucket.refill(now, permits, nanosPerPermit);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            // whole milliseconds, rounded up past a floating-point hair (20 s must not read as 20.000000001 s)
            double millis = (1 - bucket.tokens) * nanosPerPermit / 1e6;
            return Math.max(1, (long) Math.ceil(millis - 1e-6)) * 1_000_000L;
        }
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public String toString() {
        return "RateLimiter[" + name + ": " + permits + "]";
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(int permits, long now) {
            this.tokens = permits;
            this.at = now;
        }

        void refill(long now, int permits, double nanosPerPermit) {
            if (now > at) {
                tokens = Math.min(permits, tokens + (now - at) / nanosPerPermit);
                at = now;
            }
        }
    }
}
