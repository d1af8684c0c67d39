package cn.nanhu.talent.wechat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * The WeChat client behind a fault-tolerance policy: one quick retry when WeChat is busy or
 * unreachable (never when it refused the request), and a circuit breaker that stops calling
 * for a while when most calls fail, so an outage costs callers milliseconds, not timeouts.
 */
@ApplicationScoped
class GuardedWeChat {

    static final long OPEN_SECONDS = 30;

    private final WeChatClient client;

    GuardedWeChat(WeChatClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = WeChatException.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = WeChatException.Unavailable.class)
    @CircuitBreakerName("wechat-code2session")
    WeChatClient.WeChatIdentity code2Session(String code) {
        return client.code2Session(code);
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = WeChatException.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = WeChatException.Unavailable.class)
    @CircuitBreakerName("wechat-phone")
    String phoneNumber(String code) {
        return client.phoneNumber(code);
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = WeChatException.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = WeChatException.Unavailable.class)
    @CircuitBreakerName("wechat-content-check")
    WeChatClient.ContentVerdict checkText(String openid, int scene, String text) {
        return client.checkText(openid, scene, text);
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = WeChatException.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = WeChatException.Unavailable.class)
    @CircuitBreakerName("wechat-code")
    byte[] unlimitedCode(String scene, String page, int width) {
        return client.unlimitedCode(scene, page, width);
    }

    /** No retry here: the outbox that sends these retries with backoff, and a retry could send twice. */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = WeChatException.Unavailable.class)
    @CircuitBreakerName("wechat-subscribe")
    void sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {
        client.sendSubscribeMessage(openid, templateId, page, data);
    }
}
