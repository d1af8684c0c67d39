package cn.nanhu.talent.wechat;

import java.util.Map;

/** The calls the service makes to WeChat. Implemented live (over the WeChat API) and as an in-process mock. */
public interface WeChatClient {

    /** Exchanges a wx.login code for the user's identifiers. The session key is dropped here. */
    WeChatIdentity code2Session(String code);

    /** The phone number behind a getPhoneNumber code, as 11 digits without country code. */
    String phoneNumber(String code);

    /** msg_sec_check v2 for a piece of text written by the user with this openid. */
    ContentVerdict checkText(String openid, int scene, String text);

    /** An unlimited mini-program code (PNG) that opens {@code page} with {@code scene}. */
    byte[] unlimitedCode(String scene, String page, int width);

    /** Sends a subscribe message to a user who granted the template. */
    void sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data);

    /** A WeChat user as code2Session identifies them; {@code unionid} may be null. */
    record WeChatIdentity(String openid, String unionid) {
        @Override
        public String toString() {
            return "WeChatIdentity[redacted]";
        }
    }

    /** The verdict of a content check: pass, review (a person should look) or risky (refuse). */
    record ContentVerdict(Suggestion suggestion, String label) {
        /** msg_sec_check's {@code suggest}. */
        public enum Suggestion { PASS, REVIEW, RISKY }
    }
}
