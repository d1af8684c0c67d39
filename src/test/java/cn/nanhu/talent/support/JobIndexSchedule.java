package cn.nanhu.talent.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stops the search indexes' scheduled catch-up in tests; a test calls {@code JobIndex.catchUp()} or
 * {@code SeekerIndex.catchUp()} when it means to.
 */
@QuarkusTestResource(JobIndexSchedule.class)
public class JobIndexSchedule implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("jobs.index.catch-up-every", "off", "matching.index.catch-up-every", "off");
    }

    @Override
    public void stop() {
        // nothing was started
    }
}
