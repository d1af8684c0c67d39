package cn.nanhu.talent.wechat;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mock WeChat is for development only. */
class WeChatModeTest {

    @Test
    void the_mock_is_refused_in_prod() {
        assertThatThrownBy(() -> WeChatClients.assertAllowed(WeChatConfig.Mode.MOCK, List.of("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WECHAT_APP_ID");
    }

    @Test
    void the_mock_is_allowed_in_dev_and_test_and_live_everywhere() {
        assertThatCode(() -> WeChatClients.assertAllowed(WeChatConfig.Mode.MOCK, List.of("dev"))).doesNotThrowAnyException();
        assertThatCode(() -> WeChatClients.assertAllowed(WeChatConfig.Mode.MOCK, List.of("test", "pgtest"))).doesNotThrowAnyException();
        assertThatCode(() -> WeChatClients.assertAllowed(WeChatConfig.Mode.LIVE, List.of("prod"))).doesNotThrowAnyException();
    }
}
