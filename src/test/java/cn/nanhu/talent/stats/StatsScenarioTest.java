package cn.nanhu.talent.stats;

import static cn.nanhu.talent.stats.StatsFixtures.EMPLOYER_DISTRICT;
import static cn.nanhu.talent.stats.StatsFixtures.JOB_DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.job.JobExpirer;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scripted week of the platform, counted: employers approved, rejected and suspended, jobs
 * published, closed and expired, applications along the pipeline, consultations answered on time
 * and late, a fair with sign-ups and a check-in. The clock stands on days of its own.
 */
@QuarkusTest
class StatsScenarioTest {

    @Inject
    MutableClock clock;
    @Inject
    JobExpirer expirer;
    @Inject
    Db db;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void every_figure_counts_the_scripted_week_overall_and_per_dimension() {
        OffsetDateTime t0 = StatsFixtures.wednesdayMorning(2041);
        LocalDate day0 = t0.atZoneSameInstant(StatsFixtures.CHINA).toLocalDate();
        LocalDate day2 = day0.plusDays(2);
        // the jobs of other tests expire the day before, so the expiries of this week are ours
        clock.set(t0.minusDays(1).toInstant());
        expirer.runOnce();
        clock.set(t0.toInstant());
        Api.Session admin = Api.admin();
        JsonPath before = StatsFixtures.overview(admin, day0, day2);
        JsonPath districtBefore = StatsFixtures.overview(admin, day0, day2, "DISTRICT", JOB_DISTRICT);
        Map<String, Integer> employersBefore = StatsFixtures.breakdown(admin, "DISTRICT", day0, day2, EMPLOYER_DISTRICT);
        int openBefore = StatsFixtures.breakdown(admin, "DISTRICT", day0, day2, JOB_DISTRICT).getOrDefault("JOBS_OPEN", 0);

        Employers.Registered a = StatsFixtures.approved(admin, Api.unique("stA"));
        Employers.Registered rejected = StatsFixtures.register(Api.unique("stB"));
        StatsFixtures.decide(admin, rejected.employerId(), false);
        StatsFixtures.register(Api.unique("stC"));
        Employers.Registered suspended = StatsFixtures.approved(admin, Api.unique("stD"));
        admin.as().contentType("application/json").body(Map.of("reason", "经营异常"))
                .when().post("/api/v1/admin/employers/" + suspended.employerId() + "/suspend").then().statusCode(200);

        String open = StatsFixtures.publishedJob(a.owner(), Duration.ofDays(30));
        String expiring = StatsFixtures.publishedJob(a.owner(), Duration.ofDays(1));
        String closed = StatsFixtures.publishedJob(a.owner(), Duration.ofDays(30));
        StatsFixtures.close(a.owner(), closed);

        Api.Session s1 = StatsFixtures.seeker(Api.unique("sts1"));
        Api.Session s2 = StatsFixtures.seeker(Api.unique("sts2"));
        String hired = Seekers.apply(s1, open);
        String turnedDown = Seekers.apply(s2, open);
        StatsFixtures.pipeline(a.owner(), hired, "INTERVIEW", "OFFER", "HIRED");
        StatsFixtures.pipeline(a.owner(), turnedDown, "REJECTED");

        String onTime = StatsFixtures.consultation(s1);
        String late = StatsFixtures.consultation(s2);
        clock.advance(Duration.ofHours(1));
        StatsFixtures.answer(admin, onTime);

        String fair = StatsFixtures.fairOpenNow(admin);
        String registration = Fairs.register(a.owner(), fair, List.of(open));
        Fairs.approve(admin, registration);
        Map<String, Object> ticket = Fairs.signup(s1, fair);
        Fairs.signup(s2, fair);
        StatsFixtures.checkin(admin, fair, ticket);

        // Friday: the late answer (due Thursday 10:00) and the expiry
        clock.set(t0.plusDays(2).toInstant());
        StatsFixtures.answer(admin, late);
        assertThat(expirer.runOnce()).isEqualTo(1);

        JsonPath wednesday = StatsFixtures.overview(admin, day0, day0);
        assertThat(wednesday.getInt("employers.registered")).isEqualTo(4);
        assertThat(wednesday.getInt("employers.verified")).isEqualTo(2);
        assertThat(wednesday.getInt("jobs.published")).isEqualTo(3);
        assertThat(wednesday.getInt("jobs.closed")).isEqualTo(1);
        assertThat(wednesday.getInt("jobs.expired")).isZero();
        assertThat(wednesday.getInt("seekers.registered")).isEqualTo(2);
        assertThat(wednesday.getMap("applications")).containsEntry("submitted", 2).containsEntry("interviews", 1)
                .containsEntry("offers", 1).containsEntry("hires", 1);
        assertThat(wednesday.getMap("consultations")).containsEntry("opened", 2).containsEntry("answered", 1)
                .containsEntry("answeredOnTime", 1).containsEntry("answeredLate", 0);
        assertThat(wednesday.getMap("fairs")).containsEntry("published", 1).containsEntry("employers", 1)
                .containsEntry("jobs", 1).containsEntry("signups", 2).containsEntry("checkins", 1);
        assertThat(wednesday.getMap("channels")).containsEntry("pushed", 0).containsEntry("views", 0).containsEntry("applications", 0);

        JsonPath week = StatsFixtures.overview(admin, day0, day2);
        assertThat(week.getString("from")).isEqualTo(day0.toString());
        assertThat(week.getString("to")).isEqualTo(day2.toString());
        assertThat(week.getInt("jobs.expired")).isEqualTo(1);
        assertThat(week.getMap("consultations")).containsEntry("answered", 2).containsEntry("answeredOnTime", 1)
                .containsEntry("answeredLate", 1).containsEntry("onTimeRate", 0.5f);
        // the current state moved by what this week did
        assertThat(week.getInt("employers.byStatus.PENDING") - before.getInt("employers.byStatus.PENDING")).isEqualTo(1);
        assertThat(week.getInt("employers.byStatus.APPROVED") - before.getInt("employers.byStatus.APPROVED")).isEqualTo(1);
        assertThat(week.getInt("employers.byStatus.REJECTED") - before.getInt("employers.byStatus.REJECTED")).isEqualTo(1);
        assertThat(week.getInt("employers.byStatus.SUSPENDED") - before.getInt("employers.byStatus.SUSPENDED")).isEqualTo(1);
        assertThat(week.getInt("employers.aboveDesignatedSize") - before.getInt("employers.aboveDesignatedSize")).isEqualTo(1);
        assertThat(week.getInt("jobs.open") - before.getInt("jobs.open")).isEqualTo(1);
        assertThat(week.getInt("seekers.total") - before.getInt("seekers.total")).isEqualTo(2);

        // per dimension: the jobs' district, the employers' district, the industry section and the occupation group
        Map<String, Integer> jobPlace = StatsFixtures.breakdown(admin, "DISTRICT", day0, day2, JOB_DISTRICT);
        assertThat(jobPlace.get("JOBS_OPEN") - openBefore).isEqualTo(1);
        assertThat(jobPlace).containsEntry("JOBS_PUBLISHED", 3).containsEntry("JOBS_CLOSED", 1).containsEntry("JOBS_EXPIRED", 1)
                .containsEntry("APPLICATIONS", 2).containsEntry("HIRES", 1)
                .containsEntry("FAIRS_PUBLISHED", 1).containsEntry("FAIR_SIGNUPS", 2).containsEntry("FAIR_CHECKINS", 1)
                .containsEntry("EMPLOYERS_REGISTERED", 0);
        Map<String, Integer> employerPlace = StatsFixtures.breakdown(admin, "DISTRICT", day0, day2, EMPLOYER_DISTRICT);
        assertThat(employerPlace).containsEntry("EMPLOYERS_REGISTERED", 4).containsEntry("EMPLOYERS_VERIFIED", 2).containsEntry("APPLICATIONS", 0);
        assertThat(employerPlace.get("EMPLOYERS_PENDING") - employersBefore.getOrDefault("EMPLOYERS_PENDING", 0)).isEqualTo(1);
        assertThat(employerPlace.get("EMPLOYERS_SUSPENDED") - employersBefore.getOrDefault("EMPLOYERS_SUSPENDED", 0)).isEqualTo(1);
        assertThat(StatsFixtures.breakdown(admin, "INDUSTRY", day0, day2, "I"))
                .containsEntry("EMPLOYERS_REGISTERED", 4).containsEntry("JOBS_PUBLISHED", 3).containsEntry("APPLICATIONS", 2)
                .containsEntry("INTERVIEWS", 1);
        assertThat(StatsFixtures.breakdown(admin, "OCCUPATION", day0, day2, "2-00-00-00"))
                .containsEntry("JOBS_PUBLISHED", 3).containsEntry("APPLICATIONS", 2).containsEntry("OFFERS", 1)
                .containsEntry("SEEKERS_REGISTERED", 2);
        JsonPath district = StatsFixtures.overview(admin, day0, day2, "DISTRICT", JOB_DISTRICT);
        assertThat(district.getString("dimension")).isEqualTo("DISTRICT");
        assertThat(district.getString("value")).isEqualTo(JOB_DISTRICT);
        assertThat(district.getInt("applications.submitted")).isEqualTo(2);
        assertThat(district.getInt("jobs.open") - districtBefore.getInt("jobs.open")).isEqualTo(1);
        assertThat(district.getInt("employers.registered")).isZero();

        // stored: the daily counters and what each subject contributes
        assertThat(db.count("select n from stats_daily where metric = 'APPLICATIONS' and on_day = ? and dim = 'DISTRICT' and dim_value = ?",
                day0, JOB_DISTRICT)).isEqualTo(2);
        assertThat(db.count("select n from stats_daily where metric = 'CONSULTATIONS_LATE' and on_day = ? and dim = 'ALL'", day2)).isEqualTo(1);
        assertThat((String) db.row("select facts from stats_subject where kind = 'APPLICATION' and subject_id = ?", hired).get("facts"))
                .contains("D=" + JOB_DISTRICT, "I=I", "O=2-00-00-00", "APPLICATIONS@", "INTERVIEWS@", "OFFERS@", "HIRES@");
        assertThat(db.count("select count(*) from stats_subject where kind = 'JOB' and subject_id = ?", expiring)).isEqualTo(1);
        assertThat(db.row("select answer_due_at from consultation_message where consultation_id = ? and author_kind = 'STAFF'", late)
                .get("answer_due_at")).isNotNull();
    }
}
