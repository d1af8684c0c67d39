package cn.nanhu.talent.consult;

import static cn.nanhu.talent.consult.Consults.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.common.SqlValues;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff owe an answer one working day after a ticket starts waiting: weekends, holidays and make-up days count as the calendar says. */
@QuarkusTest
class ConsultationOverdueTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;
    @Inject
    ConsultationDue due;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_ticket_opened_the_working_day_before_national_day_is_due_on_the_first_working_day_after_it() {
        Api.Session hr = Consults.service("hol");
        Api.Session seeker = Api.wechatUser(Api.unique("hol"));
        Api.Session admin = Api.admin();
        clock.set(OffsetDateTime.parse("2026-09-30T10:00:00+08:00").toInstant());

        String id = Consults.openAssigned(seeker, "国庆前的咨询", hr, admin);

        OffsetDateTime dueAt = OffsetDateTime.parse("2026-10-08T10:00:00+08:00");
        assertThat(SqlValues.time(db.row("select due_at from consultation where id = ?", id).get("due_at")).toInstant())
                .isEqualTo(dueAt.toInstant());
        clock.set(OffsetDateTime.parse("2026-10-08T09:59:00+08:00").toInstant());
        String shown = hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("overdue", equalTo(false))
                .extract().path("dueAt");
        assertThat(OffsetDateTime.parse(shown).toInstant()).isEqualTo(dueAt.toInstant());
        admin.as().queryParam("assignee", hr.id()).queryParam("overdue", "true").when().get(STAFF).then().statusCode(200).body("items", empty());

        clock.set(OffsetDateTime.parse("2026-10-08T10:01:00+08:00").toInstant());
        hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("overdue", equalTo(true));
        admin.as().queryParam("assignee", hr.id()).queryParam("overdue", "true").when().get(STAFF)
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].overdue", equalTo(true));
        hr.as().queryParam("assignee", "me").queryParam("overdue", "true").when().get(STAFF).then().statusCode(200).body("items.id", contains(id));

        Consults.reply(hr, id, "节后答复");
        admin.as().queryParam("assignee", hr.id()).queryParam("overdue", "true").when().get(STAFF).then().statusCode(200).body("items", empty());
        hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("overdue", equalTo(false));
    }

    @Test
    void a_friday_afternoon_ticket_is_due_on_monday_afternoon() {
        Api.Session hr = Consults.service("wkd");
        Api.Session seeker = Api.wechatUser(Api.unique("wkd"));
        Api.Session admin = Api.admin();
        clock.set(OffsetDateTime.parse("2026-11-27T15:00:00+08:00").toInstant());

        String id = Consults.openAssigned(seeker, "周五下午的咨询", hr, admin);

        assertThat(SqlValues.time(db.row("select due_at from consultation where id = ?", id).get("due_at")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-30T15:00:00+08:00").toInstant());
        clock.set(OffsetDateTime.parse("2026-11-29T23:00:00+08:00").toInstant());
        hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("overdue", equalTo(false));
        clock.set(OffsetDateTime.parse("2026-11-30T15:00:01+08:00").toInstant());
        hr.as().when().get(STAFF + "/" + id).then().statusCode(200).body("overdue", equalTo(true));
    }

    @Test
    void the_due_time_follows_the_calendar() {
        // the same time on the next working day
        assertThat(due.dueAt(OffsetDateTime.parse("2026-11-24T09:30:00+08:00"))).isEqualTo("2026-11-25T09:30:00+08:00");
        // a make-up working day (Saturday 10 October 2026) counts
        assertThat(due.dueAt(OffsetDateTime.parse("2026-10-09T11:00:00+08:00"))).isEqualTo("2026-10-10T11:00:00+08:00");
        // started on a day off: due at the end of the first working day after it
        assertThat(due.dueAt(OffsetDateTime.parse("2026-11-28T10:00:00+08:00"))).isEqualTo("2026-12-01T00:00:00+08:00");
        assertThat(due.dueAt(OffsetDateTime.parse("2026-10-03T10:00:00+08:00"))).isEqualTo("2026-10-09T00:00:00+08:00");
        // China time decides the day: 23:30 UTC on Friday is already Saturday in Nanhu
        assertThat(due.dueAt(OffsetDateTime.parse("2026-11-27T23:30:00Z"))).isEqualTo("2026-12-01T00:00:00+08:00");
    }
}
