package cn.nanhu.talent.home;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One value computed at most once per {@code ttl}: callers within the lifetime share it, and when
 * it runs out one caller computes the next while the others wait for it rather than all computing.
 * A zero ttl computes every time.
 */
final class Expiring<T> {

    private record Held<T>(T value, long until) {
    }

    private final Supplier<T> compute;
    private final Duration ttl;
    private final Clock clock;
    private volatile Held<T> held;

    Expiring(Supplier<T> compute, Duration ttl, Clock clock) {
        this.compute = compute;
        this.ttl = ttl;
        this.clock = clock;
    }

    T get() {
        Held<T> h = held;
        if (h != null && clock.millis() < h.until()) {
            return h.value();
        }
        synchronized (this) {
            h = held;
            if (h != null && clock.millis() < h.until()) {
                return h.value();
            }
            T value = compute.get();
            held = new Held<>(value, clock.millis() + ttl.toMillis());
            return value;
        }
    }
}
