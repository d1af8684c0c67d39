package cn.nanhu.talent.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Rate limits per client address, under {@code limits.*}. Sign-in is limited by address because a
 * code or a password guessed at speed is the attack; each staff account also locks after five
 * wrong passwords (see AuthService).
 */
@ConfigMapping(prefix = "limits")
public interface LimitsConfig {

    /** WeChat sign-in and staff sign-in, together, per client address (refresh is not limited: its token cannot be guessed). */
    Limit login();

    interface Limit {
        /** Calls allowed at once (the bucket's size). */
        @WithDefault("20")
        int permits();

        /** The time over which the bucket refills completely. */
        @WithDefault("1m")
        Duration window();
    }
}
