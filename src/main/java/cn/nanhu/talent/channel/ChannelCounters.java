package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelDtos.DailyView;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.stats.Metric;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-channel per-day counters (table channel_daily, days in China time), kept up one event at
 * a time in the transaction of the event, so statistics read them without scanning the ledger.
 */
@ApplicationScoped
class ChannelCounters {

    /** What is counted; the name is the column. */
    enum Counter { PUSHED, VIEWS, APPLICATIONS, TOMBSTONES }

    private final EntityManager em;
    private final Tally tally;
    private final Clock clock;

    ChannelCounters(EntityManager em, Tally tally, Clock clock) {
        this.em = em;
        this.tally = tally;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void add(String channelId, Counter counter) {
        LocalDate day = LocalDate.now(clock.withZone(Clocks.ZONE));
        em.createNativeQuery("insert into channel_daily (channel_id, on_day, pushed, views, applications, tombstones)"
                + " values (?1, ?2, 0, 0, 0, 0) on conflict do nothing").setParameter(1, channelId).setParameter(2, day).executeUpdate();
        String column = counter.name().toLowerCase();
        em.createNativeQuery("update channel_daily set " + column + " = " + column + " + 1 where channel_id = ?1 and on_day = ?2")
                .setParameter(1, channelId).setParameter(2, day).executeUpdate();
        // the district's statistics count channel reach under the CHANNEL dimension
        Metric metric = switch (counter) {
            case PUSHED -> Metric.CHANNEL_PUSHED;
            case VIEWS -> Metric.CHANNEL_VIEWS;
            case APPLICATIONS -> Metric.CHANNEL_APPLICATIONS;
            case TOMBSTONES -> null;
        };
        if (metric != null) {
            tally.channel(metric, channelId, day, 1);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<DailyView> between(String channelId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select on_day, pushed, views, applications, tombstones from channel_daily"
                + " where channel_id = ?1 and on_day >= ?2 and on_day <= ?3 order by on_day")
                .setParameter(1, channelId).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new DailyView(toDate(r[0]), num(r[1]), num(r[2]), num(r[3]), num(r[4]))).toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
