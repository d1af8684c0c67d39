package cn.nanhu.talent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.CachesOn;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seeker's ranking is reused between requests (the cache is on here, off in the rest of the
 * suite), and a reused ranking never shows what the seeker must not see: a job applied to, a
 * blocked employer, a closed job; a new job, a changed registration or the end of the minute make
 * a new ranking.
 */
@QuarkusTest
@TestProfile(CachesOn.class)
class RecommendationCacheTest {

    private static final String RECOMMENDATIONS = "/api/v1/seeker/recommendations";

    @Inject
    Recommendations recommendations;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Api.Session seeker(String skill) {
        Api.Session s = Api.wechatUser(Api.unique("rcache"));
        Seekers.register(s, profile(skill, 8000));
        return s;
    }

    private static Map<String, Object> profile(String skill, int salary) {
        Map<String, Object> profile = Seekers.profile("吴" + skill.substring(0, 2));
        profile.put("skills", List.of(skill, "电气"));
        profile.put("desiredSalaryMin", salary);
        profile.put("desiredOccupationCodes", List.of(RecommendationsTest.OCCUPATION));
        profile.put("currentDistrictCode", RecommendationsTest.DISTRICT);
        profile.put("desiredDistrictCodes", List.of(RecommendationsTest.DISTRICT));
        return profile;
    }

    private static String job(Api.Session employer, String title, String skill) {
        Map<String, Object> body = Jobs.body(title);
        body.put("occupationCode", RecommendationsTest.OCCUPATION);
        body.put("districtCode", RecommendationsTest.DISTRICT);
        body.put("description", "负责发电设备的运行与维护，熟悉 " + skill);
        return Jobs.published(employer, body);
    }

    private static List<String> ids(Api.Session s) {
        JsonPath page = s.as().queryParam("size", 50).when().get(RECOMMENDATIONS).then().statusCode(200).extract().jsonPath();
        return page.getList("items.job.id", String.class);
    }

    /** Runs the request and answers whether it was served from a kept ranking. */
    private boolean reused(Runnable request) {
        long hits = recommendations.cacheHits();
        long misses = recommendations.cacheMisses();
        request.run();
        boolean hit = recommendations.cacheHits() == hits + 1;
        assertThat(recommendations.cacheHits() + recommendations.cacheMisses()).as("one lookup per request").isEqualTo(hits + misses + 1);
        return hit;
    }

    @Test
    void a_kept_ranking_still_drops_what_was_applied_to_blocked_or_closed_at_once() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("rcacheco"));
        Employers.Registered other = Employers.approved(Api.unique("rcachebl"));
        String first = job(employer.owner(), "发电运行工程师", skill);
        String second = job(employer.owner(), "发电运维工程师", skill);
        String blocked = job(other.owner(), "发电检修工程师", skill);
        Api.Session s = seeker(skill);

        AtomicReference<List<String>> seen = new AtomicReference<>();
        assertThat(reused(() -> seen.set(ids(s)))).as("the first request ranks").isFalse();
        assertThat(seen.get()).contains(first, second, blocked);
        List<String> before = seen.get();
        assertThat(reused(() -> seen.set(ids(s)))).as("the second is served from the kept ranking").isTrue();
        assertThat(seen.get()).isEqualTo(before);

        Seekers.apply(s, first);
        s.as().when().put("/api/v1/seeker/blocks/" + other.employerId()).then().statusCode(204);
        assertThat(reused(() -> seen.set(ids(s)))).as("applying and blocking change nothing the ranking depends on").isTrue();
        assertThat(seen.get()).contains(second).doesNotContain(first, blocked);

        employer.owner().as().when().post(Jobs.EMPLOYER_JOBS + "/" + second + "/close").then().statusCode(200);
        assertThat(reused(() -> seen.set(ids(s)))).as("a closed job changes the index: ranked anew").isFalse();
        assertThat(seen.get()).doesNotContain(first, second, blocked);
    }

    @Test
    void a_new_job_a_changed_registration_and_the_end_of_the_minute_each_rank_anew() {
        String skill = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("rcacheco"));
        job(employer.owner(), "发电运行工程师", skill);
        Api.Session s = seeker(skill);
        ids(s);
        assertThat(reused(() -> ids(s))).isTrue();

        String fresh = job(employer.owner(), "发电值班工程师", skill);
        AtomicReference<List<String>> seen = new AtomicReference<>();
        assertThat(reused(() -> seen.set(ids(s)))).as("a newly published job").isFalse();
        assertThat(seen.get()).contains(fresh);
        assertThat(reused(() -> ids(s))).isTrue();

        s.as().contentType(ContentType.JSON).body(profile(skill, 9000)).when().put("/api/v1/seeker/profile").then().statusCode(200);
        assertThat(reused(() -> ids(s))).as("a changed registration").isFalse();
        assertThat(reused(() -> ids(s))).isTrue();

        clock.advance(Duration.ofSeconds(61));
        assertThat(reused(() -> ids(s))).as("a minute later").isFalse();
    }
}
