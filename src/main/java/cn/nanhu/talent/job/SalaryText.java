package cn.nanhu.talent.job;

import java.math.BigDecimal;

/** Salaries as job boards print them: 800, 8千, 8.5千, 1.2万, so seekers compare at a glance. */
public final class SalaryText {

    private SalaryText() {
    }

    /** One amount in yuan. */
    public static String amount(int yuan) {
        if (yuan >= 10_000) {
            return scaled(yuan, 10_000) + "万";
        }
        if (yuan >= 1_000) {
            return scaled(yuan, 1_000) + "千";
        }
        return Integer.toString(yuan);
    }

    /** A monthly range, e.g. "8千-1.2万/月"; one amount when both ends are equal. */
    public static String range(int min, int max) {
        return (min == max ? amount(min) : amount(min) + "-" + amount(max)) + "/月";
    }

    // one decimal is what boards show; 12345 reads as 1.2万, not 1.2345万
    private static String scaled(int yuan, int unit) {
        return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(unit), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
