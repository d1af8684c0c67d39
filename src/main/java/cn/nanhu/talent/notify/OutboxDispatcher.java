package cn.nanhu.talent.notify;

import cn.nanhu.talent.common.ScheduledWork;
import cn.nanhu.talent.notify.OutboxClaims.Claim;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Delivers outbox items: claims a due one, runs the handler of its kind outside any transaction,
 * and records the outcome: SENT, a retry with exponential backoff, or DEAD when the handler says
 * retrying cannot help or the attempts are used up. Every copy of the service runs it; claims keep
 * them from delivering an item twice.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final Map<String, OutboxHandler> handlers = new HashMap<>();
    private final OutboxClaims claims;
    private final NotifyConfig.OutboxSettings config;
    private final Backoff backoff;

    public OutboxDispatcher(Instance<OutboxHandler> all, OutboxClaims claims, NotifyConfig config) {
        for (OutboxHandler handler : all) {
            if (handlers.putIfAbsent(handler.kind(), handler) != null) {
                throw new IllegalStateException("two outbox handlers for kind " + handler.kind());
            }
        }
        this.claims = claims;
        this.config = config.outbox();
        this.backoff = new Backoff(this.config.baseBackoff(), this.config.maxBackoff());
    }

    @Scheduled(identity = "outbox-dispatcher", every = "{notify.outbox.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ScheduledWork.run("outbox-dispatcher", this::drain);
    }

    /**
     * Delivers until nothing is due, with {@code notify.outbox.workers} deliveries at a time (a
     * backlog of webhooks to many partners is worked off at once, not a batch per run); each
     * worker claims its own items, so no item goes out twice. Answers how many were handled.
     */
    public int drain() {
        int workers = Math.max(1, config.workers());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "outbox-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Integer>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    int total = 0;
                    int handled;
                    do {
                        handled = runOnce();
                        total += handled;
                    } while (handled == config.batch());
                    return total;
                }));
            }
            int total = 0;
            for (Future<Integer> f : running) {
                total += f.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            LOG.errorf("outbox workers stopped with %s", e.getCause().getClass().getName());
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Delivers due items one at a time until none is due or a batch is done, and answers how many
     * it handled. Only kinds this copy has a handler for are claimed, so a copy that does not know
     * a new kind yet leaves it to one that does.
     */
    @ActivateRequestContext
    public int runOnce() {
        int handled = 0;
        while (handled < config.batch()) {
            Optional<Claim> claim = claims.claimNext(handlers.keySet());
            if (claim.isEmpty()) {
                break;
            }
            deliver(claim.get());
            handled++;
        }
        return handled;
    }

    private void deliver(Claim claim) {
        try {
            handlers.get(claim.kind()).deliver(claim.payload());
        } catch (OutboxHandler.Failure failure) {
            failed(claim, failure.getMessage(), failure.permanent());
            return;
        } catch (RuntimeException e) {
            // The message of an unexpected exception may quote secrets or personal data; its type is enough here.
            LOG.errorf("outbox item %s (%s): the handler failed with %s", claim.id(), claim.kind(), e.getClass().getName());
            failed(claim, "handler error: " + e.getClass().getSimpleName(), false);
            return;
        }
        if (claims.sent(claim)) {
            LOG.debugf("outbox item %s (%s) delivered", claim.id(), claim.kind());
        } else {
            LOG.warnf("outbox item %s (%s) delivered after its claim was lost (expired or account deleted)",
                    claim.id(), claim.kind());
        }
    }

    private void failed(Claim claim, String reason, boolean permanent) {
        if (permanent || claim.attempts() >= config.maxAttempts()) {
            claims.dead(claim, reason);
            LOG.warnf("outbox item %s (%s) given up after %d attempt(s): %s", claim.id(), claim.kind(), claim.attempts(), reason);
            return;
        }
        Duration wait = backoff.after(claim.attempts());
        claims.retryLater(claim, wait, reason);
        LOG.infof("outbox item %s (%s) failed on attempt %d, next try in %s: %s",
                claim.id(), claim.kind(), claim.attempts(), wait, reason);
    }
}
