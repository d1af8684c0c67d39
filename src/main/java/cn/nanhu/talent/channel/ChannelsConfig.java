package cn.nanhu.talent.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of distribution channels, under {@code channels.*}. */
@ConfigMapping(prefix = "channels")
public interface ChannelsConfig {

    Webhook webhook();

    Feed feed();

    /**
     * The link a partner shows for a job; {@code {job}} and {@code {channel}} are replaced, and the
     * channel tag makes views and applications through it count for the channel.
     */
    @WithDefault("/api/v1/jobs/{job}?ch={channel}")
    String jobLink();

    /** How webhooks are sent. */
    interface Webhook {
        /** Deliveries of one webhook tried before it becomes a dead letter; at most {@code notify.outbox.max-attempts}. */
        @WithDefault("6")
        int maxAttempts();

        /** Connecting to a partner may take this long. */
        @WithDefault("3s")
        Duration connectTimeout();

        /** The whole request, answer included, may take this long. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Host names a webhook may point at although they resolve to a private or loopback address,
         * and over plain http; empty in production. Matched against the URL's host as written.
         */
        Optional<List<String>> allowHosts();
    }

    /** How partners read their feed. */
    interface Feed {
        /** Feed requests one API key may make per minute, unless the channel sets its own. */
        @WithDefault("60")
        int rateLimit();

        /** The largest page of the feed; also the default size. */
        @WithDefault("100")
        int pageSize();
    }
}
