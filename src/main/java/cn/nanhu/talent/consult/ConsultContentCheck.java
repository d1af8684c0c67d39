package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.identity.WeChatRecipients;
import cn.nanhu.talent.wechat.WeChatClient.ContentVerdict;
import cn.nanhu.talent.wechat.WeChatGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * WeChat's content security check for what a user writes in a ticket, before anything is stored.
 * Only RISKY text is refused: the text is never public, and staff read every word of it anyway.
 */
@ApplicationScoped
class ConsultContentCheck {

    /** msg_sec_check scene 2: a comment-like message written by the user. */
    static final int SCENE_COMMENT = 2;

    private final WeChatGateway wechat;
    private final WeChatRecipients recipients;

    ConsultContentCheck(WeChatGateway wechat, WeChatRecipients recipients) {
        this.wechat = wechat;
        this.recipients = recipients;
    }

    /** Refuses the text with a 400 naming {@code field} when WeChat finds it risky. */
    void check(String userId, String field, String text) {
        Optional<String> openid = recipients.openidOf(userId);
        if (openid.isEmpty()) {
            return; // msg_sec_check needs the author's openid; staff read the text in any case
        }
        // when WeChat cannot be asked, the question still reaches staff, who read every text
        if (wechat.suggestionOrReview(openid.get(), SCENE_COMMENT, text) == ContentVerdict.Suggestion.RISKY) {
            throw InvalidInput.of(field, "内容含有违规信息，请修改后再提交 / the text breaks content rules: edit it and send again");
        }
    }
}
