package cn.nanhu.talent.matching;

import cn.nanhu.talent.job.JobDtos.JobSummary;
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
}
