package cn.nanhu.talent.common;

/**
 * Masks personal numbers before they leave the service. A response may show a masked phone or ID
 * number, never a full one.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * {@code 13812345678} becomes {@code 138****5678}. Shorter numbers (landlines without area
     * code) keep two characters at each end; anything under 7 characters is masked entirely.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String p = phone.strip();
        if (p.length() < 7) {
            return "*".repeat(p.length());
        }
        int keepStart = p.length() >= 11 ? 3 : 2;
        int keepEnd = p.length() >= 11 ? 4 : 2;
        return p.substring(0, keepStart) + "*".repeat(p.length() - keepStart - keepEnd) + p.substring(p.length() - keepEnd);
    }

    /**
     * An 18-character resident ID keeps its first character and last character only, so neither
     * the birthplace nor the birth date can be read: {@code 3***************4}.
     */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        String s = id.strip();
        if (s.length() < 3) {
            return "*".repeat(s.length());
        }
        return s.charAt(0) + "*".repeat(s.length() - 2) + s.charAt(s.length() - 1);
    }

    /** Keeps the family name (first character) of a person's name: {@code 张三丰} becomes {@code 张**}. */
    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String s = name.strip();
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first) + "*".repeat(Math.max(1, s.codePointCount(first, s.length())));
    }
}
