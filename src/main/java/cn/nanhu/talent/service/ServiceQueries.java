package cn.nanhu.talent.service;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.InvalidInput;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query parameters of the service log (dates in China), and times as the API shows them. */
final class ServiceQueries {

    private ServiceQueries() {
    }

    /** Narrows a query on {@code servedAt} to whole days in China, both inclusive, either open; {@code to} before {@code from} is a 400. */
    static void period(StringBuilder q, Parameters p, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "结束日期不能早于开始日期 / to cannot be before from");
        }
        if (from != null) {
            q.append(" and servedAt >= :from");
            p.and("from", from.atStartOfDay(Clocks.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            q.append(" and servedAt < :to");
            p.and("to", to.plusDays(1).atStartOfDay(Clocks.ZONE).toOffsetDateTime());
        }
    }

    /** A query parameter that is a date (2026-11-26), or null when absent. */
    static LocalDate date(String field, String raw) {
        if (!notBlank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, field + " 须为日期，如 2026-11-26 / " + field + " must be a date such as 2026-11-26");
        }
    }

    static OffsetDateTime cursorTime(String raw) {
        try {
            return OffsetDateTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
    }

    /** The database hands times back in UTC; the API speaks China Standard Time. */
    static OffsetDateTime china(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clocks.ZONE).toOffsetDateTime();
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
