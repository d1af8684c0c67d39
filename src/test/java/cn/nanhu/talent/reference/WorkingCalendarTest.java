package cn.nanhu.talent.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkingCalendarTest {

    @Inject
    WorkingCalendar calendar;

    @Test
    void weekdays_work_and_weekends_rest() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 26))).isTrue();   // Thursday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
    }

    @Test
    void statutory_holidays_rest_even_on_weekdays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();  // National Day, Thursday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void a_make_up_working_day_on_a_weekend_works() {
        // 2026-09-20 is a Sunday worked in exchange for the National Day holiday
        LocalDate makeUp = LocalDate.of(2026, 9, 20);
        assertThat(makeUp.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(makeUp)).isTrue();
    }

    @Test
    void counting_working_days_skips_a_holiday_week() {
        // From the last day before National Day, one working day later is after the whole holiday
        LocalDate next = calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1);
        assertThat(next).isAfter(LocalDate.of(2026, 10, 7));
        assertThat(calendar.isWorkingDay(next)).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 27), 0)).isEqualTo(LocalDate.of(2026, 11, 27));
    }
}
