package cn.nanhu.talent.wechat;

import cn.nanhu.talent.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * The one place the service talks to WeChat. An outage or an open circuit becomes a 503 problem
 * with Retry-After; WeChat's frequency limit becomes a 429; a refusal (e.g. an invalid code) is
 * left to the caller as {@link WeChatException.Rejected}, since only it knows what that means.
 */
@ApplicationScoped
public class WeChatGateway {

    private static final Logger LOG = Logger.getLogger(WeChatGateway.class);
    private static final long BUSY_RETRY_SECONDS = 10;
    private static final long RATE_LIMIT_RETRY_SECONDS = 60;

    private final GuardedWeChat wechat;

    WeChatGateway(GuardedWeChat wechat) {
        this.wechat = wechat;
    }

    public WeChatClient.WeChatIdentity code2Session(String code) {
        return guarded("code2Session", () -> wechat.code2Session(code));
    }

    public String phoneNumber(String code) {
        return guarded("getuserphonenumber", () -> wechat.phoneNumber(code));
    }

    public WeChatClient.ContentVerdict checkText(String openid, int scene, String text) {
        return guarded("msg_sec_check", () -> wechat.checkText(openid, scene, text));
    }

    /**
     * WeChat's suggestion for a text, or REVIEW when WeChat cannot be asked now (down, busy, circuit
     * open, frequency limit): the text then goes to a person instead, and the author's work is not
     * lost to an outage.
     */
    public WeChatClient.ContentVerdict.Suggestion suggestionOrReview(String openid, int scene, String text) {
        try {
            return wechat.checkText(openid, scene, text).suggestion();
        } catch (CircuitBreakerOpenException | WeChatException.Unavailable | WeChatException.RateLimited e) {
            LOG.warnf("WeChat msg_sec_check not available (%s): the text is left to a person", e.getClass().getSimpleName());
            return WeChatClient.ContentVerdict.Suggestion.REVIEW;
        }
    }

    public byte[] unlimitedCode(String scene, String page, int width) {
        return guarded("getwxacodeunlimit", () -> wechat.unlimitedCode(scene, page, width));
    }

    /**
     * Sends a subscribe message. Unlike the other calls this throws {@link WeChatException}
     * unchanged, because its caller is the outbox, which retries later rather than answering a client.
     */
    public void sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {
        try {
            wechat.sendSubscribeMessage(openid, templateId, page, data);
        } catch (CircuitBreakerOpenException e) {
            throw new WeChatException.Unavailable("circuit open");
        }
    }

    private static <T> T guarded(String api, Supplier<T> call) {
        try {
            return call.get();
        } catch (CircuitBreakerOpenException e) {
            LOG.warnf("WeChat %s not called: circuit open after repeated failures", api);
            throw new ApiException.Unavailable("微信服务暂不可用，请稍后重试 / WeChat is unavailable, retry later",
                    GuardedWeChat.OPEN_SECONDS);
        } catch (WeChatException.Unavailable e) {
            LOG.warnf("WeChat %s failed: %s", api, e.getMessage());
            throw new ApiException.Unavailable("微信服务暂不可用，请稍后重试 / WeChat is unavailable, retry later",
                    BUSY_RETRY_SECONDS);
        } catch (WeChatException.RateLimited e) {
            LOG.warnf("WeChat %s: frequency limit reached", api);
            throw new ApiException.TooManyRequests("操作过于频繁，请稍后再试 / WeChat frequency limit, retry later",
                    RATE_LIMIT_RETRY_SECONDS);
        }
    }
}
