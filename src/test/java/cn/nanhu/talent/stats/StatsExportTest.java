package cn.nanhu.talent.stats;

import static cn.nanhu.talent.stats.StatsFixtures.CHINA;
import static cn.nanhu.talent.stats.StatsFixtures.STATS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CSV export: UTF-8 with a BOM, Chinese headers, one row per bucket, value and metric, and no formulas. */
@QuarkusTest
class StatsExportTest {

    @Inject
    MutableClock clock;
    @Inject
    Tally tally;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_export_opens_in_excel_with_chinese_headers_and_a_row_per_figure() {
        LocalDate day = LocalDate.of(2043, 3, 18);
        clock.set(ZonedDateTime.of(day, LocalTime.of(9, 0), CHINA).toInstant());
        StatsFixtures.seeker(Api.unique("csv1"));
        StatsFixtures.seeker(Api.unique("csv2"));
        Api.Session admin = Api.admin();

        Response r = admin.as().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("granularity", "MONTH")
                .when().get(STATS + "/export");
        r.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"stats-ALL-" + day + "-" + day + ".csv\"");
        byte[] bytes = r.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(bytes);
        assertThat(lines.get(0)).isEqualTo("周期开始,周期结束,维度,维度值,名称,指标,指标名称,数量");
        // a month bucket clipped to the one day asked for
        assertThat(lines).contains(day + "," + day + ",ALL,,全部,SEEKERS_REGISTERED,求职登记,2");
        assertThat(lines.stream().filter(l -> l.startsWith("当前,当前,ALL,,全部,SEEKERS,求职登记人数,"))).hasSize(1);

        // by district, with the division's name
        List<String> byDistrict = lines(admin.as().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("dimension", "DISTRICT").when().get(STATS + "/export").then().statusCode(200).extract().asByteArray());
        assertThat(byDistrict).contains(day + "," + day + ",DISTRICT,330402,南湖区,SEEKERS_REGISTERED,求职登记,2");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_are_quoted_as_text() {
        LocalDate day = LocalDate.of(2043, 6, 10);
        QuarkusTransaction.requiringNew().run(() -> {
            tally.channel(Metric.CHANNEL_VIEWS, "=HYPERLINK(\"http://x.cn\",\"a\")", day, 3);
            tally.channel(Metric.CHANNEL_PUSHED, "+1+cmd|' /C calc'!A0", day, 2);
            tally.channel(Metric.CHANNEL_APPLICATIONS, "@SUM(A1:A9)", day, 1);
            tally.channel(Metric.CHANNEL_APPLICATIONS, "-2+3", day, 1);
        });
        Api.Session admin = Api.admin();
        List<String> lines = lines(admin.as().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("dimension", "CHANNEL").when().get(STATS + "/export").then().statusCode(200).extract().asByteArray());
        assertThat(lines).contains(
                day + "," + day + ",CHANNEL,\"'=HYPERLINK(\"\"http://x.cn\"\",\"\"a\"\")\",,CHANNEL_VIEWS,渠道浏览,3",
                day + "," + day + ",CHANNEL,'+1+cmd|' /C calc'!A0,,CHANNEL_PUSHED,渠道推送,2",
                day + "," + day + ",CHANNEL,'@SUM(A1:A9),,CHANNEL_APPLICATIONS,渠道投递,1",
                day + "," + day + ",CHANNEL,'-2+3,,CHANNEL_APPLICATIONS,渠道投递,1");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).doesNotStartWith("=").doesNotContain(",=", ",+", ",@", ",-"));
        // the channel counters also count under ALL, and the overview shows them
        var overview = StatsFixtures.overview(admin, day, day);
        assertThat(overview.getMap("channels")).containsEntry("pushed", 2).containsEntry("views", 3).containsEntry("applications", 2);
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return List.of(text.substring(1).split("\r\n"));
    }
}
