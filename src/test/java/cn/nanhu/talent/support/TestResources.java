package cn.nanhu.talent.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Test resources every {@code @QuarkusTest} gets: the fake WeChat API. */
@QuarkusTestResource(WeChatFake.class)
public final class TestResources {
    private TestResources() {
    }
}
