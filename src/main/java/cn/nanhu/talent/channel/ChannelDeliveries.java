package cn.nanhu.talent.channel;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.channel.ChannelDtos.DailyView;
import cn.nanhu.talent.channel.ChannelDtos.DeliveryView;
import cn.nanhu.talent.channel.ChannelDtos.PushResult;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobStatus;
import cn.nanhu.talent.notify.Outbox;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The push ledger as admins use it: pushing jobs by hand, reading the ledger and dead letters, retrying them. */
@ApplicationScoped
public class ChannelDeliveries {

    private final ChannelPusher pusher;
    private final ChannelCounters counters;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ChannelDeliveries(ChannelPusher pusher, ChannelCounters counters, Outbox outbox, AuditLog audit, Clock clock) {
        this.pusher = pusher;
        this.counters = counters;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Pushes published jobs to an enabled channel, whatever its filter; jobs it already has are left alone. */
    @Transactional
    public PushResult push(String staffId, String channelId, List<String> jobIds) {
        Channel c = ChannelService.find(channelId);
        if (!c.enabled) {
            throw new ApiException.InvalidState("渠道已停用 / the channel is disabled");
        }
        List<String> ids = jobIds.stream().map(String::strip).distinct().toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String id : ids) {
            Job j = Ids.looksLikeId(id) ? Job.findById(id) : null;
            if (j == null) {
                throw InvalidInput.of("jobIds", "没有这个职位 / no such job: " + id);
            }
            if (j.status != JobStatus.PUBLISHED || !j.visibleAt(now)) {
                throw new ApiException.InvalidState("只能推送已发布的职位 / only published jobs can be pushed: " + id);
            }
        }
        List<String> pushed = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (String id : ids) {
            (pusher.push(c, id, ChannelDelivery.Trigger.MANUAL, staffId) ? pushed : already).add(id);
        }
        audit.record("STAFF", staffId, "CHANNEL_PUSHED", ChannelService.SUBJECT, c.id, Map.of("pushed", pushed, "alreadyPushed", already));
        return new PushResult(pushed, already);
    }

    /** A channel's ledger, newest first, optionally of one kind and state; {@code channelId} null means every channel. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> ledger(String channelId, String kind, String state, PageRequest page) {
        if (channelId != null) {
            ChannelService.find(channelId);
        }
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (channelId != null) {
            q.append(" and channelId = :c");
            p.and("c", channelId);
        }
        if (kind != null && !kind.isBlank()) {
            q.append(" and kind = :k");
            p.and("k", Params.enumValue(ChannelDelivery.Kind.class, "kind", kind, null));
        }
        if (state != null && !state.isBlank()) {
            q.append(" and state = :s");
            p.and("s", Params.enumValue(ChannelDelivery.State.class, "state", state, null));
        }
        if (cursor != null) {
            q.append(" and id < :after");
            p.and("after", cursor.part(0));
        }
        List<ChannelDelivery> rows = ChannelDelivery.<ChannelDelivery>find(q + " order by id desc", p).page(0, page.size() + 1).list();
        Map<String, String> titles = titles(rows);
        return Page.fromLookahead(rows, page.size(), d -> Cursor.of(d.id)).map(d -> view(d, titles.get(d.jobId)));
    }

    /** Sends a dead letter again as new: attempts from zero, due now, the same X-Delivery-Id. Anything but DEAD is 409. */
    @Transactional
    public DeliveryView retry(String staffId, String channelId, String deliveryId) {
        Channel c = ChannelService.find(channelId);
        ChannelDelivery d = Ids.looksLikeId(deliveryId) ? ChannelDelivery.findById(deliveryId) : null;
        if (d == null || !d.channelId.equals(c.id)) {
            throw new ApiException.NotFound("没有这条推送记录 / no such delivery of this channel");
        }
        if (d.state != ChannelDelivery.State.DEAD) {
            throw new ApiException.InvalidState("只能重试失败的回调 / only a dead letter can be retried; this one is " + d.state);
        }
        d.state = ChannelDelivery.State.PENDING;
        d.attempts = 0;
        d.lastError = null;
        if (d.outboxId == null || !outbox.requeue(d.outboxId)) {
            d.outboxId = outbox.enqueue(WebhookHandler.KIND, "{\"deliveryId\":\"" + d.id + "\"}", null);
        }
        audit.record("STAFF", staffId, "CHANNEL_DELIVERY_RETRIED", ChannelService.SUBJECT, c.id, Map.of("deliveryId", d.id));
        return view(d, titles(List.of(d)).get(d.jobId));
    }

    /** The channel's daily counters between two days (China time), both included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DailyView> daily(String channelId, LocalDate from, LocalDate to) {
        ChannelService.find(channelId);
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "结束日期不能早于开始日期 / to must not be before from");
        }
        if (from.plusDays(366).isBefore(to)) {
            throw InvalidInput.of("to", "最多查询 366 天 / at most 366 days at once");
        }
        return counters.between(channelId, from, to);
    }

    private static Map<String, String> titles(List<ChannelDelivery> rows) {
        Map<String, String> titles = new HashMap<>();
        List<String> ids = rows.stream().map(d -> d.jobId).distinct().toList();
        if (!ids.isEmpty()) {
            Job.<Job>list("id in ?1", ids).forEach(j -> titles.put(j.id, j.title));
        }
        return titles;
    }

    static DeliveryView view(ChannelDelivery d, String title) {
        return new DeliveryView(d.id, d.channelId, d.jobId, title, d.kind.name(), d.trigger.name(), d.feedSeq, d.state.name(),
                d.attempts, d.pushedAt, d.lastAttemptAt, d.deliveredAt, d.lastError, d.views, d.applications);
    }
}
