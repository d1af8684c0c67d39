package cn.nanhu.talent.job;

import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.employer.EmployerService;
import cn.nanhu.talent.job.JobDtos.EmployerBrief;
import cn.nanhu.talent.job.JobDtos.EmployerJobView;
import cn.nanhu.talent.job.JobDtos.JobDetail;
import cn.nanhu.talent.job.JobDtos.JobSummary;
import cn.nanhu.talent.reference.DictDtos.DivisionView;
import cn.nanhu.talent.reference.DictDtos.OccupationView;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Turns stored jobs into the shapes the API shows, with names from the dictionaries. */
@ApplicationScoped
public class JobViews {

    private final EmployerService employers;
    private final EmployerAccess access;
    private final ReferenceData reference;

    public JobViews(EmployerService employers, EmployerAccess access, ReferenceData reference) {
        this.employers = employers;
        this.access = access;
        this.reference = reference;
    }

    /**
     * The employer's public profile, or empty when it is not (or no longer) approved. Asks first,
     * because a NotFound thrown through a transactional bean would mark the caller's transaction
     * for rollback.
     */
    public Optional<PublicEmployer> employer(String employerId) {
        return access.isActive(employerId) ? Optional.of(employers.publicProfile(employerId)) : Optional.empty();
    }

    /** The approved employers among these, by id, in one query: for building the index in pages. */
    public Map<String, PublicEmployer> employers(Collection<String> employerIds) {
        return employers.publicProfiles(employerIds);
    }

    public JobSummary summary(Job j) {
        return summary(j, brief(j.employerId));
    }

    /** A summary with an employer already looked up, so a page of results costs one employer query, not one per job. */
    public JobSummary summary(Job j, EmployerBrief employer) {
        return new JobSummary(j.id, j.title, employer, j.occupationCode, occupationName(j.occupationCode),
                j.districtCode, districtName(j.districtCode), j.salaryMin, j.salaryMax, SalaryText.range(j.salaryMin, j.salaryMax),
                j.education, j.experienceYears, j.jobType, j.tagList(), j.publishedAt);
    }

    public JobDetail detail(Job j, EmployerBrief employer, long viewCount) {
        return new JobDetail(j.id, j.title, employer, j.occupationCode, occupationName(j.occupationCode), j.districtCode,
                districtName(j.districtCode), j.address, j.salaryMin, j.salaryMax, SalaryText.range(j.salaryMin, j.salaryMax),
                j.headcount, j.education, j.experienceYears, j.jobType, j.tagList(), j.description, j.expiresAt,
                j.publishedAt, viewCount);
    }

    public static EmployerJobView forEmployer(Job j) {
        return new EmployerJobView(j.id, j.title, j.occupationCode, j.districtCode, j.address, j.salaryMin, j.salaryMax,
                SalaryText.range(j.salaryMin, j.salaryMax), j.headcount, j.education, j.experienceYears, j.jobType,
                j.tagList(), j.description, j.expiresAt, j.status.name(), j.statusReason, j.flagList(), j.viewCount,
                j.publishedAt, j.createdAt, j.updatedAt);
    }

    public static EmployerBrief brief(PublicEmployer e) {
        return new EmployerBrief(e.id(), e.name(), e.badges());
    }

    /** A suspended employer still shows its id, so a saved job can say whose it was. */
    public EmployerBrief brief(String employerId) {
        return employer(employerId).map(e -> new EmployerBrief(e.id(), e.name(), e.badges()))
                .orElse(new EmployerBrief(employerId, null, java.util.List.of()));
    }

    public String occupationName(String code) {
        return reference.occupation(code).map(OccupationView::name).orElse(null);
    }

    public String districtName(String code) {
        return reference.division(code).map(DivisionView::name).orElse(null);
    }
}
