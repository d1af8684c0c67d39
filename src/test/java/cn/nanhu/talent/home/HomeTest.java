package cn.nanhu.talent.home;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.nanhu.talent.content.ContentFeed;
import cn.nanhu.talent.content.ContentFixtures;
import cn.nanhu.talent.seeker.SeekerService;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The home page in one call: each section is what its own endpoint would show first, signed-in
 * callers also get their suggestions and open consultations, and the caching headers fit who asked.
 */
@QuarkusTest
class HomeTest {

    private static final String HOME = "/api/v1/home";

    @Inject
    ContentFeed feed;

    @Inject
    SeekerService seekers;

    @Test
    void anonymous_callers_get_every_section_as_the_sections_own_endpoints_show_it() {
        Api.Session admin = Api.admin();
        String marker = ContentFixtures.marker();
        Map<String, Object> pinned = ContentFixtures.announcement("置顶公告" + marker);
        pinned.put("pinned", true);
        pinned.put("coverFileId", ContentFixtures.uploadPng(admin));
        String announcement = ContentFixtures.published(admin, ContentFixtures.ADMIN_ANNOUNCEMENTS, pinned);
        String article = ContentFixtures.published(admin, ContentFixtures.ADMIN_ARTICLES, ContentFixtures.article("南湖故事" + marker));
        String fair = Fairs.published(admin, Fairs.body("首页专场" + marker));

        Response r = given().when().get(HOME).then().statusCode(200).extract().response();
        assertThat(r.header("Cache-Control")).contains("max-age=0").doesNotContain("private");
        assertThat(r.header("Vary")).contains("Authorization");
        JsonPath home = r.jsonPath();

        // the newest pinned announcement with a cover leads both the banners and the announcements
        assertThat(home.getString("banners[0].id")).isEqualTo(announcement);
        assertThat(home.getString("banners[0].coverFileId")).isNotBlank();
        assertThat(home.getList("announcements.id", String.class))
                .isEqualTo(first(ContentFixtures.publicIds(ContentFixtures.ANNOUNCEMENTS, Map.of()), 5))
                .contains(announcement);
        assertThat(home.getList("showcase.id", String.class))
                .isEqualTo(first(ContentFixtures.publicIds(ContentFixtures.ARTICLES, Map.of("column", "showcase")), 5))
                .contains(article);
        int at = home.getList("showcase.id", String.class).indexOf(article);
        assertThat(home.getString("showcase[" + at + "].title")).isEqualTo("南湖故事" + marker);
        assertThat(home.getString("showcase[" + at + "].column")).isEqualTo("showcase");

        // fairs: under way or to come, soonest first, as /api/v1/fairs lists them
        List<String> expectedFairs = soonestFirst(Fairs.publicIds("ONGOING"), Fairs.publicIds("PUBLISHED"));
        assertThat(home.getList("fairs.id", String.class)).isEqualTo(first(expectedFairs, 5));
        assertThat(expectedFairs).contains(fair);
        assertThat(home.getList("fairs.status", String.class)).allMatch(s -> s.equals("PUBLISHED") || s.equals("ONGOING"));

        assertThat(home.getList("suggested")).isEmpty();
        assertThat(home.getBoolean("consultation.signedIn")).isFalse();
        assertThat(home.getString("consultation.title")).isEqualTo("求职咨询");
        assertThat(home.getList("consultation.openTickets")).isEmpty();
        assertThat(home.getString("generatedAt")).isNotBlank();
    }

    @Test
    void a_signed_in_seeker_also_gets_suggestions_for_their_places_and_their_open_consultations() {
        Api.Session admin = Api.admin();
        String marker = ContentFixtures.marker();
        Api.Session seeker = Api.wechatUser(Api.unique("home"));
        Map<String, Object> profile = Seekers.profile("何" + marker.substring(2, 4));
        profile.put("currentDistrictCode", "330402");
        Seekers.register(seeker, profile);
        Map<String, Object> forJiaxing = ContentFixtures.announcement("嘉兴求职补贴" + marker);
        forJiaxing.put("tags", List.of("3304", "SEEKER"));
        String suggestion = ContentFixtures.published(admin, ContentFixtures.ADMIN_ANNOUNCEMENTS, forJiaxing);
        String ticket = seeker.as().contentType(ContentType.JSON)
                .body(Map.of("topic", "灵活就业社保" + marker, "content", "请问灵活就业人员怎样办理社保登记？"))
                .when().post("/api/v1/consultations").then().statusCode(201).extract().path("id");

        Response r = seeker.as().when().get(HOME).then().statusCode(200).extract().response();
        assertThat(r.header("Cache-Control")).contains("private").contains("no-store");
        JsonPath home = r.jsonPath();

        List<String> announcements = home.getList("announcements.id", String.class);
        List<String> suggested = home.getList("suggested.id", String.class);
        // shown once: in the latest announcements, or else among the suggestions
        assertThat(announcements.contains(suggestion) ^ suggested.contains(suggestion)).isTrue();
        assertThat(suggested).doesNotContainAnyElementsOf(announcements)
                .isEqualTo(feed.suggested("SEEKER", seekers.places(seeker.id()), List.of(), announcements, 5).stream()
                        .map(ContentFeed.ContentCard::id).toList());

        assertThat(home.getBoolean("consultation.signedIn")).isTrue();
        assertThat(home.getString("consultation.openTickets[0].id")).isEqualTo(ticket);
        assertThat(home.getString("consultation.openTickets[0].topic")).isEqualTo("灵活就业社保" + marker);
        assertThat(home.getString("consultation.openTickets[0].status")).isEqualTo("OPEN");
        assertThat(home.getString("consultation.dedicatedHr")).isNull();

        // a closed ticket leaves the entry
        seeker.as().when().post("/api/v1/consultations/" + ticket + "/close").then().statusCode(200);
        assertThat(seeker.as().when().get(HOME).then().statusCode(200).extract().jsonPath()
                .getList("consultation.openTickets.id", String.class)).doesNotContain(ticket);
    }

    @Test
    void an_employer_member_sees_its_dedicated_hr_and_suggestions_for_employers_only() {
        Api.Session admin = Api.admin();
        String marker = ContentFixtures.marker();
        Employers.Registered employer = Employers.approved(Api.unique("homeco"));
        Api.Session hr = Api.newStaff(Api.unique("hr"), "SERVICE");
        String hrId = hr.id();
        admin.as().contentType(ContentType.JSON).body(Map.of("staffId", hrId))
                .when().put("/api/v1/admin/employers/" + employer.employerId() + "/dedicated-hr").then().statusCode(200);
        Map<String, Object> forSeekers = ContentFixtures.announcement("求职者专属" + marker);
        forSeekers.put("tags", List.of("SEEKER"));
        String seekersOnly = ContentFixtures.published(admin, ContentFixtures.ADMIN_ANNOUNCEMENTS, forSeekers);

        JsonPath home = employer.owner().as().when().get(HOME).then().statusCode(200).extract().jsonPath();
        assertThat(home.getString("consultation.dedicatedHr.staffId")).isEqualTo(hrId);
        assertThat(home.getString("consultation.dedicatedHr.displayName")).isNotBlank();
        assertThat(home.getList("suggested.id", String.class)).doesNotContain(seekersOnly);
        assertThat(home.getList("suggested.tags", List.class)).allMatch(tags -> !tags.contains("SEEKER"));
    }

    @Test
    void staff_get_the_public_page_and_a_bad_token_is_refused() {
        JsonPath home = Api.admin().as().when().get(HOME).then().statusCode(200).extract().jsonPath();
        assertThat(home.getBoolean("consultation.signedIn")).isFalse();
        given().header("Authorization", "Bearer not-a-token").when().get(HOME).then().statusCode(401);
        given().when().post(HOME).then().statusCode(405);
        given().when().get(HOME).then().statusCode(200).body("consultation.description", containsString("专属HR"));
    }

    private static List<String> first(List<String> ids, int n) {
        return ids.subList(0, Math.min(n, ids.size()));
    }

    /** Ongoing and upcoming fairs in one list by start time, as the two public lists give them. */
    private static List<String> soonestFirst(List<String> ongoing, List<String> upcoming) {
        Set<String> ids = new LinkedHashSet<>(ongoing);
        ids.addAll(upcoming);
        List<Object[]> rows = new ArrayList<>();
        for (String id : ids) {
            String start = given().when().get("/api/v1/fairs/" + id).then().statusCode(200).extract().path("startAt");
            rows.add(new Object[] {OffsetDateTime.parse(start), id});
        }
        rows.sort(Comparator.comparing((Object[] row) -> ((OffsetDateTime) row[0]).toInstant()).thenComparing(row -> (String) row[1]));
        return rows.stream().map(row -> (String) row[1]).toList();
    }
}
