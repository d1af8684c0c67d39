package cn.nanhu.talent.reference;

import cn.nanhu.talent.reference.DictDtos.HolidayView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Working days in mainland China: Monday to Friday, less statutory holidays, plus the weekend
 * days declared make-up working days (调休上班).
 */
@ApplicationScoped
public class WorkingCalendar {

    private final ReferenceData data;

    public WorkingCalendar(ReferenceData data) {
        this.data = data;
    }

    public boolean isWorkingDay(LocalDate day) {
        Optional<HolidayView> special = data.holiday(day);
        if (special.isPresent()) {
            return !special.get().offDay();
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The working day that is {@code days} working days after {@code from} (from itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
