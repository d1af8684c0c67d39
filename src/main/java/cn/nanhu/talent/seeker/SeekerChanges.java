package cn.nanhu.talent.seeker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Records, in the changing transaction, that candidate matching must look at a seeker again: a
 * seeker_change row for every copy of the service, and an event this copy handles after commit.
 */
@ApplicationScoped
public class SeekerChanges {

    private final EntityManager em;
    private final Event<SeekerChanged> events;
    private final Clock clock;

    public SeekerChanges(EntityManager em, Event<SeekerChanged> events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String userId) {
        em.createNativeQuery("insert into seeker_change (user_id, changed_at) values (?1, ?2)")
                .setParameter(1, userId).setParameter(2, OffsetDateTime.now(clock)).executeUpdate();
        events.fire(new SeekerChanged(userId));
    }
}
