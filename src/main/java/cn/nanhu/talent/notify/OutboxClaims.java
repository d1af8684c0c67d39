package cn.nanhu.talent.notify;

import cn.nanhu.talent.common.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes, each in its own short transaction: claiming a due item, and
 * recording how its delivery went. A claim is a conditional UPDATE that only one dispatcher can
 * win, so copies of the service running side by side never deliver the same item at once.
 */
@ApplicationScoped
class OutboxClaims {

    /** Due items looked at per claim; a few, so losing a race to another dispatcher rarely ends a run early. */
    private static final int CANDIDATES = 10;
    private static final int MAX_ERROR = 500;

    /** A claimed item: what to deliver, how many deliveries were started (this one included), and the claim's token. */
    record Claim(String id, String kind, String payload, int attempts, String token) {
    }

    private final Clock clock;
    private final NotifyConfig config;

    OutboxClaims(Clock clock, NotifyConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Claims the most overdue item of one of {@code kinds}, or empty when none is due. */
    Optional<Claim> claimNext(Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = now();
            List<String> due = OutboxItem.getEntityManager().createQuery("select o.id from OutboxItem o"
                    + " where o.status = :pending and o.nextAttemptAt <= :now and o.kind in :kinds"
                    + " and (o.lockedUntil is null or o.lockedUntil < :now) order by o.nextAttemptAt, o.id", String.class)
                    .setParameter("pending", OutboxItem.Status.PENDING)
                    .setParameter("now", now)
                    .setParameter("kinds", kinds)
                    .setMaxResults(CANDIDATES)
                    .getResultList();
            for (String id : due) {
                Optional<Claim> claim = tryClaim(id, now);
                if (claim.isPresent()) {
                    return claim;
                }
            }
            return Optional.empty();
        });
    }

    private Optional<Claim> tryClaim(String id, OffsetDateTime now) {
        String token = Ids.newId(clock);
        // The same conditions as the query, checked again under the row lock: another dispatcher may have won.
        int won = OutboxItem.update("lockedBy = ?1, lockedUntil = ?2, attempts = attempts + 1"
                        + " where id = ?3 and status = ?4 and nextAttemptAt <= ?5 and (lockedUntil is null or lockedUntil < ?5)",
                token, now.plus(config.outbox().lease()), id, OutboxItem.Status.PENDING, now);
        if (won != 1) {
            return Optional.empty();
        }
        OutboxItem item = OutboxItem.findById(id);
        if (item.attempts > config.outbox().maxAttempts()) {
            // Only claims that expired without an outcome (a copy died mid-delivery) get here.
            item.status = OutboxItem.Status.DEAD;
            item.lastError = "gave up: no outcome recorded within " + config.outbox().maxAttempts() + " attempts";
            item.lockedBy = null;
            item.lockedUntil = null;
            return Optional.empty();
        }
        return Optional.of(new Claim(item.id, item.kind, item.payload, item.attempts, token));
    }

    /** Marks the item delivered; false when the claim was lost meanwhile (expired, or the account was deleted). */
    boolean sent(Claim claim) {
        return finish(claim, "status = ?1, sentAt = ?2, lastError = null", OutboxItem.Status.SENT, now());
    }

    /** Puts the item back in the queue for another try after {@code wait}. */
    boolean retryLater(Claim claim, Duration wait, String reason) {
        return finish(claim, "nextAttemptAt = ?1, lastError = ?2", now().plus(wait), clip(reason));
    }

    /** Gives the item up: no further delivery is tried. */
    boolean dead(Claim claim, String reason) {
        return finish(claim, "status = ?1, lastError = ?2", OutboxItem.Status.DEAD, clip(reason));
    }

    private boolean finish(Claim claim, String changes, Object first, Object second) {
        // Only the holder of a live claim may record an outcome, and never over a DEAD set by account deletion.
        return QuarkusTransaction.requiringNew().call(() -> OutboxItem.update(changes + ", lockedBy = null, lockedUntil = null"
                        + " where id = ?3 and lockedBy = ?4 and status = ?5",
                first, second, claim.id(), claim.token(), OutboxItem.Status.PENDING) == 1);
    }

    /** Now, to the microsecond the database keeps, so a stored time is never rounded past the moment it names. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String clip(String reason) {
        String text = reason == null || reason.isBlank() ? "failed" : reason;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
