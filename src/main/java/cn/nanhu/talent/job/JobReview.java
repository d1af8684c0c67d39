package cn.nanhu.talent.job;

import cn.nanhu.talent.review.ReviewKind;
import cn.nanhu.talent.review.ReviewSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/** What a reviewer's decision does to a job: approval publishes it, rejection sends it back with the reason. */
@ApplicationScoped
public class JobReview implements ReviewSubjects {

    private static final Logger LOG = Logger.getLogger(JobReview.class);

    private final JobLifecycle lifecycle;
    private final JobViews views;

    public JobReview(JobLifecycle lifecycle, JobViews views) {
        this.lifecycle = lifecycle;
        this.views = views;
    }

    @Override
    public ReviewKind kind() {
        return ReviewKind.JOB;
    }

    @Override
    public Map<String, Object> details(String subjectId) {
        Job j = Job.findById(subjectId);
        Map<String, Object> d = new LinkedHashMap<>();
        if (j == null) {
            return d;
        }
        d.put("job", JobViews.forEmployer(j));
        d.put("employer", views.brief(j.employerId));
        d.put("occupationName", views.occupationName(j.occupationCode));
        d.put("districtName", views.districtName(j.districtCode));
        d.put("flags", j.flagList());
        d.put("discriminatoryWords", DiscriminationRule.matches(j.title, j.description, String.join(" ", j.tagList())));
        return d;
    }

    @Override
    public void approved(String subjectId, String reviewerId, Map<String, Object> options) {
        Job j = Job.findById(subjectId);
        // the employer may have closed it while it waited; the decision stands, the job stays closed
        if (j == null || j.status != JobStatus.PENDING_REVIEW) {
            LOG.infof("Job %s approved but no longer pending review", subjectId);
            return;
        }
        lifecycle.move(j, JobStatus.PUBLISHED, "STAFF", reviewerId, null);
    }

    @Override
    public void rejected(String subjectId, String reviewerId, String reason) {
        Job j = Job.findById(subjectId);
        if (j == null || j.status != JobStatus.PENDING_REVIEW) {
            LOG.infof("Job %s rejected but no longer pending review", subjectId);
            return;
        }
        lifecycle.move(j, JobStatus.REJECTED, "STAFF", reviewerId, reason);
    }
}
