package cn.nanhu.talent.job;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.CachesOn;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A search's hits are reused (the cache is on here, off in the rest of the suite), and a reused
 * answer is never staler than the index: a job published, changed or closed shows at once, a
 * suspended employer's jobs go at once, and each page's cards are read fresh.
 */
@QuarkusTest
@TestProfile(CachesOn.class)
class SearchCacheTest {

    private static final String JOBS = "/api/v1/jobs";

    @Inject
    JobSearch search;
    @Inject
    JobIndex index;
    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonPath page(Map<String, ?> params) {
        return given().queryParams(params).when().get(JOBS).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(Map<String, ?> params) {
        return page(params).getList("items.id", String.class);
    }

    private static String job(Api.Session employer, String title, String marker) {
        Map<String, Object> body = Jobs.body(title);
        body.put("description", body.get("description") + " " + marker);
        return Jobs.published(employer, body);
    }

    @Test
    void the_same_search_is_answered_from_the_kept_hits_with_the_same_page() {
        String m = Jobs.marker();
        Api.Session employer = Employers.approved(Api.unique("sc-same")).owner();
        String a = job(employer, "仓库管理员", m);
        String b = job(employer, "叉车司机", m);

        long before = search.reusedHits();
        JsonPath first = page(Map.of("q", m));
        JsonPath second = page(Map.of("q", m));

        assertThat(search.reusedHits()).isEqualTo(before + 1);
        assertThat(second.getList("items.id", String.class)).containsExactlyInAnyOrder(a, b).isEqualTo(first.getList("items.id", String.class));
        assertThat(second.getList("items.title", String.class)).isEqualTo(first.getList("items.title", String.class));
        // other criteria, another page size, another page: each its own search
        ids(Map.of("q", m, "sort", "newest"));
        ids(Map.of("q", m, "size", 1));
        JsonPath one = page(Map.of("q", m, "size", 1));
        assertThat(search.reusedHits()).isEqualTo(before + 2);
        List<String> firstOfTwo = one.getList("items.id", String.class);
        assertThat(firstOfTwo).hasSize(1);
        List<String> secondOfTwo = ids(Map.of("q", m, "size", 1, "cursor", one.getString("nextCursor")));
        assertThat(secondOfTwo).hasSize(1).doesNotContainAnyElementsOf(firstOfTwo);
        assertThat(List.of(firstOfTwo.get(0), secondOfTwo.get(0))).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void a_job_published_or_closed_shows_or_goes_at_once() {
        String m = Jobs.marker();
        Api.Session employer = Employers.approved(Api.unique("sc-new")).owner();
        String a = job(employer, "仓库管理员", m);
        assertThat(ids(Map.of("q", m))).containsExactly(a);
        assertThat(ids(Map.of("q", m))).containsExactly(a);

        String b = job(employer, "仓库主管", m);
        assertThat(ids(Map.of("q", m))).containsExactlyInAnyOrder(a, b);

        employer.as().when().post(Jobs.EMPLOYER_JOBS + "/" + a + "/close").then().statusCode(200);
        assertThat(ids(Map.of("q", m))).containsExactly(b);
    }

    @Test
    void kept_hits_never_show_what_the_database_no_longer_lets_seekers_see() {
        String m = Jobs.marker();
        Employers.Registered employer = Employers.approved(Api.unique("sc-susp"));
        String a = job(employer.owner(), "质检员", m);
        assertThat(ids(Map.of("q", m))).containsExactly(a);
        long reused = search.reusedHits();

        // another copy suspends the employer: this copy's index has not heard of it, the hits are kept
        db.update("update employer set status = 'SUSPENDED' where id = ?", employer.employerId());
        assertThat(ids(Map.of("q", m))).isEmpty();
        assertThat(search.reusedHits()).isEqualTo(reused + 1);
        db.update("update employer set status = 'APPROVED' where id = ?", employer.employerId());
        assertThat(ids(Map.of("q", m))).containsExactly(a);
    }

    @Test
    void a_change_another_copy_made_shows_once_the_index_catches_up_on_it() {
        String m = Jobs.marker();
        String other = Jobs.marker();
        Api.Session employer = Employers.approved(Api.unique("sc-copy")).owner();
        String a = job(employer, "质检员", m);
        assertThat(ids(Map.of("q", other))).isEmpty();
        assertThat(ids(Map.of("q", other))).isEmpty();

        db.update("update job set description = ? where id = ?", "新的描述 " + other, a);
        db.update("insert into job_change (job_id, changed_at) values (?, current_timestamp)", a);
        index.catchUp();
        assertThat(ids(Map.of("q", other))).containsExactly(a);
    }

    @Test
    void kept_hits_last_their_lifetime_only() {
        String m = Jobs.marker();
        Api.Session employer = Employers.approved(Api.unique("sc-ttl")).owner();
        String a = job(employer, "仓库管理员", m);
        ids(Map.of("q", m));
        long reused = search.reusedHits();

        clock.advance(Duration.ofSeconds(61));
        assertThat(ids(Map.of("q", m))).containsExactly(a);
        assertThat(search.reusedHits()).isEqualTo(reused);
    }
}
