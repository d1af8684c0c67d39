package cn.nanhu.talent.review;

import java.util.Map;

/**
 * What a feature does when a reviewer decides on one of its subjects. Each kind has exactly one
 * implementation; it runs inside the decision's transaction, so a failure undoes the decision.
 */
public interface ReviewSubjects {

    ReviewKind kind();

    /** The subject as a reviewer needs to see it (fields, check results, flagged words). */
    Map<String, Object> details(String subjectId);

    /** The reviewer approved. {@code options} carries kind-specific confirmations, e.g. the 规上 badge. */
    void approved(String subjectId, String reviewerId, Map<String, Object> options);

    void rejected(String subjectId, String reviewerId, String reason);
}
