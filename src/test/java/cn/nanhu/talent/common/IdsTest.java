package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Property
    void ids_sort_in_the_order_they_were_made(@ForAll @LongRange(min = 0, max = 1L << 47) long t,
            @ForAll @LongRange(min = 1, max = 1_000_000) long later) {
        assertThat(Ids.newId(t).compareTo(Ids.newId(t + later))).isNegative();
    }

    @Test
    void ids_have_the_expected_shape_and_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.newId(1_700_000_000_000L);
            assertThat(Ids.looksLikeId(id)).isTrue();
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void text_that_is_not_an_id_is_recognised() {
        assertThat(Ids.looksLikeId(null)).isFalse();
        assertThat(Ids.looksLikeId("1")).isFalse();
        assertThat(Ids.looksLikeId("01HZZZZZZZZZZZZZZZZZZZZZZI")).isFalse();
        assertThat(Ids.looksLikeId("' or 1=1 --                ")).isFalse();
    }
}
