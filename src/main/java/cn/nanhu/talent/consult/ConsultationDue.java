package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.reference.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * When staff owe an answer: one working day after the ticket started waiting, in China time.
 * Started on a working day, it is due at the same time on the next working day (a Friday 15:00
 * question is due Monday 15:00; the day before a holiday, on the first working day after it).
 * Started on a day off, the clock starts with the next working day, so it is due at the end of
 * that day. Working days follow {@link WorkingCalendar}: holidays and make-up working days included.
 */
@ApplicationScoped
class ConsultationDue {

    private final WorkingCalendar calendar;

    ConsultationDue(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    OffsetDateTime dueAt(OffsetDateTime waitingSince) {
        ZonedDateTime start = waitingSince.atZoneSameInstant(Clocks.ZONE);
        LocalDate day = start.toLocalDate();
        if (!calendar.isWorkingDay(day)) {
            LocalDate firstWorkingDay = calendar.plusWorkingDays(day, 1);
            return firstWorkingDay.plusDays(1).atStartOfDay(Clocks.ZONE).toOffsetDateTime();
        }
        LocalDate next = calendar.plusWorkingDays(day, 1);
        return ZonedDateTime.of(next, start.toLocalTime(), Clocks.ZONE).toOffsetDateTime();
    }
}
