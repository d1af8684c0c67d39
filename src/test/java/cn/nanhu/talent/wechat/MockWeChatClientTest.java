package cn.nanhu.talent.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.nanhu.talent.wechat.WeChatClient.ContentVerdict.Suggestion;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The in-process WeChat stand-in: its code conventions, its content check and its generated mini-program codes. */
class MockWeChatClientTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private final MockWeChatClient client = new MockWeChatClient();

    @Test
    void a_mock_code_signs_in_as_the_openid_it_names_without_unionid() {
        WeChatClient.WeChatIdentity identity = client.code2Session("mock:o_abc");

        assertThat(identity.openid()).isEqualTo("o_abc");
        assertThat(identity.unionid()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"o_abc", "real-wechat-code", "mock:", "mock:o abc", "mock:o/abc", "mock:张三", "MOCK:o_abc",
            "mock:o_abc\n"})
    void a_code_without_the_prefix_or_with_bad_characters_is_rejected_as_invalid(String code) {
        WeChatException.Rejected e = catchThrowableOfType(WeChatException.Rejected.class, () -> client.code2Session(code));

        assertThat(e.errcode()).isEqualTo(40029);
    }

    @Test
    void an_openid_longer_than_64_characters_is_rejected() {
        assertThat(client.code2Session("mock:" + "a".repeat(64)).openid()).hasSize(64);

        WeChatException.Rejected e = catchThrowableOfType(WeChatException.Rejected.class,
                () -> client.code2Session("mock:" + "a".repeat(65)));

        assertThat(e.errcode()).isEqualTo(40029);
    }

    @Test
    void a_mock_phone_code_returns_the_number_it_names() {
        assertThat(client.phoneNumber("mock:13812345678")).isEqualTo("13812345678");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"mock:123", "13812345678", "mock:12812345678", "mock:138123456789", "mock:1381234567a"})
    void a_phone_code_that_is_not_a_mock_mobile_number_is_rejected(String code) {
        WeChatException.Rejected e = catchThrowableOfType(WeChatException.Rejected.class, () -> client.phoneNumber(code));

        assertThat(e.errcode()).isEqualTo(40029);
    }

    @Test
    void ordinary_text_passes_the_content_check() {
        assertThat(client.checkText("o_abc", 2, "我想找一份前端工作").suggestion()).isEqualTo(Suggestion.PASS);
        assertThat(client.checkText("o_abc", 2, null).suggestion()).isEqualTo(Suggestion.PASS);
    }

    @Test
    void text_containing_the_forbidden_word_is_risky() {
        WeChatClient.ContentVerdict verdict = client.checkText("o_abc", 2, "这里有违禁内容");

        assertThat(verdict.suggestion()).isEqualTo(Suggestion.RISKY);
        assertThat(verdict.label()).isEqualTo("20001");
    }

    @Test
    void a_mini_program_code_is_a_png_that_is_stable_for_the_same_scene_and_page() {
        byte[] first = client.unlimitedCode("job=42", "pages/job/detail", 430);
        byte[] again = client.unlimitedCode("job=42", "pages/job/detail", 430);

        assertThat(Arrays.copyOf(first, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void a_different_scene_or_page_draws_a_different_code() {
        byte[] code = client.unlimitedCode("job=42", "pages/job/detail", 430);

        assertThat(client.unlimitedCode("job=43", "pages/job/detail", 430)).isNotEqualTo(code);
        assertThat(client.unlimitedCode("job=42", "pages/index/index", 430)).isNotEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"430, 430", "64, 64", "1280, 1280", "10, 64", "0, 64", "-5, 64", "5000, 1280"})
    void a_mini_program_code_is_square_at_the_requested_width_clamped_to_64_to_1280(int requested, int expected)
            throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(client.unlimitedCode("job=42", "pages/job/detail", requested)));

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(expected);
        assertThat(image.getHeight()).isEqualTo(expected);
    }
}
