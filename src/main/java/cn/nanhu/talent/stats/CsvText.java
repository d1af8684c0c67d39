package cn.nanhu.talent.stats;

import java.util.List;

/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Chinese right), CRLF lines,
 * RFC 4180 quoting, and text that a spreadsheet would run as a formula (starting with = + - @,
 * or a tab or carriage return) prefixed with a single quote. Numbers are written as numbers.
 */
final class CsvText {

    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    CsvText row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
