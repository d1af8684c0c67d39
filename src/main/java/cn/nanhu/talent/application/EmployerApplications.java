package cn.nanhu.talent.application;

import cn.nanhu.talent.application.ApplicationDtos.ApplicantSummary;
import cn.nanhu.talent.application.ApplicationDtos.ContactView;
import cn.nanhu.talent.application.ApplicationDtos.EmployerApplicationDetail;
import cn.nanhu.talent.application.ApplicationDtos.FullContact;
import cn.nanhu.talent.application.ApplicationDtos.InterviewRequest;
import cn.nanhu.talent.application.ApplicationDtos.TransitionRequest;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.identity.UserDirectory;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Applications as the employer that received them sees them. Only members of that employer, and
 * never an application whose seeker blocked the employer or deleted the account: anything else is
 * 404. Contact details stay masked until the seeker accepts an interview, and every opening of a
 * résumé is written to the {@link ResumeAccessLog}.
 */
@ApplicationScoped
public class EmployerApplications {

    /** The seeker has not blocked this application's employer. */
    private static final String NOT_BLOCKED = "not exists (select 1 from SeekerBlock b where b.userId = a.seekerId and b.employerId = a.employerId)";

    private final EmployerAccess access;
    private final ApplicationMoves moves;
    private final ResumeAccessLog accessLog;
    private final UserDirectory users;
    private final ObjectMapper json;
    private final Clock clock;

    public EmployerApplications(EmployerAccess access, ApplicationMoves moves, ResumeAccessLog accessLog, UserDirectory users,
            ObjectMapper json, Clock clock) {
        this.access = access;
        this.moves = moves;
        this.accessLog = accessLog;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    /** The applications to one of the caller's employer's jobs, newest first, optionally of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApplicantSummary> forJob(String userId, String jobId, String status, PageRequest page) {
        EmployerAccess.Membership m = access.active(userId);
        Job job = Ids.looksLikeId(jobId) ? Job.findById(jobId) : null;
        if (job == null || !job.employerId.equals(m.employerId())) {
            throw new ApiException.NotFound("没有这个职位 / no such job");
        }
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        StringBuilder q = new StringBuilder("select a from Application a where a.jobId = :j and a.seekerDeleted = false and " + NOT_BLOCKED);
        Parameters p = Parameters.with("j", job.id);
        if (status != null && !status.isBlank()) {
            q.append(" and a.status = :s");
            p.and("s", Params.enumValue(ApplicationStatus.class, "status", status, null));
        }
        if (cursor != null) {
            q.append(" and a.id < :c");
            p.and("c", cursor.part(0));
        }
        List<Application> rows = Application.<Application>find(q.append(" order by a.id desc").toString(), p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), a -> Cursor.of(a.id)).map(this::summary);
    }

    /**
     * One application in full. The first time the employer opens it, it becomes VIEWED and the
     * seeker is told; every opening is written to the résumé access log.
     */
    @Transactional
    public EmployerApplicationDetail open(String userId, String id) {
        EmployerAccess.Membership m = access.active(userId);
        Application a = visible(m, id);
        if (a.status == ApplicationStatus.SUBMITTED) {
            moves.move(a, Pipeline.Actor.EMPLOYER, ApplicationStatus.VIEWED, userId, "单位查看了简历 / opened by the employer", null);
        }
        accessLog.record(a.seekerId, a.employerId, userId, a.id, ResumeAccessLog.VIEW_APPLICATION);
        return detail(a);
    }

    /** Moves an application forward or rejects it. INTERVIEW needs an interview; REJECTED a reason the seeker will read. */
    @Transactional
    public EmployerApplicationDetail transition(String userId, String id, TransitionRequest r) {
        EmployerAccess.Membership m = access.active(userId);
        ApplicationStatus to = ApplicationStatus.valueOf(r.to());
        Application a = visible(m, id);
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (to == ApplicationStatus.REJECTED && reason == null) {
            throw InvalidInput.of("reason", "请填写不合适的原因，求职者会看到 / give a reason; the seeker will read it");
        }
        Interview interview = null;
        if (to == ApplicationStatus.INTERVIEW) {
            interview = interview(a, r.interview(), userId);
        } else if (r.interview() != null) {
            throw InvalidInput.of("interview", "只有邀请面试时才填写面试信息 / interview only goes with to=INTERVIEW");
        }
        moves.move(a, Pipeline.Actor.EMPLOYER, to, userId, reason, interview);
        if (interview != null) {
            // a new round replaces an invitation not yet answered
            Interview.update("response = ?1 where applicationId = ?2 and response = ?3 and id <> ?4",
                    Interview.Response.CANCELLED, a.id, Interview.Response.PENDING, interview.id);
            interview.persist();
        } else if (Pipeline.isFinal(to) || to == ApplicationStatus.OFFER) {
            Interview.update("response = ?1 where applicationId = ?2 and response = ?3",
                    Interview.Response.CANCELLED, a.id, Interview.Response.PENDING);
        }
        return detail(a);
    }

    /** The applicant's phone in full, once they accepted an interview with this employer; logged. */
    @Transactional
    public FullContact contact(String userId, String id) {
        EmployerAccess.Membership m = access.active(userId);
        Application a = visible(m, id);
        if (!a.contactRevealed) {
            throw new ApiException.InvalidState("候选人接受面试邀请后才能查看联系方式 / the contact details open once the applicant accepts an interview");
        }
        accessLog.record(a.seekerId, a.employerId, userId, a.id, ResumeAccessLog.VIEW_CONTACT);
        return new FullContact(profile(a).name(), users.phone(a.seekerId).orElse(null));
    }

    private Interview interview(Application a, InterviewRequest r, String userId) {
        if (r == null) {
            throw InvalidInput.of("interview", "邀请面试须填写面试时间、地点或链接、联系人 / to=INTERVIEW needs interview {at, place or onlineLink, contact}");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!r.at().isAfter(now)) {
            throw InvalidInput.of("interview.at", "面试时间须在将来 / interview.at must be in the future");
        }
        if (r.at().isAfter(now.plusDays(90))) {
            throw InvalidInput.of("interview.at", "面试时间最多安排在 90 天内 / interview.at is at most 90 days ahead");
        }
        boolean hasPlace = r.place() != null && !r.place().isBlank();
        boolean hasLink = r.onlineLink() != null && !r.onlineLink().isBlank();
        if (!hasPlace && !hasLink) {
            throw InvalidInput.of("interview.place", "请填写面试地点或线上链接 / give interview.place or interview.onlineLink");
        }
        Interview i = new Interview();
        i.id = Ids.newId(clock);
        i.applicationId = a.id;
        i.scheduledAt = r.at();
        i.place = hasPlace ? r.place().strip() : null;
        i.onlineLink = hasLink ? r.onlineLink().strip() : null;
        i.contact = r.contact().strip();
        i.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        i.response = Interview.Response.PENDING;
        i.createdBy = userId;
        i.createdAt = now;
        return i;
    }

    private Application visible(EmployerAccess.Membership m, String id) {
        List<Application> found = Ids.looksLikeId(id)
                ? Application.<Application>find("select a from Application a where a.id = :id and a.employerId = :e and a.seekerDeleted = false and "
                        + NOT_BLOCKED, Parameters.with("id", id).and("e", m.employerId())).list()
                : List.of();
        if (found.isEmpty()) {
            throw new ApiException.NotFound("没有这份投递 / no such application");
        }
        return found.get(0);
    }

    private ApplicantSummary summary(Application a) {
        ProfileSnapshot p = profile(a);
        return new ApplicantSummary(a.id, a.jobId, a.status.name(), contact(a, p), p.gender(), p.birthYear(), p.education(),
                p.experienceYears(), p.currentDistrictName(), p.completeness(), a.createdAt, a.viewedAt);
    }

    private EmployerApplicationDetail detail(Application a) {
        ProfileSnapshot p = profile(a);
        Job job = Job.findById(a.jobId);
        ContactView contact = contact(a, p);
        return new EmployerApplicationDetail(a.id, a.jobId, job.title, a.status.name(), a.statusReason, contact, p.withName(contact.name()),
                a.createdAt, a.viewedAt, ApplicationService.history(a.id), ApplicationService.interviews(a.id));
    }

    /** Masked always in lists and details; the full phone only at the contact endpoint. */
    private ContactView contact(Application a, ProfileSnapshot p) {
        String name = a.contactRevealed ? p.name() : Masking.personName(p.name());
        return new ContactView(name, users.maskedPhone(a.seekerId).orElse(null), a.contactRevealed);
    }

    private ProfileSnapshot profile(Application a) {
        try {
            return json.readValue(a.snapshot, ProfileSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable application snapshot " + a.id, e);
        }
    }
}
