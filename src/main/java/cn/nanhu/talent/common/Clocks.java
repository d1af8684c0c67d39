package cn.nanhu.talent.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now". Services inject {@link Clock} instead of calling {@code now()} so tests
 * can move time; business dates are in China Standard Time.
 */
public class Clocks {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
