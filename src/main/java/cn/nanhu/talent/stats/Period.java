package cn.nanhu.talent.stats;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The China days a figure covers, both inclusive: the last 30 days unless the caller names them. */
record Period(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    /** Three years and a bit: enough for year-on-year figures, bounded so no request reads without end. */
    static final int MAX_DAYS = 1100;

    static Period parse(String from, String to, Clock clock) {
        List<Violation> bad = new ArrayList<>();
        LocalDate end = date("to", to, bad);
        LocalDate start = date("from", from, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
        if (end == null) {
            end = start != null ? start.plusDays(DEFAULT_DAYS - 1) : clock.instant().atZone(Clocks.ZONE).toLocalDate();
        }
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isAfter(end)) {
            throw InvalidInput.of("to", "to 不能早于 from / to must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw InvalidInput.of("from", "时间范围最长 " + MAX_DAYS + " 天 / the period is at most " + MAX_DAYS + " days");
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String raw, List<Violation> bad) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            bad.add(new Violation(field, field + " 须为日期，如 2026-11-26 / " + field + " must be a date such as 2026-11-26"));
            return null;
        }
    }
}
