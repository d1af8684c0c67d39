package cn.nanhu.talent.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the WeChat gateway, under {@code wechat.*}. */
@ConfigMapping(prefix = "wechat")
public interface WeChatConfig {

    /** {@code live} or {@code mock}; when absent, mock without an app id and live with one. */
    Optional<String> mode();

    Optional<String> appId();

    Optional<String> appSecret();

    /** Another host for the WeChat API, e.g. a fake server in tests; the real one when absent. */
    Optional<String> apiHost();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("5s")
    Duration readTimeout();

    /** Which version of the mini-program a generated code opens: release, trial or develop. */
    @WithDefault("release")
    String envVersion();

    /** The resolved mode. */
    default Mode resolvedMode() {
        return mode().map(m -> Mode.valueOf(m.strip().toUpperCase()))
                .orElse(appId().filter(id -> !id.isBlank()).isPresent() ? Mode.LIVE : Mode.MOCK);
    }

    /** How the gateway reaches WeChat. */
    enum Mode { LIVE, MOCK }
}
