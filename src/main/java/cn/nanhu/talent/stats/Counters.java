package cn.nanhu.talent.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Adds to counters in the caller's transaction, safely under concurrency on H2 and PostgreSQL alike:
 * {@code update ... set n = n + ?} (a row lock, so concurrent additions serialise instead of losing
 * one), and when the row does not exist yet an {@code insert ... on conflict do nothing}, after
 * which a concurrent insert that won is updated instead. Keys come sorted, so two transactions
 * lock shared rows in the same order and never deadlock over them.
 */
@ApplicationScoped
class Counters {

    private final EntityManager em;

    Counters(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void add(Map<Facts.Key, Long> deltas) {
        deltas.forEach(this::add);
    }

    private void add(Facts.Key k, long n) {
        if (k.day() == null) {
            String where = " where metric = ?2 and dim = ?3 and dim_value = ?4";
            if (!update("update stats_gauge set n = n + ?1" + where, k, n)
                    && !insert("insert into stats_gauge (n, metric, dim, dim_value) values (?1, ?2, ?3, ?4) on conflict do nothing", k, n)
                    && !update("update stats_gauge set n = n + ?1" + where, k, n)) {
                throw new IllegalStateException("counter not written: " + k);
            }
            return;
        }
        String where = " where metric = ?2 and dim = ?3 and dim_value = ?4 and on_day = ?5";
        if (!update("update stats_daily set n = n + ?1" + where, k, n)
                && !insert("insert into stats_daily (n, metric, dim, dim_value, on_day) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing", k, n)
                && !update("update stats_daily set n = n + ?1" + where, k, n)) {
            throw new IllegalStateException("counter not written: " + k);
        }
    }

    private boolean update(String sql, Facts.Key k, long n) {
        return bind(sql, k, n).executeUpdate() > 0;
    }

    private boolean insert(String sql, Facts.Key k, long n) {
        return bind(sql, k, n).executeUpdate() > 0;
    }

    private jakarta.persistence.Query bind(String sql, Facts.Key k, long n) {
        var q = em.createNativeQuery(sql).setParameter(1, n).setParameter(2, k.metric().name())
                .setParameter(3, k.dim().name()).setParameter(4, k.value());
        if (k.day() != null) {
            q.setParameter(5, k.day());
        }
        return q;
    }
}
