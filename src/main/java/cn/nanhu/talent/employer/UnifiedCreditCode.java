package cn.nanhu.talent.employer;

/**
 * The 18-character unified social credit code of GB 32100-2015: a registration-authority code, an
 * institution-type code, six digits of administrative division, a nine-character organisation
 * code, and a check character computed modulo 31 over the first seventeen.
 */
public final class UnifiedCreditCode {

    /** The 31 characters the standard uses: digits and capitals without I, O, S, V and Z. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedCreditCode() {
    }

    /** True when the code has the right length and characters, six digits of division, and a matching check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first seventeen characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Upper-cases and removes spaces, the two slips people make when typing a code. */
    public static String normalise(String code) {
        return code == null ? null : code.replace(" ", "").strip().toUpperCase();
    }
}
