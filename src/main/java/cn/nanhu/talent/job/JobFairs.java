package cn.nanhu.talent.job;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The job fairs a job takes part in (through an approved registration), asked by the search index
 * without the job feature knowing fairs. The fair feature implements it, and records a job change
 * whenever a job joins or leaves a fair.
 */
public interface JobFairs {

    /** Fair ids by job id, for those of the given jobs that take part in any fair. */
    Map<String, Set<String>> fairsOf(Collection<String> jobIds);
}
