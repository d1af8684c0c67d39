package cn.nanhu.talent.consult;

import cn.nanhu.talent.identity.AccountDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * When a user deletes the account (注销): the texts they wrote are erased, the topics of their own
 * tickets too, and those tickets are closed. Tickets and messages stay as rows, de-identified, so
 * the service's figures (tickets, answers, ratings) still count them; an employer keeps its tickets.
 */
@ApplicationScoped
class ConsultAccounts {

    static final String ERASED_TOPIC = "已注销用户的咨询";

    private final EntityManager em;
    private final Clock clock;

    ConsultAccounts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ConsultationMessage.update("content = '', erased = true where authorKind = ?1 and authorId = ?2",
                ConsultationMessage.AuthorKind.USER, event.userId());
        Consultation.update("status = ?1, closedAt = ?2, waitingSince = null, dueAt = null, updatedAt = ?2, version = version + 1"
                + " where askerUserId = ?3 and employerId is null and status <> ?1", Consultation.Status.CLOSED, now, event.userId());
        Consultation.update("topic = ?1, askerDeleted = true, updatedAt = ?2, version = version + 1 where askerUserId = ?3 and employerId is null",
                ERASED_TOPIC, now, event.userId());
        Consultation.update("askerDeleted = true, updatedAt = ?1, version = version + 1 where askerUserId = ?2 and employerId is not null",
                now, event.userId());
        em.createNativeQuery("delete from consultation_seen where user_id = ?1").setParameter(1, event.userId()).executeUpdate();
    }
}
