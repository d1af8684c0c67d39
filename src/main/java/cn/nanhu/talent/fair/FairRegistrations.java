package cn.nanhu.talent.fair;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.fair.FairDtos.Created;
import cn.nanhu.talent.fair.FairDtos.RegistrationView;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobChanges;
import cn.nanhu.talent.job.JobFairs;
import cn.nanhu.talent.job.JobStatus;
import cn.nanhu.talent.job.JobViews;
import cn.nanhu.talent.notify.NotificationService;
import cn.nanhu.talent.review.ReviewKind;
import cn.nanhu.talent.review.ReviewQueue;
import cn.nanhu.talent.review.ReviewSubjects;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Employers' registrations for fairs: an approved employer registers a set of its published jobs,
 * the registration waits in the review queue (FAIR_REGISTRATION), and approval puts the jobs on
 * the fair's page (the search index learns of it through job changes).
 */
@ApplicationScoped
public class FairRegistrations implements ReviewSubjects, JobFairs {

    private final EmployerAccess access;
    private final ReviewQueue reviews;
    private final JobChanges jobChanges;
    private final JobViews views;
    private final NotificationService notifications;
    private final EntityManager em;
    private final Tally tally;
    private final Clock clock;

    public FairRegistrations(EmployerAccess access, ReviewQueue reviews, JobChanges jobChanges, JobViews views,
            NotificationService notifications, EntityManager em, Tally tally, Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.jobChanges = jobChanges;
        this.views = views;
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
        this.tally = tally;
    }

    /** Registers the caller's employer for a fair that has not ended; one open or approved registration per fair. */
    @Transactional
    public Created register(String userId, String fairId, List<String> jobIds) {
        EmployerAccess.Membership m = access.active(userId);
        Fair f = FairService.find(fairId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Fair.Status status = f.statusAt(now);
        if (status == Fair.Status.DRAFT) {
            throw new ApiException.NotFound("没有这个招聘会 / no such fair");
        }
        if (status != Fair.Status.PUBLISHED && status != Fair.Status.ONGOING) {
            throw new ApiException.InvalidState("招聘会" + FairService.label(status) + "，不能报名 / a " + status + " fair takes no registrations");
        }
        if (FairRegistration.count("fairId = ?1 and employerId = ?2 and status <> ?3", f.id, m.employerId(),
                FairRegistration.Status.REJECTED) > 0) {
            throw new ApiException.Conflict("本单位已报名这个招聘会 / your employer already registered for this fair");
        }
        Set<String> ids = new LinkedHashSet<>(jobIds.stream().map(String::strip).toList());
        for (String jobId : ids) {
            Job j = Ids.looksLikeId(jobId) ? Job.findById(jobId) : null;
            if (j == null || !j.employerId.equals(m.employerId()) || j.status != JobStatus.PUBLISHED || !j.visibleAt(now)) {
                throw InvalidInput.of("jobIds", "只能选择本单位已发布的职位：" + jobId + " / only your employer's published jobs: " + jobId);
            }
        }
        FairRegistration r = new FairRegistration();
        r.id = Ids.newId(clock);
        r.fairId = f.id;
        r.employerId = m.employerId();
        r.status = FairRegistration.Status.PENDING;
        r.createdBy = userId;
        r.createdAt = now;
        r.updatedAt = now;
        r.persist();
        for (String jobId : ids) {
            em.createNativeQuery("insert into fair_registration_job (registration_id, job_id) values (?1, ?2)")
                    .setParameter(1, r.id).setParameter(2, jobId).executeUpdate();
        }
        String employer = views.brief(m.employerId()).name();
        reviews.submit(ReviewKind.FAIR_REGISTRATION, r.id, employer + " 报名「" + f.title + "」（" + ids.size() + " 个职位）", List.of());
        return new Created(r.id, r.status.name());
    }

    /** The caller's employer's registrations, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> mine(String userId) {
        EmployerAccess.Membership m = access.active(userId);
        return FairRegistration.<FairRegistration>list("employerId = ?1 order by id desc", m.employerId()).stream().map(this::view).toList();
    }

    @Override
    public ReviewKind kind() {
        return ReviewKind.FAIR_REGISTRATION;
    }

    @Override
    public Map<String, Object> details(String subjectId) {
        Map<String, Object> d = new LinkedHashMap<>();
        FairRegistration r = FairRegistration.findById(subjectId);
        if (r == null) {
            return d;
        }
        d.put("registration", view(r));
        d.put("employer", views.brief(r.employerId));
        d.put("jobs", jobsOf(r.id).stream().map(id -> Job.<Job>findById(id)).filter(j -> j != null).map(JobViews::forEmployer).toList());
        return d;
    }

    @Override
    public void approved(String subjectId, String reviewerId, Map<String, Object> options) {
        decide(subjectId, FairRegistration.Status.APPROVED, null);
    }

    @Override
    public void rejected(String subjectId, String reviewerId, String reason) {
        decide(subjectId, FairRegistration.Status.REJECTED, reason);
    }

    private void decide(String id, FairRegistration.Status to, String reason) {
        FairRegistration r = FairRegistration.findById(id);
        if (r == null || r.status != FairRegistration.Status.PENDING) {
            return;
        }
        r.status = to;
        r.reason = reason;
        r.updatedAt = OffsetDateTime.now(clock);
        tally.fairRegistration(r.id);
        Fair f = Fair.findById(r.fairId);
        if (to == FairRegistration.Status.APPROVED) {
            jobsOf(r.id).forEach(jobChanges::job);
        }
        notifications.notifyUser(r.createdBy, "FAIR_REGISTRATION",
                (to == FairRegistration.Status.APPROVED ? "招聘会报名已通过：" : "招聘会报名未通过：") + f.title,
                to == FairRegistration.Status.APPROVED ? "你的职位已出现在招聘会页面。" : "原因：" + reason + "。请修改后重新报名。",
                "pages/fair/detail?id=" + f.id, null);
    }

    /** Jobs of approved registrations, by job id. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Set<String>> fairsOf(Collection<String> jobIds) {
        Map<String, Set<String>> out = new HashMap<>();
        if (jobIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select rj.job_id, r.fair_id from fair_registration_job rj"
                + " join fair_registration r on r.id = rj.registration_id where r.status = 'APPROVED' and rj.job_id in (?1)")
                .setParameter(1, jobIds).getResultList();
        rows.forEach(row -> out.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]));
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<String> jobsOf(String registrationId) {
        return em.createNativeQuery("select job_id from fair_registration_job where registration_id = ?1 order by job_id")
                .setParameter(1, registrationId).getResultList();
    }

    private RegistrationView view(FairRegistration r) {
        Fair f = Fair.findById(r.fairId);
        return new RegistrationView(r.id, r.fairId, f == null ? null : f.title, r.status.name(), r.reason, jobsOf(r.id), r.createdAt);
    }
}
