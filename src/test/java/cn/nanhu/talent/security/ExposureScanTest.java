package cn.nanhu.talent.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.support.WeChatFake;
import org.junit.jupiter.api.Test;

/** The scan's patterns find what they are for, and leave masked values and ordinary ids alone. */
class ExposureScanTest {

    @Test
    void finds_full_phone_and_id_numbers_but_not_masked_ones() {
        assertThat(ExposureScan.findings("{\"phone\":\"13812345678\"}", false, false)).singleElement().asString().startsWith("a full phone number");
        assertThat(ExposureScan.findings("{\"idNumber\":\"33040219900307123X\"}", false, false)).singleElement().asString().startsWith("a full ID number");
        assertThat(ExposureScan.findings("{\"phone\":\"" + Masking.phone("13812345678") + "\"}", false, false)).isEmpty();
        assertThat(ExposureScan.findings("{\"id\":\"" + Masking.idNumber("33040219900307123X") + "\"}", false, false)).isEmpty();
    }

    @Test
    void ordinary_numbers_are_not_phones() {
        // epoch milliseconds, a 12-digit count, an id of the service's alphabet
        assertThat(ExposureScan.findings("{\"at\":1764158400000,\"n\":138123456789,\"id\":\"01KB3QW8F1ZQ2X9V7M4N3P5R6S\"}", false, false)).isEmpty();
        // a request id in hex and a token in base64 may hold eleven digits in a row
        assertThat(ExposureScan.findings("X-Request-Id=32a5b7ad67534ff08c70d17931147660 eyJ0eXAiOi13812345678abc", false, false)).isEmpty();
        // but a phone in Chinese text is found
        assertThat(ExposureScan.findings("请拨打13812345678联系", false, false)).hasSize(1);
    }

    @Test
    void finds_wechat_secrets_and_stack_traces() {
        assertThat(ExposureScan.findings("user oid-ok-alice signed in", false, false)).singleElement().asString().startsWith("an openid");
        assertThat(ExposureScan.findings("{\"OpenId\":\"x\"}", false, false)).singleElement().asString().startsWith("an openid");
        // a token in base64url may spell "OId-" or "xoid-" by chance
        assertThat(ExposureScan.findings("{\"accessToken\":\"eyJ0eXAi.QsKlOId-RlvTkwj8-02Nu_xoid-abc\"}", false, false)).isEmpty();
        assertThat(ExposureScan.findings("{\"session_key\":\"x\"}", false, false)).singleElement().asString().startsWith("a WeChat session key");
        assertThat(ExposureScan.findings("key " + WeChatFake.SESSION_KEY, false, false)).singleElement().asString().startsWith("a WeChat session key");
        assertThat(ExposureScan.findings("token=" + WeChatFake.ACCESS_TOKEN, false, false)).singleElement().asString().startsWith("a WeChat access token");
        assertThat(ExposureScan.findings("java.lang.IllegalStateException: x\n\tat cn.nanhu.talent.job.JobService.put(JobService.java:42)", false, false))
                .singleElement().asString().startsWith("a stack trace");
        assertThat(ExposureScan.findings("java.lang.IllegalStateException: x\n\tat cn.nanhu.talent.job.JobService.put(JobService.java:42)", false, true)).isEmpty();
    }

    @Test
    void the_contact_card_may_carry_a_phone_and_nothing_else() {
        assertThat(ExposureScan.findings("{\"name\":\"张三\",\"phone\":\"13812345678\"}", true, false)).isEmpty();
        assertThat(ExposureScan.findings("{\"phone\":\"13812345678\",\"openid\":\"x\"}", true, false)).hasSize(1);
    }
}
