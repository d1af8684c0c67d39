package cn.nanhu.talent.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The body of every scheduled task runs through here. While the database is away every run fails,
 * and the scheduler would log each failure as an error with its stack trace (several tasks every few
 * seconds, hiding whatever else happens). So an outage is logged once per task, as a warning, and its
 * end as information; the task simply runs again on its schedule. Any other failure goes on to the
 * scheduler, which logs it as the error it is.
 */
public final class ScheduledWork {

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class);
    private static final Set<String> WAITING_FOR_DATABASE = ConcurrentHashMap.newKeySet();

    private ScheduledWork() {
    }

    public static void run(String task, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            if (WAITING_FOR_DATABASE.add(task)) {
                LOG.warnf("Scheduled task %s: the database is unavailable (%s); it runs again on its schedule", task,
                        DatabaseOutage.describe(e));
            } else {
                LOG.debugf("Scheduled task %s: the database is still unavailable", task);
            }
            return;
        }
        if (WAITING_FOR_DATABASE.remove(task)) {
            LOG.infof("Scheduled task %s: the database answers again", task);
        }
    }
}
