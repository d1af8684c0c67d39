package cn.nanhu.talent.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a cursor-paged list: the items and the opaque cursor of the next page, or null on the
 * last page. The cursor is always written, null included, as the API's page contract says (other
 * properties without a value are left out).
 */
public record Page<T>(List<T> items,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(nullable = true, description = "the opaque cursor of the next page; null on the last page") String nextCursor) {

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(List.copyOf(items), null);
    }

    /**
     * Builds a page from a query that fetched {@code size + 1} rows: the extra row only tells that
     * another page exists, and the cursor points after the last row shown.
     */
    public static <T> Page<T> fromLookahead(List<T> rows, int size, Function<T, Cursor> cursorOf) {
        if (rows.size() <= size) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> shown = List.copyOf(rows.subList(0, size));
        return new Page<>(shown, cursorOf.apply(shown.get(size - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
