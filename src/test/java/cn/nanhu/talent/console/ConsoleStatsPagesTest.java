package cn.nanhu.talent.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.nanhu.talent.stats.StatsDtos.Overview;
import cn.nanhu.talent.stats.StatsService;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The statistics page of the console: admins only, the service's figures, chart data for the script, the CSV export. */
@QuarkusTest
class ConsoleStatsPagesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    MutableClock clock;
    @Inject
    StatsService stats;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void only_admins_open_statistics_and_without_a_session_it_redirects_to_sign_in() {
        String username = Api.unique("csts");
        Api.newStaff(username, "SERVICE", "REVIEWER");
        ConsoleClient staff = ConsoleClient.signIn(username, "pw-" + username + "-0123456789");
        staff.bare().when().get("/admin/stats").then().statusCode(403);
        staff.bare().when().get("/admin/stats/export").then().statusCode(403);
        staff.bare().when().get("/admin").then().statusCode(200).body(not(containsString("href=\"/admin/stats\"")));
        io.restassured.RestAssured.given().redirects().follow(false).when().get("/admin/stats")
                .then().statusCode(303).header("Location", containsString("/admin/login"));
        io.restassured.RestAssured.given().redirects().follow(false).when().get("/admin/stats/export")
                .then().statusCode(303).header("Location", containsString("/admin/login"));
    }

    @Test
    void the_page_shows_the_services_figures_of_a_scripted_day_and_the_chart_data() {
        // a day of its own, far from the other tests' days
        LocalDate day = LocalDate.of(2047, 5, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        clock.set(day.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant());
        Employers.Registered employer = Employers.approved(Api.unique("cstat"));
        String job = Jobs.published(employer.owner(), Jobs.body("统计页岗位"));
        Api.Session seeker = Seekers.registered(Api.unique("cstsk"), "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        Seekers.apply(seeker, job);

        Overview expected = stats.overview(day.toString(), day.toString(), null, null);
        assertThat(expected.employers().registered()).isEqualTo(1);
        assertThat(expected.jobs().published()).isEqualTo(1);
        assertThat(expected.applications().submitted()).isEqualTo(1);

        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        admin.bare().when().get("/admin").then().statusCode(200).body(containsString("href=\"/admin/stats\""));
        String html = admin.bare().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("by", "DISTRICT")
                .when().get("/admin/stats").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("m-employers-registered").text()).isEqualTo("1");
        assertThat(page.getElementById("m-employers-verified").text()).isEqualTo(Long.toString(expected.employers().verified()));
        assertThat(page.getElementById("m-employers-approved").text())
                .isEqualTo(Long.toString(expected.employers().byStatus().get("APPROVED")));
        assertThat(page.getElementById("m-jobs-published").text()).isEqualTo("1");
        assertThat(page.getElementById("m-jobs-open").text()).isEqualTo(Long.toString(expected.jobs().open()));
        assertThat(page.getElementById("m-seekers-registered").text()).isEqualTo(Long.toString(expected.seekers().registered()));
        assertThat(page.getElementById("m-seekers-total").text()).isEqualTo(Long.toString(expected.seekers().total()));
        assertThat(page.getElementById("m-applications").text()).isEqualTo("1");
        assertThat(page.getElementById("m-consultations").text()).isEqualTo(Long.toString(expected.consultations().opened()));
        assertThat(page.getElementById("m-fairs").text()).isEqualTo(Long.toString(expected.fairs().published()));
        assertThat(page.getElementById("m-channel-pushed").text()).isEqualTo(Long.toString(expected.channels().pushed()));

        // the line chart: one day, one application; the breakdown by district has the job's district
        assertThat(page.getElementById("chart-series").attr("data-labels")).isEqualTo("[\"" + day + "\"]");
        assertThat(page.getElementById("chart-series").attr("data-values")).isEqualTo("[1]");
        assertThat(page.getElementById("chart-breakdown").attr("data-labels")).startsWith("[");
        assertThat(page.select("#breakdown tbody tr[data-value]")).isNotEmpty();
        assertThat(page.select("script").stream().map(s -> s.attr("src")))
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/console-assets/stats.js")
                .allMatch(src -> !src.isEmpty());
        assertThat(page.getElementById("stats-export").attr("href"))
                .isEqualTo("/admin/stats/export?from=" + day + "&to=" + day + "&dimension=DISTRICT&granularity=DAY");

        // a dimension filter gives that value's figures
        String district = html.replaceAll("(?s).*<tr data-value=\"([0-9]+)\">.*", "$1");
        Overview ofDistrict = stats.overview(day.toString(), day.toString(), "DISTRICT", district);
        Document filtered = Jsoup.parse(admin.bare().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("dimension", "DISTRICT").queryParam("value", district).when().get("/admin/stats")
                .then().statusCode(200).extract().asString());
        assertThat(filtered.getElementById("m-jobs-published").text()).isEqualTo(Long.toString(ofDistrict.jobs().published()));
        assertThat(filtered.getElementById("m-applications").text()).isEqualTo(Long.toString(ofDistrict.applications().submitted()));
    }

    @Test
    void a_bad_period_shows_the_message_and_the_export_streams_the_apis_csv_with_its_bom() {
        ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        admin.bare().queryParam("from", "2026-13-01").when().get("/admin/stats").then().statusCode(400)
                .body(containsString("id=\"error\"")).body(containsString("from"));
        admin.bare().queryParam("from", "2026-11-02").queryParam("to", "2026-11-01").when().get("/admin/stats").then().statusCode(400)
                .body(containsString("to 不能早于 from"));
        admin.bare().queryParam("by", "COLOUR").when().get("/admin/stats").then().statusCode(400).body(containsString("id=\"error\""));

        byte[] csv = admin.bare().queryParam("from", "2026-11-01").queryParam("to", "2026-11-20").queryParam("dimension", "DISTRICT")
                .when().get("/admin/stats/export").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("stats-DISTRICT-2026-11-01-2026-11-20.csv"))
                .extract().asByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(stats.export(null, "2026-11-01", "2026-11-20", "DISTRICT"));
        assertThat(text.substring(1)).startsWith("周期开始,周期结束,维度");
        admin.bare().queryParam("granularity", "HOUR").when().get("/admin/stats/export").then().statusCode(400);
    }
}
