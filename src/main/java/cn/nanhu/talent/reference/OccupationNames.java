package cn.nanhu.talent.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the marks the 2022 classification puts at the end of a name: {@code S} for a digital
 * occupation, {@code L} for a green one, {@code L/S} for both, and turns them into flags.
 */
public record OccupationNames(String name, boolean digital, boolean green) {

    public static OccupationNames parse(String raw) {
        String name = raw.strip();
        boolean digital = false;
        boolean green = false;
        if (name.endsWith("L/S")) {
            return new OccupationNames(name.substring(0, name.length() - 3), true, true);
        }
        if (name.endsWith("S") && isHan(name, name.length() - 2)) {
            digital = true;
            name = name.substring(0, name.length() - 1);
        } else if (name.endsWith("L") && isHan(name, name.length() - 2)) {
            green = true;
            name = name.substring(0, name.length() - 1);
        }
        return new OccupationNames(name, digital, green);
    }

    /** Aliases without the marks, without the name itself, and without duplicates (case-insensitive). */
    public static List<String> aliases(String raw, String cleanName) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        seen.add(cleanName.toLowerCase());
        for (String part : raw.split(",")) {
            String alias = parse(part).name().strip();
            if (!alias.isEmpty() && seen.add(alias.toLowerCase())) {
                out.add(alias);
            }
        }
        return out;
    }

    /** The parent code of a code like {@code 2-02-10-03}: the last non-zero segment set to zero. */
    public static String parentCode(String code) {
        String[] parts = code.split("-");
        for (int i = parts.length - 1; i > 0; i--) {
            if (!parts[i].chars().allMatch(c -> c == '0')) {
                parts[i] = "0".repeat(parts[i].length());
                return String.join("-", parts);
            }
        }
        return null;
    }

    /**
     * The group of {@code code} at {@code levels} levels, as the dictionary spells it: the first
     * parts kept and the rest zeroed, so {@code group("2-02-10-03", 3)} is {@code 2-02-10-00} (the
     * minor group), 2 gives {@code 2-02-00-00} (the middle group) and 1 {@code 2-00-00-00}.
     */
    public static String group(String code, int levels) {
        String[] parts = code.split("-");
        for (int i = Math.max(1, levels); i < parts.length; i++) {
            parts[i] = "0".repeat(parts[i].length());
        }
        return String.join("-", parts);
    }

    private static boolean isHan(String s, int index) {
        return index >= 0 && Character.UnicodeScript.of(s.codePointAt(index)) == Character.UnicodeScript.HAN;
    }
}
