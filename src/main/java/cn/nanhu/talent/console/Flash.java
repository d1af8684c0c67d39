package cn.nanhu.talent.console;

import java.util.Map;

/**
 * The confirmations a page shows after a redirect, named by a code in the query string. Only these
 * texts can appear, so a crafted link cannot put words of its own on a console page.
 */
final class Flash {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("staff-created", "已创建账号"),
            Map.entry("staff-enabled", "已启用该账号"),
            Map.entry("staff-disabled", "已停用该账号，它的登录已全部失效"),
            Map.entry("content-saved", "已保存草稿"),
            Map.entry("content-published", "已发布"),
            Map.entry("content-unpublished", "已撤下"),
            Map.entry("employer-suspended", "已暂停该单位"),
            Map.entry("employer-reinstated", "已恢复该单位"),
            Map.entry("employer-hr-assigned", "已指定专属HR"),
            Map.entry("consultation-replied", "已回复，咨询人会收到通知"),
            Map.entry("service-recorded", "已记录"),
            Map.entry("channel-enabled", "已启用该渠道"),
            Map.entry("channel-disabled", "已停用该渠道，不再向它推送"),
            Map.entry("delivery-retried", "已重新排队发送这条回调"));

    private Flash() {
    }

    /** The text of a code, or null for none or an unknown one. */
    static String text(String code) {
        return code == null ? null : TEXTS.get(code);
    }
}
