package cn.nanhu.talent.job;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.identity.WeChatRecipients;
import cn.nanhu.talent.job.JobDtos.JobRequest;
import cn.nanhu.talent.wechat.WeChatClient.ContentVerdict;
import cn.nanhu.talent.wechat.WeChatGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a post's text before it is queued: WeChat's content security (required for anything a
 * mini-program shows) and the local discrimination rule. Only RISKY content is refused outright;
 * the rest is flagged so the reviewer looks closer.
 */
@ApplicationScoped
public class JobContentCheck {

    public static final String CONTENT_REVIEW = "CONTENT_REVIEW";
    /** msg_sec_check scene 1: a profile or post the user wrote. */
    static final int SCENE_PROFILE = 1;

    private final WeChatGateway wechat;
    private final WeChatRecipients recipients;

    public JobContentCheck(WeChatGateway wechat, WeChatRecipients recipients) {
        this.wechat = wechat;
        this.recipients = recipients;
    }

    /** What the checks found: flags for the review item, and the discriminatory words. */
    public record Result(List<String> flags, List<String> discriminatoryWords) {
        String flagText() {
            return flags.isEmpty() ? null : String.join(",", flags);
        }
    }

    public Result check(String userId, JobRequest r) {
        List<String> flags = new ArrayList<>();
        String text = r.title().strip() + "\n" + r.description().strip()
                + (r.tags() == null ? "" : "\n" + String.join(" ", r.tags()));
        Optional<String> openid = recipients.openidOf(userId);
        // msg_sec_check needs the author's openid and a working WeChat; without either a person looks instead
        ContentVerdict.Suggestion verdict = openid.map(o -> wechat.suggestionOrReview(o, SCENE_PROFILE, text))
                .orElse(ContentVerdict.Suggestion.REVIEW);
        if (verdict == ContentVerdict.Suggestion.RISKY) {
            throw InvalidInput.of("description", "职位名称或描述含有违规内容，请修改后再提交 / the title or description breaks content rules: edit it and submit again");
        }
        if (verdict == ContentVerdict.Suggestion.REVIEW) {
            flags.add(CONTENT_REVIEW);
        }
        List<String> words = DiscriminationRule.matches(r.title(), r.description(), r.tags() == null ? null : String.join(" ", r.tags()));
        if (!words.isEmpty()) {
            flags.add(DiscriminationRule.FLAG);
        }
        return new Result(flags, words);
    }
}
