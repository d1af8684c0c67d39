package cn.nanhu.talent.application;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Hashing;
import cn.nanhu.talent.common.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Remembers the response to a request sent with an {@code Idempotency-Key}, per user, so a client
 * retrying after a lost response gets the same answer instead of a second effect. The same key with
 * a different request is a client bug: 422. Callers hold a lock that serialises the user's requests
 * (see SeekerService.requireReady), so a concurrent twin waits and then replays.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_\\-:.]{8,100}");

    /** A stored response. */
    public record Stored(int status, String body) {
    }

    private final ApplicationConfig config;
    private final EntityManager em;
    private final Clock clock;

    public IdempotencyKeys(ApplicationConfig config, EntityManager em, Clock clock) {
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    /** Null when absent; a malformed key is a 400 naming the header. */
    public static String check(String key) {
        if (key == null) {
            return null;
        }
        if (!FORM.matcher(key).matches()) {
            throw InvalidInput.of(HEADER, "Idempotency-Key 须为 8–100 个字母、数字或 _-:. / Idempotency-Key must be 8-100 of A-Z a-z 0-9 _ - : .");
        }
        return key;
    }

    public static String fingerprint(String request) {
        return Hashing.sha256Hex(request);
    }

    /** The stored response for this key and request, if it is still remembered; 422 when the key was used for another request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> replay(String userId, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status_code, response_body from idempotency_record"
                + " where user_id = ?1 and idem_key = ?2 and created_at > ?3")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, OffsetDateTime.now(clock).minus(config.idempotencyTtl()))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ApiException.Unprocessable("这个 Idempotency-Key 已用于另一个请求 / this Idempotency-Key was used for a different request");
        }
        return Optional.of(new Stored(((Number) row[1]).intValue(), (String) row[2]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String userId, String key, String fingerprint, int status, String body) {
        // an expired record of the same key gives way to the new one
        em.createNativeQuery("delete from idempotency_record where user_id = ?1 and idem_key = ?2")
                .setParameter(1, userId).setParameter(2, key).executeUpdate();
        em.createNativeQuery("insert into idempotency_record (user_id, idem_key, request_hash, status_code, response_body, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, status)
                .setParameter(5, body).setParameter(6, OffsetDateTime.now(clock)).executeUpdate();
    }

    /** Forgets keys past their lifetime; answers how many. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("delete from idempotency_record where created_at <= ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(config.idempotencyTtl())).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void forget(String userId) {
        em.createNativeQuery("delete from idempotency_record where user_id = ?1").setParameter(1, userId).executeUpdate();
    }
}
