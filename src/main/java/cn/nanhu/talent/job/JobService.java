package cn.nanhu.talent.job;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.job.JobDtos.Created;
import cn.nanhu.talent.job.JobDtos.EmployerJobView;
import cn.nanhu.talent.job.JobDtos.JobRequest;
import cn.nanhu.talent.review.ReviewKind;
import cn.nanhu.talent.review.ReviewQueue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Jobs as employers manage them: post, edit, close, list. Every post and every substantive edit
 * goes through content checks and the review queue before seekers see it.
 */
@ApplicationScoped
public class JobService {

    private final EmployerAccess access;
    private final JobRules rules;
    private final JobContentCheck content;
    private final JobLifecycle lifecycle;
    private final ReviewQueue reviews;
    private final Clock clock;

    public JobService(EmployerAccess access, JobRules rules, JobContentCheck content, JobLifecycle lifecycle,
            ReviewQueue reviews, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.content = content;
        this.lifecycle = lifecycle;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Checks first, then writes: the WeChat call must not hold a database transaction open. */
    public Created create(String userId, JobRequest r) {
        access.active(userId);
        rules.check(r);
        JobContentCheck.Result checked = content.check(userId, r);
        return QuarkusTransaction.requiringNew().call(() -> insert(userId, r, checked));
    }

    private Created insert(String userId, JobRequest r, JobContentCheck.Result checked) {
        EmployerAccess.Membership m = access.active(userId);
        Job j = new Job();
        j.id = Ids.newId(clock);
        j.employerId = m.employerId();
        j.createdAt = OffsetDateTime.now(clock);
        j.updatedAt = j.createdAt;
        apply(j, r);
        j.status = JobStatus.PENDING_REVIEW;
        j.contentFlags = checked.flagText();
        j.persist();
        lifecycle.created(j, userId);
        submit(j, checked);
        return new Created(j.id, j.status.name());
    }

    /** Edits a job. A substantive change to a published job, or any edit of a draft or rejected one, goes to review. */
    public EmployerJobView update(String userId, String id, JobRequest r) {
        requireEditable(own(userId, id));
        rules.check(r);
        JobContentCheck.Result checked = content.check(userId, r);
        return QuarkusTransaction.requiringNew().call(() -> edit(userId, id, r, checked));
    }

    private EmployerJobView edit(String userId, String id, JobRequest r, JobContentCheck.Result checked) {
        Job j = own(userId, id);
        requireEditable(j);
        boolean substantive = substantive(j, r);
        apply(j, r);
        j.updatedAt = OffsetDateTime.now(clock);
        if (j.status == JobStatus.PUBLISHED && !substantive) {
            lifecycle.touched(j);
            return JobViews.forEmployer(j);
        }
        j.contentFlags = checked.flagText();
        if (j.status != JobStatus.PENDING_REVIEW) {
            lifecycle.move(j, JobStatus.PENDING_REVIEW, "USER", userId, j.status == JobStatus.PUBLISHED ? "已发布职位修改后重新审核 / edited after publication" : "修改后重新提交 / resubmitted");
        } else {
            lifecycle.touched(j);
        }
        submit(j, checked);
        return JobViews.forEmployer(j);
    }

    @Transactional
    public EmployerJobView close(String userId, String id) {
        Job j = own(userId, id);
        lifecycle.move(j, JobStatus.CLOSED, "USER", userId, "单位关闭 / closed by the employer");
        return JobViews.forEmployer(j);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployerJobView get(String userId, String id) {
        return JobViews.forEmployer(own(userId, id));
    }

    /** The caller's employer's jobs, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EmployerJobView> list(String userId, String status, PageRequest page) {
        EmployerAccess.Membership m = access.active(userId);
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        StringBuilder q = new StringBuilder("employerId = :e");
        Parameters p = Parameters.with("e", m.employerId());
        if (status != null && !status.isBlank()) {
            q.append(" and status = :s");
            p.and("s", parseStatus(status));
        }
        if (cursor != null) {
            q.append(" and id < :after");
            p.and("after", cursor.part(0));
        }
        List<Job> rows = Job.<Job>find(q + " order by id desc", p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), j -> Cursor.of(j.id)).map(JobViews::forEmployer);
    }

    /** Another employer's job is "not found", never "forbidden": ids must not leak who posted what. */
    private Job own(String userId, String id) {
        EmployerAccess.Membership m = access.active(userId);
        Job j = Ids.looksLikeId(id) ? Job.findById(id) : null;
        if (j == null || !j.employerId.equals(m.employerId())) {
            throw new ApiException.NotFound("没有这个职位 / no such job");
        }
        return j;
    }

    private static void requireEditable(Job j) {
        if (!JobTransitions.editable(j.status)) {
            throw new ApiException.InvalidState("已关闭或已过期的职位不能修改 / a closed or expired job cannot be edited");
        }
    }

    private void submit(Job j, JobContentCheck.Result checked) {
        reviews.submit(ReviewKind.JOB, j.id, j.title + "（" + SalaryText.range(j.salaryMin, j.salaryMax) + "）", checked.flags());
    }

    private static boolean substantive(Job j, JobRequest r) {
        return !(Objects.equals(j.title, r.title().strip()) && Objects.equals(j.description, r.description().strip())
                && Objects.equals(j.occupationCode, r.occupationCode().strip()) && j.salaryMin == r.salaryMin()
                && j.salaryMax == r.salaryMax() && Objects.equals(j.districtCode, r.districtCode().strip())
                && Objects.equals(j.education, r.education().strip()) && j.experienceYears == r.experienceYears()
                && Objects.equals(j.jobType, r.jobType()) && Objects.equals(j.tags, tags(r)));
    }

    private static void apply(Job j, JobRequest r) {
        j.title = r.title().strip();
        j.occupationCode = r.occupationCode().strip();
        j.districtCode = r.districtCode().strip();
        j.address = r.address().strip();
        j.salaryMin = r.salaryMin();
        j.salaryMax = r.salaryMax();
        j.headcount = r.headcount();
        j.education = r.education().strip();
        j.experienceYears = r.experienceYears();
        j.jobType = r.jobType();
        j.tags = tags(r);
        j.description = r.description().strip();
        j.expiresAt = r.expiresAt();
    }

    private static String tags(JobRequest r) {
        return r.tags() == null || r.tags().isEmpty() ? null : String.join(",", r.tags().stream().map(String::strip).toList());
    }

    private static JobStatus parseStatus(String raw) {
        try {
            return JobStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("status", "没有这个职位状态 / no such job status");
        }
    }
}
