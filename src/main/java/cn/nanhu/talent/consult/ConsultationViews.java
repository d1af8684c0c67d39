package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.consult.ConsultDtos.Asker;
import cn.nanhu.talent.consult.ConsultDtos.Assignee;
import cn.nanhu.talent.consult.ConsultDtos.MessageView;
import cn.nanhu.talent.consult.ConsultDtos.Rating;
import cn.nanhu.talent.consult.ConsultDtos.StaffTicketView;
import cn.nanhu.talent.consult.ConsultDtos.TicketView;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.employer.EmployerService;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.identity.UserDirectory;
import cn.nanhu.talent.seeker.SeekerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Tickets as each side sees them. The asking side sees staff by display name; staff see the asker
 * by a masked name and masked phone, and the employer, and never an openid.
 */
@ApplicationScoped
class ConsultationViews {

    /** How long after closing the asking side may reopen a ticket. */
    static final Duration REOPEN_WINDOW = Duration.ofDays(7);
    static final String DELETED_ASKER = "已注销用户";

    private final StaffDirectory staff;
    private final UserDirectory users;
    private final SeekerService seekers;
    private final EmployerService employers;
    private final EntityManager em;
    private final Clock clock;

    ConsultationViews(StaffDirectory staff, UserDirectory users, SeekerService seekers, EmployerService employers,
            EntityManager em, Clock clock) {
        this.staff = staff;
        this.users = users;
        this.seekers = seekers;
        this.employers = employers;
        this.em = em;
        this.clock = clock;
    }

    /** Now, to the millisecond, so stored times and keyset cursors compare exactly on every database. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TicketView forAsker(Consultation c, String userId, boolean withMessages) {
        OffsetDateTime now = now();
        boolean canReopen = c.status == Consultation.Status.CLOSED && c.closedAt != null
                && !now.isAfter(c.closedAt.plus(REOPEN_WINDOW));
        return new TicketView(c.id, c.topic, c.status.name(), c.isEmployerTicket(), staffName(c.assigneeId), c.createdAt,
                c.lastMessageAt, c.closedAt, answeredUnread(c, userId), canReopen, rating(c),
                withMessages ? messages(c, false) : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    StaffTicketView forStaff(Consultation c, boolean withMessages) {
        return new StaffTicketView(c.id, c.topic, c.status.name(), c.isEmployerTicket() ? "EMPLOYER" : "SEEKER", asker(c),
                c.assigneeId == null ? null : new Assignee(c.assigneeId, staffName(c.assigneeId)), c.dueAt,
                c.overdueAt(now()), c.createdAt, c.lastMessageAt, c.closedAt, rating(c), withMessages ? messages(c, true) : null);
    }

    /** A staff reply after the last message this user was shown. Ids, not times: two writes in one millisecond stay ordered. */
    boolean answeredUnread(Consultation c, String userId) {
        if (c.lastStaffMessageId == null) {
            return false;
        }
        List<?> seen = em.createNativeQuery("select last_message_id from consultation_seen where consultation_id = ?1 and user_id = ?2")
                .setParameter(1, c.id).setParameter(2, userId).getResultList();
        return seen.isEmpty() || seen.get(0).toString().compareTo(c.lastStaffMessageId) < 0;
    }

    /** Records that the user was shown the ticket up to its last message; concurrent readers never collide or go back. */
    @Transactional(Transactional.TxType.MANDATORY)
    void markSeen(Consultation c, String userId) {
        if (c.lastMessageId == null) {
            return;
        }
        OffsetDateTime at = now();
        em.createNativeQuery("insert into consultation_seen (consultation_id, user_id, last_message_id, seen_at) values (?1, ?2, ?3, ?4)"
                + " on conflict do nothing")
                .setParameter(1, c.id).setParameter(2, userId).setParameter(3, c.lastMessageId).setParameter(4, at).executeUpdate();
        em.createNativeQuery("update consultation_seen set last_message_id = ?3, seen_at = ?4"
                + " where consultation_id = ?1 and user_id = ?2 and last_message_id < ?3")
                .setParameter(1, c.id).setParameter(2, userId).setParameter(3, c.lastMessageId).setParameter(4, at).executeUpdate();
    }

    private List<MessageView> messages(Consultation c, boolean forStaff) {
        return ConsultationMessage.<ConsultationMessage>list("consultationId = ?1 order by id", c.id).stream()
                .map(m -> m.authorKind == ConsultationMessage.AuthorKind.STAFF
                        ? new MessageView(m.id, "STAFF", staffName(m.authorId), m.content, false, m.createdAt)
                        : new MessageView(m.id, "ASKER", null, m.erased ? null : m.content, m.erased, m.createdAt))
                .toList();
    }

    private Asker asker(Consultation c) {
        String employerName = null;
        if (c.employerId != null) {
            PublicEmployer e = employers.publicProfiles(Set.of(c.employerId)).get(c.employerId);
            employerName = e == null ? null : e.name();
        }
        if (c.askerDeleted || !users.isActive(c.askerUserId)) {
            return new Asker(DELETED_ASKER, null, c.employerId, employerName);
        }
        String name = seekers.exists(c.askerUserId) ? Masking.personName(seekers.get(c.askerUserId).name()) : "微信用户";
        return new Asker(name, users.maskedPhone(c.askerUserId).orElse(null), c.employerId, employerName);
    }

    private static Rating rating(Consultation c) {
        return c.ratingScore == null ? null : new Rating(c.ratingScore, c.ratingComment, c.ratedAt);
    }

    private String staffName(String staffId) {
        return staffId == null ? null : staff.find(staffId).map(StaffDirectory.StaffSummary::displayName).orElse(null);
    }
}
