package cn.nanhu.talent.application;

import cn.nanhu.talent.application.ApplicationDtos.Created;
import cn.nanhu.talent.application.ApplicationDtos.HistoryView;
import cn.nanhu.talent.application.ApplicationDtos.InterviewView;
import cn.nanhu.talent.application.ApplicationDtos.SeekerApplicationDetail;
import cn.nanhu.talent.application.ApplicationDtos.SeekerApplicationView;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobBoard;
import cn.nanhu.talent.job.JobFairs;
import cn.nanhu.talent.job.JobViews;
import cn.nanhu.talent.seeker.Blocks;
import cn.nanhu.talent.seeker.SeekerProfile;
import cn.nanhu.talent.seeker.SeekerService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Applications as seekers make them: apply (once per job, within a daily cap, safely retried with an
 * Idempotency-Key), list, open and withdraw their own. Anyone else's application is 404.
 */
@ApplicationScoped
public class ApplicationService {

    /** What apply answers: the body, and whether it is a replay of an earlier identical request. */
    public record Applied(Created body, boolean replayed) {
    }

    private final SeekerService seekers;
    private final Blocks blocks;
    private final JobBoard board;
    private final JobViews views;
    private final ApplicationMoves moves;
    private final IdempotencyKeys keys;
    private final ApplicationConfig config;
    private final ObjectMapper json;
    private final Instance<JobFairs> fairs;
    private final Event<AppliedThroughChannel> appliedThroughChannel;
    private final Clock clock;

    public ApplicationService(SeekerService seekers, Blocks blocks, JobBoard board, JobViews views, ApplicationMoves moves,
            IdempotencyKeys keys, ApplicationConfig config, ObjectMapper json, Instance<JobFairs> fairs,
            Event<AppliedThroughChannel> appliedThroughChannel, Clock clock) {
        this.fairs = fairs;
        this.appliedThroughChannel = appliedThroughChannel;
        this.seekers = seekers;
        this.blocks = blocks;
        this.board = board;
        this.views = views;
        this.moves = moves;
        this.keys = keys;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Applies to a published job with the registration as it is now. The seeker's profile row is
     * locked first, so a seeker's concurrent requests run one after the other: the second of two
     * identical keyed requests replays the first, the second of two unkeyed ones gets 409.
     */
    @Transactional
    public Applied apply(String userId, String jobId, String fairId, String idempotencyKey) {
        return apply(userId, jobId, fairId, idempotencyKey, null);
    }

    /** As above, through a partner channel's link when {@code channel} (its code) is given. */
    @Transactional
    public Applied apply(String userId, String jobId, String fairId, String idempotencyKey, String channel) {
        String key = IdempotencyKeys.check(idempotencyKey);
        String fair = fairId == null || fairId.isBlank() ? null : fairId.strip();
        String fingerprint = IdempotencyKeys.fingerprint("POST /api/v1/seeker/applications\n" + jobId.strip() + "\n" + (fair == null ? "" : fair));
        SeekerProfile profile = seekers.requireReady(userId);
        if (key != null) {
            var stored = keys.replay(userId, key, fingerprint);
            if (stored.isPresent()) {
                return new Applied(read(stored.get().body()), true);
            }
        }
        Job job = board.visible(jobId.strip());
        if (fair != null && !inFair(job.id, fair)) {
            throw InvalidInput.of("fairId", "这个职位不在该招聘会 / the job is not part of that fair");
        }
        if (blocks.isBlocked(userId, job.employerId)) {
            throw new ApiException.Conflict("你已屏蔽该单位，解除屏蔽后才能投递 / you blocked this employer; unblock it to apply");
        }
        if (Application.count("seekerId = ?1 and jobId = ?2", userId, job.id) > 0) {
            throw new ApiException.Conflict("你已投递过这个职位 / you already applied to this job");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ZonedDateTime midnight = now.atZoneSameInstant(Clocks.ZONE).toLocalDate().atStartOfDay(Clocks.ZONE);
        long today = Application.count("seekerId = ?1 and createdAt >= ?2", userId, midnight.toOffsetDateTime());
        if (today >= config.dailyCap()) {
            long retryAfter = Math.max(1, Duration.between(now.toInstant(), midnight.plusDays(1).toInstant()).getSeconds());
            throw new ApiException.TooManyRequests("今天已投递 " + today + " 份，明天再来吧 / the daily limit of "
                    + config.dailyCap() + " applications is reached", retryAfter);
        }
        Application a = new Application();
        a.id = Ids.newId(clock);
        a.jobId = job.id;
        a.employerId = job.employerId;
        a.seekerId = userId;
        a.status = ApplicationStatus.SUBMITTED;
        a.snapshot = write(seekers.snapshot(profile));
        a.resumeFileId = profile.resumeFileId;
        a.fairId = fair;
        a.createdAt = now;
        a.updatedAt = now;
        a.persist();
        moves.submitted(a, job);
        if (channel != null && !channel.isBlank()) {
            appliedThroughChannel.fire(new AppliedThroughChannel(a.id, job.id, channel.strip()));
        }
        Created body = new Created(a.id, a.status.name());
        if (key != null) {
            keys.remember(userId, key, fingerprint, 201, write(body));
        }
        return new Applied(body, false);
    }

    private boolean inFair(String jobId, String fairId) {
        for (JobFairs f : fairs) {
            if (f.fairsOf(List.of(jobId)).getOrDefault(jobId, java.util.Set.of()).contains(fairId)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's applications, newest first, optionally of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SeekerApplicationView> list(String userId, String status, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        StringBuilder q = new StringBuilder("seekerId = :u");
        Parameters p = Parameters.with("u", userId);
        if (status != null && !status.isBlank()) {
            q.append(" and status = :s");
            p.and("s", Params.enumValue(ApplicationStatus.class, "status", status, null));
        }
        if (cursor != null) {
            q.append(" and id < :c");
            p.and("c", cursor.part(0));
        }
        List<Application> rows = Application.<Application>find(q.append(" order by id desc").toString(), p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), a -> Cursor.of(a.id)).map(a -> new SeekerApplicationView(a.id,
                views.summary(Job.findById(a.jobId)), a.status.name(), a.status.label(), a.statusReason, a.createdAt, a.updatedAt));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SeekerApplicationDetail get(String userId, String id) {
        Application a = own(userId, id);
        return new SeekerApplicationDetail(a.id, views.summary(Job.findById(a.jobId)), a.status.name(), a.status.label(),
                a.statusReason, a.createdAt, history(a.id), interviews(a.id));
    }

    /** Withdraws before the employer hires; an unanswered interview invitation is cancelled with it. */
    @Transactional
    public SeekerApplicationDetail withdraw(String userId, String id, String reason) {
        Application a = own(userId, id);
        moves.move(a, Pipeline.Actor.SEEKER, ApplicationStatus.WITHDRAWN, userId,
                reason == null || reason.isBlank() ? "求职者撤回 / withdrawn by the seeker" : reason.strip(), null);
        Interview.update("response = ?1 where applicationId = ?2 and response = ?3", Interview.Response.CANCELLED, a.id, Interview.Response.PENDING);
        return get(userId, id);
    }

    /** The history of an application; who acted is told as SEEKER, EMPLOYER or SYSTEM, never by account id. */
    static List<HistoryView> history(String applicationId) {
        return ApplicationHistory.<ApplicationHistory>list("applicationId = ?1 order by at, id", applicationId).stream()
                .map(h -> new HistoryView(h.at, actorOf(h), h.fromStatus == null ? null : h.fromStatus.name(), h.toStatus.name(), h.reason))
                .toList();
    }

    static List<InterviewView> interviews(String applicationId) {
        return Interview.<Interview>list("applicationId = ?1 order by createdAt, id", applicationId).stream()
                .map(i -> new InterviewView(i.id, i.scheduledAt, i.place, i.onlineLink, i.contact, i.note, i.response.name(),
                        i.responseNote, i.respondedAt))
                .toList();
    }

    private static String actorOf(ApplicationHistory h) {
        if (!"USER".equals(h.actorKind)) {
            return "SYSTEM";
        }
        return h.toStatus == ApplicationStatus.SUBMITTED || h.toStatus == ApplicationStatus.WITHDRAWN ? "SEEKER" : "EMPLOYER";
    }

    private Application own(String userId, String id) {
        Application a = Ids.looksLikeId(id) ? Application.findById(id) : null;
        if (a == null || !a.seekerId.equals(userId)) {
            throw new ApiException.NotFound("没有这份投递 / no such application");
        }
        return a;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private Created read(String body) {
        try {
            return json.readValue(body, Created.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored response", e);
        }
    }
}
