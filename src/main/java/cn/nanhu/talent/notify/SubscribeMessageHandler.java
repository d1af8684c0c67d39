package cn.nanhu.talent.notify;

import cn.nanhu.talent.identity.WeChatRecipients;
import cn.nanhu.talent.wechat.WeChatException;
import cn.nanhu.talent.wechat.WeChatGateway;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * Sends queued WeChat subscribe messages. The payload names the user, not the openid, so no openid
 * is stored in the outbox; it is looked up at delivery and never logged.
 */
@ApplicationScoped
class SubscribeMessageHandler implements OutboxHandler {

    static final String KIND = "wechat-subscribe-message";

    /** What an outbox item of this kind carries. */
    record Payload(String userId, String templateId, String page, Map<String, String> data) {
    }

    private final WeChatRecipients recipients;
    private final WeChatGateway wechat;
    private final ObjectMapper json;

    SubscribeMessageHandler(WeChatRecipients recipients, WeChatGateway wechat, ObjectMapper json) {
        this.recipients = recipients;
        this.wechat = wechat;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    String payload(String userId, String templateId, SubscribeMessage message) {
        try {
            return json.writeValueAsString(new Payload(userId, templateId, message.page(), message.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a subscribe message payload", e);
        }
    }

    @Override
    public void deliver(String payloadJson) throws Failure {
        Payload payload;
        try {
            payload = json.readValue(payloadJson, Payload.class);
        } catch (JsonProcessingException e) {
            throw Failure.permanent("unreadable payload");
        }
        if (payload.userId() == null || payload.templateId() == null) {
            throw Failure.permanent("incomplete payload");
        }
        Optional<String> openid = recipients.openidOf(payload.userId());
        if (openid.isEmpty()) {
            throw Failure.permanent("recipient gone: the account was deleted");
        }
        try {
            wechat.sendSubscribeMessage(openid.get(), payload.templateId(), payload.page(),
                    payload.data() == null ? Map.of() : payload.data());
        } catch (WeChatException.Rejected e) {
            // e.g. 43101: the user did not (or no longer) allow this template; a retry sends nothing either
            throw Failure.permanent("WeChat refused: errcode " + e.errcode());
        } catch (WeChatException.RateLimited e) {
            throw Failure.temporary("WeChat frequency limit (45011)");
        } catch (WeChatException.Unavailable e) {
            throw Failure.temporary(e.getMessage());
        }
    }
}
