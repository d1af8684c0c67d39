package cn.nanhu.talent.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JobTransitionsTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>PENDING_REVIEW", "DRAFT>CLOSED",
            "PENDING_REVIEW>PUBLISHED", "PENDING_REVIEW>REJECTED", "PENDING_REVIEW>CLOSED",
            "PUBLISHED>PENDING_REVIEW", "PUBLISHED>CLOSED", "PUBLISHED>EXPIRED",
            "REJECTED>PENDING_REVIEW", "REJECTED>CLOSED");

    @Test
    void every_pair_of_statuses_is_allowed_exactly_when_the_table_says_so() {
        int checked = 0;
        for (JobStatus from : JobStatus.values()) {
            for (JobStatus to : JobStatus.values()) {
                assertThat(JobTransitions.allowed(from, to)).as(from + " -> " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(36);
    }

    @Test
    void closed_and_expired_jobs_cannot_be_edited_the_rest_can() {
        assertThat(JobTransitions.editable(JobStatus.DRAFT)).isTrue();
        assertThat(JobTransitions.editable(JobStatus.PENDING_REVIEW)).isTrue();
        assertThat(JobTransitions.editable(JobStatus.PUBLISHED)).isTrue();
        assertThat(JobTransitions.editable(JobStatus.REJECTED)).isTrue();
        assertThat(JobTransitions.editable(JobStatus.CLOSED)).isFalse();
        assertThat(JobTransitions.editable(JobStatus.EXPIRED)).isFalse();
    }
}
