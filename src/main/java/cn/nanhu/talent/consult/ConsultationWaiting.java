package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** The moves both sides share: a ticket starts waiting for staff (with its due time), a message is added. */
@ApplicationScoped
class ConsultationWaiting {

    private final ConsultationDue due;
    private final StaffDirectory staff;
    private final Tally tally;
    private final Clock clock;

    ConsultationWaiting(ConsultationDue due, StaffDirectory staff, Tally tally, Clock clock) {
        this.due = due;
        this.staff = staff;
        this.clock = clock;
        this.tally = tally;
    }

    /** OPEN from now: staff owe an answer one working day later. */
    void startWaiting(Consultation c, OffsetDateTime now) {
        c.status = Consultation.Status.OPEN;
        c.waitingSince = now;
        c.dueAt = due.dueAt(now);
        c.updatedAt = now;
    }

    /** Staff answered: nothing is owed until the asking side writes again. */
    void answered(Consultation c, ConsultationMessage reply, OffsetDateTime now) {
        // a reply to a ticket waiting for staff keeps the due time it met or missed, for the statistics
        reply.answerDueAt = c.dueAt;
        c.status = Consultation.Status.ANSWERED;
        c.waitingSince = null;
        c.dueAt = null;
        c.lastStaffReplyAt = now;
        c.lastStaffMessageId = reply.id;
        c.updatedAt = now;
        tally.consultation(c.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ConsultationMessage addMessage(Consultation c, ConsultationMessage.AuthorKind kind, String authorId, String text, OffsetDateTime now) {
        ConsultationMessage m = new ConsultationMessage();
        m.id = Ids.newId(clock);
        m.consultationId = c.id;
        m.authorKind = kind;
        m.authorId = authorId;
        m.content = text;
        m.createdAt = now;
        m.persist();
        c.lastMessageAt = now;
        c.lastMessageId = m.id;
        c.updatedAt = now;
        return m;
    }

    /** Whether the assignee is still an enabled SERVICE member, who can take the ticket back up. */
    boolean assigneeCanServe(Consultation c) {
        return c.assigneeId != null && staff.find(c.assigneeId).map(s -> s.can(Roles.SERVICE)).orElse(false);
    }
}
