package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.InvalidInput;
import io.quarkus.panache.common.Parameters;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Keyset-paged ticket lists, newest activity first: for the asking side and for staff. */
final class TicketQueries {

    private TicketQueries() {
    }

    /** What staff ask for: an assignee (null for any, "" for none), a status, only overdue ones. */
    record StaffFilter(String assigneeId, boolean unassigned, Consultation.Status status, boolean overdueOnly) {
    }

    /** A seeker's own tickets, and the tickets of the employer the user is an active member of. */
    static List<Consultation> visibleTo(String userId, String employerId, boolean openOnly, Cursor cursor, int limit) {
        StringBuilder q = new StringBuilder("((employerId is null and askerUserId = :user)");
        Parameters p = Parameters.with("user", userId);
        if (employerId != null) {
            q.append(" or employerId = :employer");
            p.and("employer", employerId);
        }
        q.append(")");
        if (openOnly) {
            q.append(" and status <> :closed");
            p.and("closed", Consultation.Status.CLOSED);
        }
        return page(q, p, cursor, limit);
    }

    static List<Consultation> forStaff(StaffFilter f, OffsetDateTime now, Cursor cursor, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.unassigned()) {
            q.append(" and assigneeId is null");
        } else if (f.assigneeId() != null) {
            q.append(" and assigneeId = :assignee");
            p.and("assignee", f.assigneeId());
        }
        if (f.status() != null) {
            q.append(" and status = :status");
            p.and("status", f.status());
        }
        if (f.overdueOnly()) {
            q.append(" and status = :open and dueAt < :now");
            p.and("open", Consultation.Status.OPEN).and("now", now);
        }
        return page(q, p, cursor, limit);
    }

    static Cursor cursorOf(Consultation c) {
        return Cursor.of(c.lastMessageAt.toInstant().toString(), c.id);
    }

    private static List<Consultation> page(StringBuilder q, Parameters p, Cursor cursor, int limit) {
        if (cursor != null) {
            q.append(" and (lastMessageAt < :cAt or (lastMessageAt = :cAt and id < :cId))");
            try {
                p.and("cAt", OffsetDateTime.parse(cursor.part(0))).and("cId", cursor.part(1));
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
            }
        }
        return Consultation.<Consultation>find(q.append(" order by lastMessageAt desc, id desc").toString(), p)
                .page(0, limit).list();
    }
}
