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
        Ids.Sequence ids = new Ids.Sequence();
        String first = ids.next(t);
        String second = ids.next(t + later);
        assertThat(first.compareTo(second)).isNegative();
        // the time is readable from the id: a later millisecond makes a later prefix
        assertThat(first.substring(0, 10).compareTo(second.substring(0, 10))).isNegative();
    }

    @Property
    void ids_made_in_the_same_millisecond_or_under_a_clock_going_back_still_increase(
            @ForAll @LongRange(min = 0, max = 1L << 47) long t, @ForAll @LongRange(min = 0, max = 10_000) long back) {
        Ids.Sequence ids = new Ids.Sequence();
        String previous = ids.next(t);
        for (int i = 0; i < 50; i++) {
            String next = ids.next(Math.max(0, t - (i % 2 == 0 ? 0 : back)));
            assertThat(next).isGreaterThan(previous);
            assertThat(Ids.looksLikeId(next)).isTrue();
            previous = next;
        }
    }

    @Test
    void ids_have_the_expected_shape_and_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        Ids.Sequence ids = new Ids.Sequence();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next(1_700_000_000_000L);
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
