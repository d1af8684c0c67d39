package cn.nanhu.talent.matching;

import cn.nanhu.talent.job.JobDtos.JobSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response bodies of matching. */
public final class MatchingDtos {

    private MatchingDtos() {
    }

    /** A recommended job: the score 0..100, the reasons in Chinese, and whether the seeker falls a step short. */
    public record Recommendation(JobSummary job, int score, List<String> reasons, boolean stretch) {
    }

    public record RecommendationList(List<Recommendation> items) {
    }

    /**
     * A seeker as an employer finds them: no contact details, the name masked, the age in years
     * rather than a birth year.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateView(String id, String name, String gender, Integer age, String education, int experienceYears,
            String currentDistrictName, List<String> desiredOccupations, List<String> skills, int completeness) {
    }

    /** A candidate for a job: the score 0..100, the reasons, whether they fall a step short, and whether invited already. */
    public record Candidate(CandidateView candidate, int score, List<String> reasons, boolean stretch, boolean invited) {
    }

    public record CandidateList(List<Candidate> items) {
    }
}
