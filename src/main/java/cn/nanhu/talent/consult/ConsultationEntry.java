package cn.nanhu.talent.consult;

import cn.nanhu.talent.employer.EmployerAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** The consultation card of the home page: the caller's tickets that are still going. */
@ApplicationScoped
public class ConsultationEntry {

    /** The most a card shows. */
    static final int MAX = 20;

    /** A ticket on the home page; {@code answeredUnread}: a staff reply the user has not read yet. */
    public record TicketCard(String id, String topic, String status, OffsetDateTime lastMessageAt, boolean answeredUnread) {
    }

    private final ConsultationViews views;
    private final EmployerAccess employers;

    ConsultationEntry(ConsultationViews views, EmployerAccess employers) {
        this.views = views;
        this.employers = employers;
    }

    /** The user's tickets (their own, and their employer's) that are not CLOSED, newest activity first, at most {@code n} (up to 20). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TicketCard> openTickets(String userId, int n) {
        if (userId == null || n <= 0) {
            return List.of();
        }
        return TicketQueries.visibleTo(userId, employers.activeEmployerOf(userId).orElse(null), true, null, Math.min(n, MAX)).stream()
                .map(c -> new TicketCard(c.id, c.topic, c.status.name(), c.lastMessageAt, views.answeredUnread(c, userId)))
                .toList();
    }
}
