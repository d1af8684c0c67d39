package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.consult.ConsultDtos.OpenRequest;
import cn.nanhu.talent.consult.ConsultDtos.RatingRequest;
import cn.nanhu.talent.consult.ConsultDtos.TicketView;
import cn.nanhu.talent.consult.Consultation.Status;
import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Consultations as the asking side has them: a seeker's own tickets, or an employer's tickets,
 * which every active member of the employer may read and write. Another person's ticket is 404.
 */
@ApplicationScoped
public class ConsultationService {

    private final ConsultationRouting routing;
    private final ConsultationWaiting waiting;
    private final ConsultContentCheck content;
    private final ConsultationViews views;
    private final EmployerAccess employers;
    private final Tally tally;
    private final Clock clock;

    ConsultationService(ConsultationRouting routing, ConsultationWaiting waiting, ConsultContentCheck content,
            ConsultationViews views, EmployerAccess employers, Tally tally, Clock clock) {
        this.clock = clock;
        this.tally = tally;
        this.routing = routing;
        this.waiting = waiting;
        this.content = content;
        this.views = views;
        this.employers = employers;
    }

    /** Opens a ticket; as an employer it needs an active membership (403 otherwise) and goes to the dedicated HR. */
    @Transactional
    public TicketView open(String userId, OpenRequest r) {
        String employerId = Boolean.TRUE.equals(r.asEmployer()) ? employers.active(userId).employerId() : null;
        String topic = r.topic().strip();
        String text = r.content().strip();
        content.check(userId, "topic", topic);
        content.check(userId, "content", text);
        OffsetDateTime now = views.now();
        Consultation c = new Consultation();
        c.id = Ids.newId(clock);
        c.askerUserId = userId;
        c.employerId = employerId;
        c.topic = topic;
        c.assigneeId = routing.assigneeFor(employerId).orElse(null);
        c.createdAt = now;
        c.lastMessageAt = now;
        waiting.startWaiting(c, now);
        c.persist();
        waiting.addMessage(c, ConsultationMessage.AuthorKind.USER, userId, text, now);
        tally.consultation(c.id);
        views.markSeen(c, userId);
        return views.forAsker(c, userId, true);
    }

    /** The tickets the user may see, newest activity first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TicketView> list(String userId, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 2);
        var rows = TicketQueries.visibleTo(userId, employers.activeEmployerOf(userId).orElse(null), false, cursor, page.size() + 1);
        return Page.fromLookahead(rows, page.size(), TicketQueries::cursorOf).map(c -> views.forAsker(c, userId, false));
    }

    /** One ticket with its messages; reading it clears "answered, unread" for this user. */
    @Transactional
    public TicketView get(String userId, String id) {
        Consultation c = visible(userId, id, false);
        views.markSeen(c, userId);
        return views.forAsker(c, userId, true);
    }

    /** The asking side writes again: an answered ticket waits for staff once more, with a new due time. */
    @Transactional
    public TicketView write(String userId, String id, String text) {
        Consultation c = visible(userId, id, false);
        String stripped = text.strip();
        content.check(userId, "content", stripped);
        // locked only after the content check, so no lock is held while WeChat answers; re-read under the lock
        Consultation.getEntityManager().refresh(c, LockModeType.PESSIMISTIC_WRITE);
        requireNotClosed(c);
        OffsetDateTime now = views.now();
        if (c.status == Status.ANSWERED) {
            waiting.startWaiting(c, now);
        }
        waiting.addMessage(c, ConsultationMessage.AuthorKind.USER, userId, stripped, now);
        views.markSeen(c, userId);
        return views.forAsker(c, userId, true);
    }

    @Transactional
    public TicketView close(String userId, String id) {
        Consultation c = visible(userId, id, true);
        requireNotClosed(c);
        OffsetDateTime now = views.now();
        c.status = Status.CLOSED;
        c.closedAt = now;
        c.waitingSince = null;
        c.dueAt = null;
        c.updatedAt = now;
        return views.forAsker(c, userId, true);
    }

    /** Reopens a ticket closed within the last 7 days; it waits for staff again. */
    @Transactional
    public TicketView reopen(String userId, String id) {
        Consultation c = visible(userId, id, true);
        if (c.status != Status.CLOSED) {
            throw new ApiException.InvalidState("咨询未关闭 / the consultation is not closed");
        }
        OffsetDateTime now = views.now();
        if (now.isAfter(c.closedAt.plus(ConsultationViews.REOPEN_WINDOW))) {
            throw new ApiException.InvalidState("关闭超过 7 天的咨询不能重新打开，请新建咨询 / a consultation closed more than 7 days ago cannot be reopened: open a new one");
        }
        c.closedAt = null;
        if (!waiting.assigneeCanServe(c)) {
            c.assigneeId = routing.assigneeFor(c.employerId).orElse(null);
        }
        waiting.startWaiting(c, now);
        return views.forAsker(c, userId, true);
    }

    /** The asker rates the service once, after a staff member has answered; a rating is not changed later. */
    @Transactional
    public TicketView rate(String userId, String id, RatingRequest r) {
        Consultation c = visible(userId, id, true);
        if (!c.askerUserId.equals(userId)) {
            throw new ApiException.Forbidden("只有提问人可以评价 / only the asker rates a consultation");
        }
        if (c.lastStaffReplyAt == null) {
            throw new ApiException.InvalidState("工作人员答复后才能评价 / rate once a staff member has answered");
        }
        if (c.ratingScore != null) {
            throw new ApiException.InvalidState("已经评价过了 / the consultation is already rated");
        }
        OffsetDateTime now = views.now();
        c.ratingScore = r.score();
        c.ratingComment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        c.ratedAt = now;
        c.updatedAt = now;
        return views.forAsker(c, userId, true);
    }

    private Consultation visible(String userId, String id, boolean lock) {
        Consultation c = !Ids.looksLikeId(id) ? null
                : lock ? Consultation.findById(id, LockModeType.PESSIMISTIC_WRITE) : Consultation.findById(id);
        boolean mine = c != null && (c.employerId == null
                ? c.askerUserId.equals(userId)
                : employers.activeEmployerOf(userId).filter(c.employerId::equals).isPresent());
        if (!mine) {
            throw new ApiException.NotFound("没有这个咨询 / no such consultation");
        }
        return c;
    }

    static void requireNotClosed(Consultation c) {
        if (c.status == Status.CLOSED) {
            throw new ApiException.InvalidState("咨询已关闭，请先重新打开 / the consultation is closed: reopen it first");
        }
    }
}
