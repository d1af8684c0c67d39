package cn.nanhu.talent.notify;

import cn.nanhu.talent.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Queues work that must outlive the current request (a subscribe message, a partner webhook). The
 * item is written in the caller's transaction, so it exists exactly when the change that caused it
 * commits; {@link OutboxDispatcher} delivers it later with retries.
 */
@ApplicationScoped
public class Outbox {

    static final int MAX_PAYLOAD = 16000;

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Queues one item for the {@link OutboxHandler} of {@code kind}. {@code userId} names the user
     * whose data the payload carries, so deleting the account can stop it; null when it is nobody's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String enqueue(String kind, String payloadJson, String userId) {
        if (kind == null || kind.isBlank() || payloadJson == null || payloadJson.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("an outbox item needs a kind and a JSON payload of at most " + MAX_PAYLOAD + " characters");
        }
        // The database keeps microseconds; a value rounded up on storage would not be due "now".
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        OutboxItem item = new OutboxItem();
        item.id = Ids.newId(clock);
        item.kind = kind;
        item.payload = payloadJson;
        item.status = OutboxItem.Status.PENDING;
        item.nextAttemptAt = now;
        item.createdAt = now;
        item.userId = userId;
        item.persist();
        return item.id;
    }

    /**
     * Puts a given-up (DEAD) item back in the queue as new: due now, its attempts counted from zero.
     * False when there is no such DEAD item, e.g. it was never given up or is already queued again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean requeue(String id) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return OutboxItem.update("status = ?1, attempts = 0, nextAttemptAt = ?2, lastError = null, lockedBy = null, lockedUntil = null"
                + " where id = ?3 and status = ?4", OutboxItem.Status.PENDING, now, id, OutboxItem.Status.DEAD) == 1;
    }

    /** Stops a deleted user's pending items and empties the payloads that carry their data. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forgetUser(String userId) {
        OutboxItem.update("status = ?1, lastError = 'account deleted', lockedBy = null, lockedUntil = null"
                + " where userId = ?2 and status = ?3", OutboxItem.Status.DEAD, userId, OutboxItem.Status.PENDING);
        OutboxItem.update("payload = '{}' where userId = ?1", userId);
    }
}
