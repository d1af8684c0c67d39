package cn.nanhu.talent.notify;

import java.time.Duration;

/** How long an outbox item waits after a failed delivery: the base, doubled for each earlier failure, capped. */
record Backoff(Duration base, Duration max) {

    /** The wait after the delivery numbered {@code attempts} (1 for the first) failed. */
    Duration after(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        // 2^30 times any sensible base is beyond any cap; stopping there keeps the arithmetic from overflowing.
        if (doublings >= 30) {
            return max;
        }
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
