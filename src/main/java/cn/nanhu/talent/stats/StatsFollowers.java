package cn.nanhu.talent.stats;

import cn.nanhu.talent.employer.EmployerStatusChanged;
import cn.nanhu.talent.seeker.SeekerChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Follows the changes other features already announce inside their transaction. */
@ApplicationScoped
class StatsFollowers {

    private final Tally tally;

    StatsFollowers(Tally tally) {
        this.tally = tally;
    }

    /** Approved, rejected, suspended or reinstated. */
    void onEmployerStatus(@Observes EmployerStatusChanged change) {
        tally.employer(change.employerId());
    }

    /** A registration saved or erased (account deletion included). */
    void onSeeker(@Observes SeekerChanged change) {
        tally.seeker(change.userId());
    }
}
