package cn.nanhu.talent.channel;

import cn.nanhu.talent.application.AppliedThroughChannel;
import cn.nanhu.talent.channel.ChannelCounters.Counter;
import cn.nanhu.talent.job.JobViewedThroughChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Counts views and applications that came through a partner's link ({@code ?ch=<code>}): on the
 * ledger row of the job's push to that channel, and in the channel's daily counters. A tag that
 * names no channel, or a channel the job was never pushed to, counts nothing and is no error.
 */
@ApplicationScoped
public class ChannelAttribution {

    private static final Logger LOG = Logger.getLogger(ChannelAttribution.class);
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

    private final ChannelCounters counters;

    public ChannelAttribution(ChannelCounters counters) {
        this.counters = counters;
    }

    /** After the view was counted: a failure here must not fail the page, so it is only logged. */
    void onView(@Observes JobViewedThroughChannel viewed, ChannelAttribution self) {
        try {
            self.count(viewed.channelCode(), viewed.jobId(), Counter.VIEWS);
        } catch (RuntimeException e) {
            LOG.warnf("a view of job %s through a channel was not counted: %s", viewed.jobId(), e.getClass().getSimpleName());
        }
    }

    /** Inside the applying transaction, so the count commits with the application. */
    void onApply(@Observes AppliedThroughChannel applied, ChannelAttribution self) {
        self.count(applied.channelCode(), applied.jobId(), Counter.APPLICATIONS);
    }

    @Transactional
    void count(String code, String jobId, Counter counter) {
        if (code == null || !CODE.matcher(code).matches()) {
            return;
        }
        Channel c = Channel.find("code", code).firstResult();
        if (c == null) {
            return;
        }
        String column = counter == Counter.VIEWS ? "views" : "applications";
        int rows = ChannelDelivery.update(column + " = " + column + " + 1 where channelId = ?1 and jobId = ?2 and kind = ?3",
                c.id, jobId, ChannelDelivery.Kind.PUSH);
        if (rows == 1) {
            counters.add(c.id, counter);
        }
    }
}
