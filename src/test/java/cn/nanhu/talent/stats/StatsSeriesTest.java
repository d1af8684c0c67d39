package cn.nanhu.talent.stats;

import static cn.nanhu.talent.stats.StatsFixtures.CHINA;
import static cn.nanhu.talent.stats.StatsFixtures.STATS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Time series buckets on China days: a registration at 00:30 on a Monday the 1st (still Sunday
 * in UTC) counts for the new day, week and month; weeks start on Monday; buckets are clipped to
 * the period and present when empty.
 */
@QuarkusTest
class StatsSeriesTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void buckets_follow_china_days_weeks_from_monday_and_calendar_months() {
        LocalDate monday = LocalDate.of(2042, 1, 1);
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.plusMonths(1);
        }
        LocalDate sunday = monday.minusDays(1);
        at(sunday, LocalTime.of(23, 30));
        StatsFixtures.seeker(Api.unique("sersun"));
        at(monday, LocalTime.of(0, 30));
        StatsFixtures.seeker(Api.unique("sermon1"));
        StatsFixtures.seeker(Api.unique("sermon2"));
        at(monday.plusDays(8), LocalTime.of(9, 0));
        StatsFixtures.seeker(Api.unique("sertue"));
        Api.Session admin = Api.admin();
        LocalDate from = sunday.minusDays(1);
        LocalDate to = monday.plusDays(9);

        JsonPath days = series(admin, "DAY", from, to, Map.of());
        assertThat(days.getList("points")).hasSize(12);
        assertThat(days.getString("points[0].period")).isEqualTo(from.toString());
        assertThat(days.getInt("points[1].count")).isEqualTo(1);
        assertThat(days.getInt("points[2].count")).isEqualTo(2);
        assertThat(days.getInt("points[3].count")).isZero();
        assertThat(days.getInt("points[10].count")).isOne();
        assertThat(days.getList("points.count", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);

        JsonPath weeks = series(admin, "WEEK", from, to, Map.of());
        assertThat(weeks.getList("points.period")).containsExactly(monday.minusDays(7).toString(), monday.toString(), monday.plusDays(7).toString());
        assertThat(weeks.getList("points.start")).containsExactly(from.toString(), monday.toString(), monday.plusDays(7).toString());
        assertThat(weeks.getList("points.end")).containsExactly(sunday.toString(), monday.plusDays(6).toString(), to.toString());
        assertThat(weeks.getList("points.count", Integer.class)).containsExactly(1, 2, 1);

        JsonPath months = series(admin, "MONTH", from, to, Map.of());
        assertThat(months.getList("points.period")).containsExactly(sunday.withDayOfMonth(1).toString(), monday.toString());
        assertThat(months.getList("points.start")).containsExactly(from.toString(), monday.toString());
        assertThat(months.getList("points.end")).containsExactly(sunday.toString(), to.toString());
        assertThat(months.getList("points.count", Integer.class)).containsExactly(1, 3);
        assertThat(months.getString("granularity")).isEqualTo("MONTH");
        assertThat(months.getString("metric")).isEqualTo("SEEKERS_REGISTERED");

        // the same by the seekers' district, and nothing in another district
        assertThat(series(admin, "WEEK", from, to, Map.of("dimension", "DISTRICT", "value", "330402"))
                .getList("points.count", Integer.class)).containsExactly(1, 2, 1);
        assertThat(series(admin, "WEEK", from, to, Map.of("dimension", "DISTRICT", "value", "330421"))
                .getList("points.count", Integer.class)).containsExactly(0, 0, 0);
    }

    private void at(LocalDate day, LocalTime time) {
        clock.set(ZonedDateTime.of(day, time, CHINA).toInstant());
    }

    private static JsonPath series(Api.Session admin, String granularity, LocalDate from, LocalDate to, Map<String, String> more) {
        return admin.as().queryParam("metric", "SEEKERS_REGISTERED").queryParam("granularity", granularity)
                .queryParam("from", from.toString()).queryParam("to", to.toString()).queryParams(more)
                .when().get(STATS + "/series").then().statusCode(200).extract().jsonPath();
    }
}
