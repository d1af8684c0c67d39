package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Property
    void a_cursor_decodes_to_what_was_encoded(@ForAll @StringLength(max = 40) String a, @ForAll @StringLength(max = 40) String b) {
        org.junit.jupiter.api.Assumptions.assumeFalse(a.contains("\u001f") || b.contains("\u001f"));
        String encoded = Cursor.of(a, b).encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]*");
        assertThat(Cursor.decode(encoded, 2).parts()).containsExactly(a, b);
    }

    @Test
    void blank_means_the_first_page() {
        assertThat(Cursor.decode(null, 1)).isNull();
        assertThat(Cursor.decode(" ", 1)).isNull();
    }

    @Test
    void garbage_or_a_cursor_of_another_shape_is_invalid_input_on_cursor() {
        for (String bad : List.of("%%%", "abc", Cursor.of("1", "2").encode(), "x".repeat(600))) {
            assertThatThrownBy(() -> Cursor.decode(bad, 1))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::field).containsExactly("cursor"));
        }
    }

    @Test
    void a_page_from_lookahead_has_a_cursor_only_when_more_rows_exist() {
        Page<Integer> full = Page.fromLookahead(List.of(1, 2, 3), 2, i -> Cursor.of(i.toString()));
        assertThat(full.items()).containsExactly(1, 2);
        assertThat(Cursor.decode(full.nextCursor(), 1).part(0)).isEqualTo("2");
        Page<Integer> last = Page.fromLookahead(List.of(1, 2), 2, i -> Cursor.of(i.toString()));
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void sizes_are_capped_and_checked() {
        assertThat(PageRequest.of(null, null).size()).isEqualTo(PageRequest.DEFAULT_SIZE);
        assertThat(PageRequest.of(null, "1000").size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThatThrownBy(() -> PageRequest.of(null, "-1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageRequest.of(null, "1e3")).isInstanceOf(InvalidInput.class);
    }
}
