package cn.nanhu.talent.application;

import cn.nanhu.talent.common.ScheduledWork;
import cn.nanhu.talent.application.ApplicationDtos.InterviewView;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The seeker's answer to an interview invitation, and the reminder the day before. Accepting opens
 * the seeker's contact details to that employer.
 */
@ApplicationScoped
public class Interviews {

    private static final Logger LOG = Logger.getLogger(Interviews.class);
    private static final int REMINDER_BATCH = 200;

    private final ApplicationMoves moves;
    private final IdempotencyKeys keys;
    private final ApplicationConfig config;
    private final Clock clock;

    public Interviews(ApplicationMoves moves, IdempotencyKeys keys, ApplicationConfig config, Clock clock) {
        this.moves = moves;
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    /** Accepts or declines the current invitation of one of the caller's applications; once only. */
    @Transactional
    public InterviewView respond(String userId, String interviewId, boolean accept, String note) {
        Interview i = Ids.looksLikeId(interviewId) ? Interview.findById(interviewId) : null;
        Application a = i == null ? null : Application.findById(i.applicationId);
        if (a == null || !a.seekerId.equals(userId)) {
            throw new ApiException.NotFound("没有这个面试邀请 / no such interview");
        }
        if (i.response != Interview.Response.PENDING) {
            throw new ApiException.InvalidState("这个面试邀请已" + (i.response == Interview.Response.CANCELLED ? "取消" : "答复")
                    + " / this invitation is already " + i.response);
        }
        if (a.status != ApplicationStatus.INTERVIEW) {
            throw new ApiException.InvalidState("投递已不在面试阶段 / the application is no longer at the interview stage");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!i.scheduledAt.isAfter(now)) {
            throw new ApiException.InvalidState("面试时间已过 / the interview time has passed");
        }
        i.response = accept ? Interview.Response.ACCEPTED : Interview.Response.DECLINED;
        i.responseNote = note == null || note.isBlank() ? null : note.strip();
        i.respondedAt = now;
        if (accept) {
            a.contactRevealed = true;
            a.updatedAt = now;
        }
        moves.answered(a, i);
        return new InterviewView(i.id, i.scheduledAt, i.place, i.onlineLink, i.contact, i.note, i.response.name(),
                i.responseNote, i.respondedAt);
    }

    @Scheduled(identity = "interview-reminders", every = "${applications.reminders.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ScheduledWork.run("interview-reminders", () -> {
            int n = runOnce();
            if (n > 0) {
                LOG.infof("Reminded %d seekers of tomorrow's interviews", n);
            }
            keys.purgeExpired();
        });
    }

    /**
     * Reminds the seekers of interviews starting within the reminder window that are still on
     * (pending or accepted, application still at the interview stage), each once. Each reminder is
     * its own transaction, claimed by setting reminded_at only where it is still null, so two copies
     * of the service never remind twice. Answers how many were sent.
     */
    public int runOnce() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> due = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>find(
                "remindedAt is null and scheduledAt > ?1 and scheduledAt <= ?2 and response in (?3, ?4) order by scheduledAt",
                now, now.plus(config.reminders().ahead()), Interview.Response.PENDING, Interview.Response.ACCEPTED)
                .page(0, REMINDER_BATCH).list().stream().map(i -> i.id).toList());
        int sent = 0;
        for (String id : due) {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                int claimed = Interview.update("remindedAt = ?1 where id = ?2 and remindedAt is null", now, id);
                if (claimed == 0) {
                    return false;
                }
                Interview i = Interview.findById(id);
                Application a = Application.findById(i.applicationId);
                if (a.status != ApplicationStatus.INTERVIEW || a.seekerDeleted) {
                    return false;
                }
                moves.remind(a, i);
                return true;
            });
            sent += done ? 1 : 0;
        }
        return sent;
    }
}
