package cn.nanhu.talent.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceHttpClientImpl;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;

/**
 * The WeChat API over the mini-program SDK. Access tokens come from the stable-token endpoint, so
 * several copies of the service share one token instead of invalidating each other's. The SDK's
 * own retry is off; every failure becomes a {@link WeChatException} and nothing secret reaches a
 * message.
 */
final class LiveWeChatClient implements WeChatClient {

    private final WxMaService service;
    private final String envVersion;

    LiveWeChatClient(WeChatConfig config) {
        WxMaDefaultConfigImpl wx = new WxMaDefaultConfigImpl();
        wx.setAppid(config.appId().orElseThrow(() -> new IllegalStateException("wechat.app-id is required in live mode")));
        wx.setSecret(config.appSecret().orElseThrow(() -> new IllegalStateException("wechat.app-secret is required in live mode")));
        wx.useStableAccessToken(true);
        config.apiHost().ifPresent(wx::setApiHostUrl);
        wx.setApacheHttpClientBuilder(new VerifyingHttpClientBuilder(config.connectTimeout(), config.readTimeout()));
        wx.setMaxRetryTimes(0);
        wx.setRetrySleepMillis(0);
        WxMaServiceHttpClientImpl impl = new WxMaServiceHttpClientImpl();
        impl.setWxMaConfig(wx);
        impl.setMaxRetryTimes(0);
        impl.setRetrySleepMillis(0);
        this.service = impl;
        this.envVersion = config.envVersion();
    }

    @Override
    public WeChatIdentity code2Session(String code) {
        WxMaJscode2SessionResult result = call(() -> service.jsCode2SessionInfo(code));
        if (result == null || result.getOpenid() == null || result.getOpenid().isBlank()) {
            throw new WeChatException.Unavailable("code2Session answered without an openid");
        }
        return new WeChatIdentity(result.getOpenid(), blankToNull(result.getUnionid()));
    }

    @Override
    public String phoneNumber(String code) {
        WxMaPhoneNumberInfo info = call(() -> service.getUserService().getPhoneNumber(code));
        if (info == null || info.getPurePhoneNumber() == null || info.getPurePhoneNumber().isBlank()) {
            throw new WeChatException.Unavailable("getuserphonenumber answered without a number");
        }
        return info.getPurePhoneNumber();
    }

    @Override
    public ContentVerdict checkText(String openid, int scene, String text) {
        WxMaMsgSecCheckCheckRequest request = WxMaMsgSecCheckCheckRequest.builder()
                .version("2").openid(openid).scene(scene).content(text).build();
        WxMaMsgSecCheckCheckResponse response = call(() -> service.getSecurityService().checkMessage(request));
        if (response == null || response.getResult() == null || response.getResult().getSuggest() == null) {
            throw new WeChatException.Unavailable("msg_sec_check answered without a verdict");
        }
        ContentVerdict.Suggestion suggestion = switch (response.getResult().getSuggest().toLowerCase(Locale.ROOT)) {
            case "pass" -> ContentVerdict.Suggestion.PASS;
            case "review" -> ContentVerdict.Suggestion.REVIEW;
            case "risky" -> ContentVerdict.Suggestion.RISKY;
            default -> throw new WeChatException.Unavailable("msg_sec_check answered an unknown verdict");
        };
        return new ContentVerdict(suggestion, response.getResult().getLabel());
    }

    @Override
    public byte[] unlimitedCode(String scene, String page, int width) {
        return call(() -> service.getQrcodeService()
                .createWxaCodeUnlimitBytes(scene, page, false, envVersion, width, true, null, false));
    }

    @Override
    public void sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {
        List<WxMaSubscribeMessage.MsgData> items = data.entrySet().stream()
                .map(e -> new WxMaSubscribeMessage.MsgData(e.getKey(), e.getValue()))
                .toList();
        WxMaSubscribeMessage message = WxMaSubscribeMessage.builder()
                .toUser(openid).templateId(templateId).page(page).data(items).build();
        call(() -> {
            service.getMsgService().sendSubscribeMsg(message);
            return null;
        });
    }

    /** One SDK call, with its failures sorted into rejected, rate-limited and unavailable. */
    private static <T> T call(SdkCall<T> call) {
        try {
            return call.run();
        } catch (WxErrorException e) {
            int errcode = e.getError() == null ? -1 : e.getError().getErrorCode();
            if (errcode == -1) {
                throw new WeChatException.Unavailable("WeChat is busy (errcode -1)");
            }
            if (errcode == 45011) {
                throw new WeChatException.RateLimited();
            }
            throw new WeChatException.Rejected(errcode, e.getError().getErrorMsg() == null ? "" : e.getError().getErrorMsg());
        } catch (RuntimeException e) {
            // I/O errors, HTTP 5xx, timeouts and malformed JSON. The SDK's message may carry the
            // request URL with its access token, so only the exception type is kept.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new WeChatException.Unavailable("WeChat call failed: " + root.getClass().getSimpleName());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** An SDK call that may throw the SDK's checked exception. */
    @FunctionalInterface
    private interface SdkCall<T> {
        T run() throws WxErrorException;
    }
}
