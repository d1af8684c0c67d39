package cn.nanhu.talent.notify;

import java.util.Map;

/**
 * A WeChat subscribe message to send along with an inbox item: the template by key (see
 * {@link NotifyTemplates}), the mini-program page it opens, and the template's fields, e.g.
 * {@code thing1 -> 审核通过}.
 */
public record SubscribeMessage(String templateKey, String page, Map<String, String> data) {

    public SubscribeMessage {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
