package cn.nanhu.talent.employer;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Tells an employer's members what happened to it. */
@ApplicationScoped
public class EmployerEvents {

    private static final Logger LOG = Logger.getLogger(EmployerEvents.class);

    void reviewed(Employer e, boolean approved, String reason) {
        LOG.infof("Employer %s %s", e.id, approved ? "approved" : "rejected");
    }
}
