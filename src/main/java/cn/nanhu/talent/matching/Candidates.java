package cn.nanhu.talent.matching;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Masking;
import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobStatus;
import cn.nanhu.talent.job.JobViews;
import cn.nanhu.talent.matching.MatchingDtos.Candidate;
import cn.nanhu.talent.matching.MatchingDtos.CandidateView;
import cn.nanhu.talent.notify.NotificationService;
import cn.nanhu.talent.reference.ReferenceData;
import cn.nanhu.talent.seeker.SeekerBlock;
import cn.nanhu.talent.seeker.SeekerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seekers an employer may invite to apply to one of its jobs: only registrations that chose
 * PUBLIC, agreed to the policy in force, have not blocked the employer and have not applied yet;
 * contact details never, the name masked. The employer can invite a candidate once per job.
 */
@ApplicationScoped
public class Candidates {

    /** Invitations one employer may send per day (China time): enough for real hiring, not for spam. */
    static final int DAILY_INVITATIONS = 100;

    private final EmployerAccess access;
    private final SeekerIndex index;
    private final JobViews views;
    private final ReferenceData reference;
    private final NotificationService notifications;
    private final MatchingConfig config;
    private final EntityManager em;
    private final Clock clock;
    private final MatchScorer scorer;

    public Candidates(EmployerAccess access, SeekerIndex index, JobViews views, ReferenceData reference,
            NotificationService notifications, MatchingConfig config, EntityManager em, Clock clock) {
        this.access = access;
        this.index = index;
        this.views = views;
        this.reference = reference;
        this.notifications = notifications;
        this.config = config;
        this.em = em;
        this.clock = clock;
        this.scorer = new MatchScorer(config.weights(), config.stretchPenalty(),
                code -> reference.occupation(code).map(o -> o.name()).orElse(code),
                code -> reference.division(code).map(d -> d.name()).orElse(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> forJob(String userId, String jobId, int size) {
        Job job = own(userId, jobId);
        List<String> ids = index.near(new SeekerIndex.Wanted(job.occupationCode, job.districtCode,
                job.title + " " + String.join(" ", job.tagList())), config.candidates());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SeekerProfile> profiles = em.createQuery("select p from SeekerProfile p where p.userId in :ids and p.visibility = :v"
                + " and not exists (select 1 from SeekerBlock b where b.userId = p.userId and b.employerId = :e)"
                + " and not exists (select 1 from Application a where a.seekerId = p.userId and a.jobId = :j)", SeekerProfile.class)
                .setParameter("ids", ids).setParameter("v", SeekerProfile.Visibility.PUBLIC).setParameter("e", job.employerId)
                .setParameter("j", job.id).getResultList();
        Set<String> invited = new HashSet<>(em.createQuery("select i.seekerId from CandidateInvitation i where i.jobId = :j", String.class)
                .setParameter("j", job.id).getResultList());
        MatchScorer.Job facts = new MatchScorer.Job(job.occupationCode, job.districtCode, job.salaryMin, job.salaryMax,
                job.education, job.experienceYears, job.title + " " + job.description + " " + String.join(" ", job.tagList()),
                job.publishedAt, views.brief(job.employerId).badges());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Candidate> scored = new ArrayList<>();
        for (SeekerProfile p : profiles) {
            if (!index.findable(p)) {
                continue;
            }
            scorer.score(Recommendations.seeker(p), facts, 0, now).ifPresent(m -> scored.add(
                    new Candidate(view(p, now), m.score(), m.reasons(), m.stretch(), invited.contains(p.userId))));
        }
        scored.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(c -> c.candidate().id()));
        return scored.subList(0, Math.min(size, scored.size()));
    }

    /** Asks a candidate to apply: the seeker finds it in the inbox. Once per job and seeker (409), within a daily cap (429). */
    @Transactional
    public void invite(String userId, String jobId, String seekerId) {
        Job job = own(userId, jobId);
        if (job.status != JobStatus.PUBLISHED || !job.visibleAt(OffsetDateTime.now(clock))) {
            throw new ApiException.InvalidState("只能邀请候选人投递已发布的职位 / only a published job can be offered to candidates");
        }
        SeekerProfile p = Ids.looksLikeId(seekerId) ? SeekerProfile.findById(seekerId) : null;
        boolean findable = p != null && index.findable(p)
                && SeekerBlock.count("userId = ?1 and employerId = ?2", seekerId, job.employerId) == 0;
        if (!findable) {
            throw new ApiException.NotFound("没有这位候选人 / no such candidate");
        }
        if (CandidateInvitation.count("jobId = ?1 and seekerId = ?2", job.id, seekerId) > 0) {
            throw new ApiException.Conflict("已邀请过这位候选人投递这个职位 / this candidate was already invited to this job");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime midnight = now.atZoneSameInstant(Clocks.ZONE).toLocalDate().atStartOfDay(Clocks.ZONE).toOffsetDateTime();
        if (CandidateInvitation.count("employerId = ?1 and createdAt >= ?2", job.employerId, midnight) >= DAILY_INVITATIONS) {
            long retryAfter = Math.max(1, java.time.Duration.between(now, midnight.plusDays(1)).getSeconds());
            throw new ApiException.TooManyRequests("今天的邀请次数已用完 / the daily limit of " + DAILY_INVITATIONS + " invitations is reached", retryAfter);
        }
        CandidateInvitation i = new CandidateInvitation();
        i.id = Ids.newId(clock);
        i.jobId = job.id;
        i.employerId = job.employerId;
        i.seekerId = seekerId;
        i.invitedBy = userId;
        i.createdAt = now;
        i.persist();
        String employer = views.brief(job.employerId).name();
        notifications.notifyUser(seekerId, "CANDIDATE_INVITATION", "邀请投递：" + job.title,
                (employer == null ? "用人单位" : employer) + " 看了你的求职登记，邀请你投递「" + job.title + "」（"
                        + views.summary(job).salaryText() + "）。", "pages/job/detail?id=" + job.id, null);
    }

    private Job own(String userId, String jobId) {
        EmployerAccess.Membership m = access.active(userId);
        Job job = Ids.looksLikeId(jobId) ? Job.findById(jobId) : null;
        if (job == null || !job.employerId.equals(m.employerId())) {
            throw new ApiException.NotFound("没有这个职位 / no such job");
        }
        return job;
    }

    private CandidateView view(SeekerProfile p, OffsetDateTime now) {
        Integer age = p.birthYear == null ? null : now.atZoneSameInstant(Clocks.ZONE).getYear() - p.birthYear;
        List<String> occupations = p.desiredOccupations().stream()
                .map(c -> reference.occupation(c).map(o -> o.name()).orElse(c)).toList();
        return new CandidateView(p.userId, Masking.personName(p.name), p.gender, age, p.education, p.experienceYears,
                p.currentDistrictCode == null ? null : views.districtName(p.currentDistrictCode), occupations, p.skillList(),
                p.completeness);
    }
}
