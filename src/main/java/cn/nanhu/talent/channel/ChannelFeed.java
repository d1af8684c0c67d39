package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelDtos.FeedItem;
import cn.nanhu.talent.channel.ChannelDtos.FeedPage;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A channel's feed as its partner reads it with the API key: the ledger rows with a feed position
 * after the cursor, in position order. Positions become visible in order (see {@link ChannelPusher}),
 * so paging from a watermark never skips or repeats an item.
 */
@ApplicationScoped
public class ChannelFeed {

    private final ChannelItems items;
    private final FeedRateLimiter limiter;
    private final ChannelsConfig config;

    public ChannelFeed(ChannelItems items, FeedRateLimiter limiter, ChannelsConfig config) {
        this.items = items;
        this.limiter = limiter;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedPage read(String apiKey, String cursor, String size) {
        Channel c = authenticate(apiKey);
        limiter.acquire(c.apiKeyHash, c.rateLimit != null ? c.rateLimit : config.feed().rateLimit());
        if (!c.enabled) {
            throw new ApiException.Forbidden("渠道已停用 / the channel is disabled");
        }
        if (!c.mode.feed()) {
            throw new ApiException.Forbidden("该渠道只接收回调 / this channel takes webhooks, not a feed");
        }
        int max = Math.max(1, Math.min(config.feed().pageSize(), PageRequest.MAX_SIZE));
        int n = Math.min(PageRequest.parseSize(size, max), max);
        Cursor from = Cursor.decode(cursor, 1);
        long after = from == null ? 0 : from.longPart(0);
        List<ChannelDelivery> rows = ChannelDelivery.<ChannelDelivery>find("channelId = ?1 and feedSeq > ?2 order by feedSeq", c.id, after)
                .page(0, n + 1).list();
        boolean more = rows.size() > n;
        List<ChannelDelivery> shown = more ? rows.subList(0, n) : rows;
        List<FeedItem> page = items.items(c, shown);
        long watermark = shown.isEmpty() ? after : shown.get(shown.size() - 1).feedSeq;
        return new FeedPage(page, Cursor.of(Long.toString(watermark)).encode(), more);
    }

    private static Channel authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || !apiKey.startsWith(ChannelSecrets.KEY_PREFIX) || apiKey.length() > 100) {
            throw new ApiException.Unauthorized("需要有效的 X-Api-Key / a valid X-Api-Key is required");
        }
        Channel c = Channel.find("apiKeyHash", ChannelSecrets.hash(apiKey.strip())).firstResult();
        if (c == null) {
            throw new ApiException.Unauthorized("需要有效的 X-Api-Key / a valid X-Api-Key is required");
        }
        return c;
    }
}
