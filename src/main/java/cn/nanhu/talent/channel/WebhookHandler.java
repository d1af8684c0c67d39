package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelDtos.FeedItem;
import cn.nanhu.talent.common.Pii;
import cn.nanhu.talent.notify.NotifyConfig;
import cn.nanhu.talent.notify.OutboxHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a channel webhook from the outbox: the ledger row's item as JSON, signed (see
 * {@link WebhookSigner}), with its ledger id as {@code X-Delivery-Id} on every attempt, so a partner
 * drops a repeat. The dispatcher retries with exponential backoff; after
 * {@code channels.webhook.max-attempts} the row becomes a dead letter an admin may retry. A row
 * already SENT is never sent again, even when a copy died before the outbox recorded it.
 *
 * <p>The URL passes the SSRF guard again before each send. The client verifies certificates, never
 * follows redirects and gives up after short timeouts.
 */
@Startup // so a max-attempts beyond the outbox's fails the start, not the first webhook
@ApplicationScoped
class WebhookHandler implements OutboxHandler {

    static final String KIND = "channel-webhook";
    private static final int MAX_ERROR = 500;

    /** What one attempt needs, read in its own short transaction. */
    private record Attempt(String deliveryId, int attempts, boolean enabled, String url, String secret, String body) {
    }

    private final WebhookUrlGuard guard;
    private final ChannelItems items;
    private final Pii pii;
    private final ObjectMapper json;
    private final ChannelsConfig config;
    private final Clock clock;
    private final HttpClient http;

    WebhookHandler(WebhookUrlGuard guard, ChannelItems items, Pii pii, ObjectMapper json, ChannelsConfig config,
            NotifyConfig notify, Clock clock) {
        if (config.webhook().maxAttempts() < 1 || config.webhook().maxAttempts() > notify.outbox().maxAttempts()) {
            throw new IllegalStateException("channels.webhook.max-attempts must be between 1 and notify.outbox.max-attempts ("
                    + notify.outbox().maxAttempts() + ")");
        }
        this.guard = guard;
        this.items = items;
        this.pii = pii;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhook().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String payloadJson) throws Failure {
        String deliveryId;
        try {
            JsonNode node = json.readTree(payloadJson);
            deliveryId = node.path("deliveryId").asText(null);
        } catch (JsonProcessingException e) {
            throw Failure.permanent("unreadable payload");
        }
        if (deliveryId == null) {
            throw Failure.permanent("incomplete payload");
        }
        Attempt attempt = start(deliveryId);
        if (attempt == null) {
            return; // already SENT: never again
        }
        if (!attempt.enabled()) {
            throw give(attempt, "渠道已停用 / the channel is disabled", true);
        }
        URI uri;
        try {
            uri = guard.check(attempt.url());
        } catch (WebhookUrlGuard.Refused e) {
            throw give(attempt, "webhook URL refused: " + e.getMessage(), true);
        }
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.webhook().timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "nanhu-talent-webhook/1")
                .header("X-Delivery-Id", attempt.deliveryId())
                .header("X-Timestamp", timestamp)
                .header("X-Signature", WebhookSigner.sign(attempt.secret(), timestamp, attempt.body()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body())).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw give(attempt, "timed out", false);
        } catch (IOException e) {
            throw give(attempt, "connection failed: " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw give(attempt, "interrupted", false);
        }
        if (status >= 200 && status < 300) {
            finish(attempt.deliveryId(), ChannelDelivery.State.SENT, null);
            return;
        }
        boolean retryable = status >= 500 || status == 408 || status == 429;
        String reason = status >= 300 && status < 400 ? "HTTP " + status + " (redirects are not followed)" : "HTTP " + status;
        throw give(attempt, reason, !retryable);
    }

    /** Counts the attempt on the ledger row and reads what it needs; null when the row was already SENT. */
    private Attempt start(String deliveryId) throws Failure {
        Attempt a = QuarkusTransaction.requiringNew().call(() -> {
            ChannelDelivery d = ChannelDelivery.findById(deliveryId);
            if (d == null) {
                return new Attempt(null, 0, false, null, null, null);
            }
            if (d.state == ChannelDelivery.State.SENT) {
                return null;
            }
            Channel c = Channel.findById(d.channelId);
            d.attempts++;
            d.lastAttemptAt = OffsetDateTime.now(clock);
            d.state = ChannelDelivery.State.PENDING;
            FeedItem item = items.item(c, d);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("deliveryId", d.id);
            body.put("event", d.kind == ChannelDelivery.Kind.TOMBSTONE ? "job.tombstone" : "job.pushed");
            body.put("channel", c.code);
            body.put("item", item);
            return new Attempt(d.id, d.attempts, c.enabled, c.webhookUrl, pii.decrypt(c.webhookSecret), json.writeValueAsString(body));
        });
        if (a != null && a.deliveryId() == null) {
            throw Failure.permanent("ledger row gone");
        }
        return a;
    }

    /** Records a failed attempt; past the last attempt (or when retrying cannot help) the row becomes a dead letter. */
    private Failure give(Attempt a, String reason, boolean permanent) {
        boolean dead = permanent || a.attempts() >= config.webhook().maxAttempts();
        finish(a.deliveryId(), dead ? ChannelDelivery.State.DEAD : ChannelDelivery.State.PENDING, reason);
        return dead ? Failure.permanent(reason) : Failure.temporary(reason);
    }

    private void finish(String deliveryId, ChannelDelivery.State state, String error) {
        String clipped = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        QuarkusTransaction.requiringNew().run(() -> {
            ChannelDelivery d = ChannelDelivery.findById(deliveryId);
            d.state = state;
            d.lastError = clipped;
            if (state == ChannelDelivery.State.SENT) {
                d.deliveredAt = OffsetDateTime.now(clock);
            }
        });
    }
}
