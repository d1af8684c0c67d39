package cn.nanhu.talent.common;

/** Parsing of query parameters whose bad values must come back as a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    /** The enum constant named by {@code raw} (any case), {@code fallback} when absent, or a 400 naming {@code field}. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String raw, E fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, field + " 取值无效 / unknown value of " + field);
        }
    }
}
