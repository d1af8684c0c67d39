package cn.nanhu.talent.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The caches the rest of the suite turns off (so that a change shows in the next call), on as in
 * production: the tests of what a kept answer may and may not show share this one start.
 */
public class CachesOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("matching.recommendation-cache.ttl", "60s", "search.cache-ttl", "60s");
    }
}
