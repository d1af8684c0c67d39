package cn.nanhu.talent.consult;

import static cn.nanhu.talent.consult.Consults.STAFF;
import static cn.nanhu.talent.consult.Consults.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Who gets a new ticket: an employer's dedicated HR, else the SERVICE pool in turn, never a disabled member. */
@QuarkusTest
class ConsultationRoutingTest {

    @Inject
    Db db;

    @Test
    void an_employer_ticket_goes_to_its_dedicated_hr_and_to_the_pool_once_that_member_is_disabled() {
        Employers.Registered company = Employers.approved(Api.unique("consultco"));
        Api.Session hr = Consults.service("dhr");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("staffId", hr.id()))
                .when().put("/api/v1/admin/employers/" + company.employerId() + "/dedicated-hr").then().statusCode(200);
        Object position = rotation();

        String id = Consults.openAsEmployer(company.owner(), "招用外地员工的社保政策");

        assertThat(db.row("select assignee_id, employer_id, asker_user_id, status from consultation where id = ?", id))
                .containsEntry("assignee_id", hr.id()).containsEntry("employer_id", company.employerId())
                .containsEntry("asker_user_id", company.owner().id()).containsEntry("status", "OPEN");
        assertThat(rotation()).as("a dedicated HR takes no turn from the pool").isEqualTo(position);
        hr.as().queryParam("assignee", "me").when().get(STAFF).then().statusCode(200).body("items.id", hasItem(id));

        Consults.setEnabled(hr, false);
        String second = Consults.openAsEmployer(company.owner(), "再问一个问题");
        Object assignee = db.row("select assignee_id from consultation where id = ?", second).get("assignee_id");
        assertThat(assignee).isNotNull().isNotEqualTo(hr.id());
        assertThat(rotation()).isEqualTo(assignee);
    }

    @Test
    void opening_as_an_employer_needs_an_active_membership() {
        Api.Session seeker = Api.wechatUser(Api.unique("notemp"));
        String topic = Api.unique("冒充单位");
        Map<String, Object> body = Consults.body(topic);
        body.put("asEmployer", true);
        seeker.as().contentType(ContentType.JSON).body(body).when().post(USER)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(db.count("select count(*) from consultation where topic = ?", topic)).isZero();
    }

    @Test
    void seekers_tickets_go_round_the_service_pool_and_skip_disabled_members() {
        Api.Session a = Consults.service("rra");
        Api.Session b = Consults.service("rrb");
        Api.Session c = Consults.service("rrc");
        Consults.setEnabled(b, false);
        // the turn before a: a, b and c are the newest SERVICE members, so they come last in id order
        db.update("update consultation_rotation set last_staff_id = ? where pool = 'SERVICE'", a.id().substring(0, 25));
        Api.Session seeker = Api.wechatUser(Api.unique("rr"));

        String first = Consults.open(seeker, "第一个问题");
        String second = Consults.open(seeker, "第二个问题");
        String third = Consults.open(seeker, "第三个问题");

        assertThat(assignee(first)).isEqualTo(a.id());
        assertThat(assignee(second)).as("b is disabled").isEqualTo(c.id());
        Object firstOfPool = db.rows("select id from staff_account where enabled = true and roles like '%SERVICE%' order by id")
                .get(0).get("id");
        assertThat(assignee(third)).as("after the last member the turn goes back to the first").isEqualTo(firstOfPool)
                .isNotEqualTo(b.id());
        assertThat(rotation()).isEqualTo(firstOfPool);
    }

    @Test
    void concurrent_tickets_never_get_the_same_turn() throws Exception {
        List<Api.Session> pool = List.of(Consults.service("cca"), Consults.service("ccb"), Consults.service("ccc"), Consults.service("ccd"));
        List<Api.Session> seekers = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            seekers.add(Api.wechatUser(Api.unique("cc" + i)));
        }
        db.update("update consultation_rotation set last_staff_id = ? where pool = 'SERVICE'", pool.get(0).id().substring(0, 25));

        ExecutorService executor = Executors.newFixedThreadPool(pool.size());
        try {
            List<Future<String>> opened = new ArrayList<>();
            for (Api.Session s : seekers) {
                opened.add(executor.submit((Callable<String>) () -> Consults.open(s, "同时提问")));
            }
            Set<Object> assignees = new HashSet<>();
            for (Future<String> f : opened) {
                assignees.add(assignee(f.get(30, TimeUnit.SECONDS)));
            }
            assertThat(assignees).containsExactlyInAnyOrderElementsOf(pool.stream().map(Api.Session::id).toList());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void with_no_service_staff_a_ticket_waits_unassigned_where_admins_see_it() {
        List<Object> enabled = db.rows("select id from staff_account where enabled = true and roles like '%SERVICE%'").stream()
                .map(r -> r.get("id")).toList();
        Api.Session seeker = Api.wechatUser(Api.unique("nopool"));
        Api.Session admin = Api.admin();
        String id;
        try {
            db.update("update staff_account set enabled = false where enabled = true and roles like '%SERVICE%'");
            id = Consults.open(seeker, "没人值班的时候");
        } finally {
            for (Object staffId : enabled) {
                db.update("update staff_account set enabled = true where id = ?", staffId);
            }
        }
        assertThat(assignee(id)).isNull();
        admin.as().queryParam("assignee", "none").queryParam("size", 100).when().get(STAFF)
                .then().statusCode(200).body("items.id", hasItem(id));
        admin.as().when().get(STAFF + "/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("$", not(org.hamcrest.Matchers.hasKey("assignee")));
    }

    private Object assignee(String ticketId) {
        return db.row("select assignee_id from consultation where id = ?", ticketId).get("assignee_id");
    }

    private Object rotation() {
        return db.row("select last_staff_id from consultation_rotation where pool = 'SERVICE'").get("last_staff_id");
    }
}
