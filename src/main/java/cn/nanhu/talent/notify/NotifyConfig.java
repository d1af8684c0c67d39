package cn.nanhu.talent.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of notifications and the outbox, under {@code notify.*}. */
@ConfigMapping(prefix = "notify")
public interface NotifyConfig {

    /**
     * WeChat template ids by key, e.g. {@code notify.templates.REVIEW_RESULT=<id from the WeChat console>}.
     * They override the placeholders in {@link NotifyTemplates#DEFAULTS}; a key without an id sends no messages.
     */
    Map<String, String> templates();

    /** Subscribe messages one user may be sent per day (China time); the inbox itself has no cap. */
    @WithDefault("5")
    int dailyCap();

    OutboxSettings outbox();

    /** How the dispatcher delivers outbox items. */
    interface OutboxSettings {
        /** How often the dispatcher runs, e.g. {@code 5s}; {@code off} stops it (tests run it by hand). */
        @WithDefault("5s")
        String every();

        /** Deliveries tried before an item is given up as DEAD. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait before the first retry; each later retry waits twice as long. */
        @WithDefault("30s")
        Duration baseBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** How long a claim holds an item; longer than any delivery takes, so only a dead copy's claim expires. */
        @WithDefault("5m")
        Duration lease();

        /** Items one run delivers at most, so a backlog does not keep one run going forever. */
        @WithDefault("100")
        int batch();

        /** Deliveries at a time while a backlog is worked off (each a thread of its own and a database connection at a time). */
        @WithDefault("4")
        int workers();
    }
}
