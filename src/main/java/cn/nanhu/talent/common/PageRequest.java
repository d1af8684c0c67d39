package cn.nanhu.talent.common;

/**
 * The {@code cursor} and {@code size} query parameters of a list endpoint. Sizes above the cap are
 * lowered to it, as the API contract says; anything that is not a positive integer is a 400.
 */
public record PageRequest(String cursor, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String cursor, String size) {
        return new PageRequest(cursor, parseSize(size, DEFAULT_SIZE));
    }

    public static int parseSize(String raw, int defaultSize) {
        if (raw == null || raw.isBlank()) {
            return defaultSize;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("size", "size 必须是正整数 / size must be a positive integer");
        }
        if (value < 1) {
            throw InvalidInput.of("size", "size 必须是正整数 / size must be a positive integer");
        }
        return Math.min(value, MAX_SIZE);
    }
}
