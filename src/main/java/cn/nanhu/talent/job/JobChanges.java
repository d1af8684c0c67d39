package cn.nanhu.talent.job;

import cn.nanhu.talent.employer.EmployerStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Records, in the changing transaction, that search must look at a job or an employer again: a
 * job_change row for every copy of the service, and an event this copy handles after commit.
 */
@ApplicationScoped
public class JobChanges {

    private final EntityManager em;
    private final Event<JobChanged> events;
    private final Clock clock;

    public JobChanges(EntityManager em, Event<JobChanged> events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void job(String jobId) {
        record(jobId, null);
    }

    void onEmployerStatus(@Observes EmployerStatusChanged change) {
        record(null, change.employerId());
    }

    private void record(String jobId, String employerId) {
        em.createNativeQuery("insert into job_change (job_id, employer_id, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, jobId).setParameter(2, employerId).setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
        events.fire(new JobChanged(jobId, employerId));
    }
}
