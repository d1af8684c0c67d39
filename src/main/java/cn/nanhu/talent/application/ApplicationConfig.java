package cn.nanhu.talent.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of applications and interviews, under {@code applications.*}. */
@ConfigMapping(prefix = "applications")
public interface ApplicationConfig {

    /**
     * Applications one seeker may send per day (China time). Enough for a real search; it stops
     * scripted mass-applying, which wastes employers' time and buries real applicants.
     */
    @WithDefault("30")
    int dailyCap();

    /** How long an Idempotency-Key is remembered; a retry after that is a new request. */
    @WithDefault("24h")
    Duration idempotencyTtl();

    Reminders reminders();

    /** The day-before interview reminder. */
    interface Reminders {
        /** How often to look for interviews to remind of, e.g. {@code 10m}; {@code off} stops it (tests run it by hand). */
        @WithDefault("10m")
        String every();

        /** How long before the interview the reminder goes out. */
        @WithDefault("24h")
        Duration ahead();
    }
}
