package cn.nanhu.talent.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last row shown, as a few string parts, encoded in
 * URL-safe base64. Clients never parse it; a tampered cursor is a 400 naming {@code cursor}.
 */
public record Cursor(List<String> parts) {

    private static final String SEPARATOR = "\u001f";
    private static final String VERSION = "c1";

    public static Cursor of(String... parts) {
        return new Cursor(List.of(parts));
    }

    public String encode() {
        String raw = VERSION + SEPARATOR + String.join(SEPARATOR, parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor with exactly {@code expectedParts} parts; null or blank means the first page. */
    public static Cursor decode(String encoded, int expectedParts) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            if (encoded.length() > 512) {
                throw new IllegalArgumentException("too long");
            }
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(raw.split(SEPARATOR, -1));
            if (all.size() != expectedParts + 1 || !VERSION.equals(all.get(0))) {
                throw new IllegalArgumentException("wrong shape");
            }
            return new Cursor(List.copyOf(all.subList(1, all.size())));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
    }

    public String part(int index) {
        return parts.get(index);
    }

    public long longPart(int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
    }
}
