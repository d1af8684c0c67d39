package cn.nanhu.talent.stats;

import static cn.nanhu.talent.stats.StatsFixtures.STATS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Who may read the statistics (admins only), and how bad queries are refused, naming the parameter. */
@QuarkusTest
class StatsAccessTest {

    @Inject
    Db db;

    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET", STATS + "/overview"},
            new String[] {"GET", STATS + "/breakdown?dimension=DISTRICT"},
            new String[] {"GET", STATS + "/series?metric=APPLICATIONS"},
            new String[] {"GET", STATS + "/export"},
            new String[] {"POST", STATS + "/rebuild"});

    @Test
    void anonymous_callers_get_401_and_every_role_but_admin_gets_403() {
        long rebuilds = db.count("select count(*) from audit_log where action = 'STATS_REBUILT'");
        check(r -> given(), 401);
        Api.Session seeker = Api.wechatUser(Api.unique("stseek"));
        check(r -> seeker.as(), 403);
        for (String role : List.of("REVIEWER", "SERVICE")) {
            Api.Session staff = Api.newStaff(Api.unique("st" + role.toLowerCase()), role);
            check(r -> staff.as(), 403);
        }
        assertThat(db.count("select count(*) from audit_log where action = 'STATS_REBUILT'")).isEqualTo(rebuilds);
    }

    @Test
    void bad_queries_are_400_problems_naming_the_parameter() {
        Api.Session admin = Api.admin();
        bad(admin, "/overview", Map.of("from", "2026-13-01"), "from");
        bad(admin, "/overview", Map.of("to", "yesterday"), "to");
        bad(admin, "/overview", Map.of("from", "2026-11-02", "to", "2026-11-01"), "to");
        bad(admin, "/overview", Map.of("from", "2020-01-01", "to", "2026-11-01"), "from");
        bad(admin, "/overview", Map.of("dimension", "PLANET"), "dimension");
        bad(admin, "/overview", Map.of("dimension", "DISTRICT"), "value");
        bad(admin, "/overview", Map.of("value", "330402"), "value");
        bad(admin, "/breakdown", Map.of(), "dimension");
        bad(admin, "/breakdown", Map.of("dimension", "ALL"), "dimension");
        bad(admin, "/series", Map.of(), "metric");
        bad(admin, "/series", Map.of("metric", "HAPPINESS"), "metric");
        bad(admin, "/series", Map.of("metric", "JOBS_OPEN"), "metric");
        bad(admin, "/series", Map.of("metric", "APPLICATIONS", "granularity", "YEAR"), "granularity");
        bad(admin, "/export", Map.of("granularity", "HOUR"), "granularity");
        bad(admin, "/export", Map.of("dimension", "PLANET"), "dimension");
    }

    @Test
    void an_admin_rebuild_is_audited_and_reports_what_it_wrote() {
        Api.Session admin = Api.admin();
        long before = db.count("select count(*) from audit_log where action = 'STATS_REBUILT' and actor_id = ?", admin.id());
        var body = admin.as().when().post(STATS + "/rebuild").then().statusCode(200).extract().jsonPath();
        assertThat(body.getLong("subjects")).isEqualTo(db.count("select count(*) from stats_subject"));
        assertThat(body.getLong("gaugeRows")).isEqualTo(db.count("select count(*) from stats_gauge where n <> 0"));
        assertThat(body.getLong("dailyRows")).isEqualTo(db.count("select count(*) from stats_daily where n <> 0 and metric not like 'CHANNEL%'"));
        assertThat(db.count("select count(*) from audit_log where action = 'STATS_REBUILT' and actor_id = ?", admin.id())).isEqualTo(before + 1);
    }

    private static void check(Function<String, RequestSpecification> as, int status) {
        for (String[] e : ENDPOINTS) {
            var spec = as.apply(e[1]);
            (e[0].equals("GET") ? spec.when().get(e[1]) : spec.when().post(e[1]))
                    .then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        }
    }

    private static void bad(Api.Session admin, String path, Map<String, String> query, String field) {
        admin.as().queryParams(query).when().get(STATS + path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
