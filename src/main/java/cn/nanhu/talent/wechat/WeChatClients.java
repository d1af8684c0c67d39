package cn.nanhu.talent.wechat;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.jboss.logging.Logger;

/** Chooses the live or mock WeChat client from configuration, and refuses the mock in prod. */
@ApplicationScoped
public class WeChatClients {

    private static final Logger LOG = Logger.getLogger(WeChatClients.class);

    private final WeChatConfig config;

    public WeChatClients(WeChatConfig config) {
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    WeChatClient client() {
        assertAllowed();
        return config.resolvedMode() == WeChatConfig.Mode.LIVE ? new LiveWeChatClient(config) : new MockWeChatClient();
    }

    void onStart(@Observes StartupEvent event) {
        assertAllowed();
        if (config.resolvedMode() == WeChatConfig.Mode.MOCK) {
            LOG.warn("""

                    ************************************************************************
                    *  WeChat gateway in MOCK mode: no real WeChat is called.               *
                    *  Login code mock:<openid>, phone code mock:<11 digits>.               *
                    *  Set WECHAT_APP_ID and WECHAT_APP_SECRET for the real API.            *
                    ************************************************************************""");
        } else {
            LOG.infof("WeChat gateway in live mode%s", config.apiHost().map(h -> " against " + h).orElse(""));
        }
    }

    private void assertAllowed() {
        assertAllowed(config.resolvedMode(), ConfigUtils.getProfiles());
    }

    static void assertAllowed(WeChatConfig.Mode mode, List<String> profiles) {
        if (mode == WeChatConfig.Mode.MOCK && profiles.contains("prod")) {
            throw new IllegalStateException("wechat.mode=mock is refused in the prod profile: set WECHAT_APP_ID and WECHAT_APP_SECRET");
        }
    }
}
