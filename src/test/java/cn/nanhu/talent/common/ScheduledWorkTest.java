package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanhu.talent.support.LogCapture;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduledWorkTest {

    private static RuntimeException databaseDown() {
        return new PersistenceException("could not prepare statement", new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
    }

    @Test
    void an_outage_is_one_warning_per_task_without_a_stack_trace_and_its_end_one_line() {
        AtomicInteger runs = new AtomicInteger();
        try (LogCapture logs = LogCapture.install()) {
            for (int i = 0; i < 5; i++) {
                ScheduledWork.run("test-outage-task", () -> {
                    runs.incrementAndGet();
                    throw databaseDown();
                });
            }
            ScheduledWork.run("test-outage-task", runs::incrementAndGet);
            ScheduledWork.run("test-outage-task", runs::incrementAndGet);
            String all = logs.all();
            assertThat(runs).hasValue(7);
            assertThat(all.split("the database is unavailable", -1)).as("one warning for five failed runs").hasSize(2);
            assertThat(all).contains("test-outage-task", "SQLException SQLSTATE 08001")
                    .doesNotContain("\tat ", "127.0.0.1:5432");
            assertThat(all.split("the database answers again", -1)).as("one line when it is back").hasSize(2);
        }
    }

    @Test
    void any_other_failure_goes_on_to_the_scheduler() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertThatThrownBy(() -> ScheduledWork.run("test-bug-task", () -> {
            throw bug;
        })).isSameAs(bug);
    }
}
