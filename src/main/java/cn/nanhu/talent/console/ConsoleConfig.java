package cn.nanhu.talent.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the back-office console's staff sessions. */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /** A session unused this long ends. */
    @WithDefault("PT30M")
    Duration idleTimeout();

    /** A session ends this long after sign-in, however busy. */
    @WithDefault("PT8H")
    Duration absoluteTimeout();
}
