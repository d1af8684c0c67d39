package cn.nanhu.talent.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of registrations made on a seeker's behalf, under {@code delegated-registrations.*}. */
@ConfigMapping(prefix = "delegated-registrations")
public interface DelegatedConfig {

    /** Days a registration waits to be claimed; then its personal fields are erased. */
    @WithDefault("90")
    int unclaimedDays();

    Expire expire();

    /** The job that erases unclaimed registrations. */
    interface Expire {
        /** How often it runs, e.g. {@code 1h}; {@code off} stops it (tests run it by hand). */
        @WithDefault("1h")
        String every();
    }
}
