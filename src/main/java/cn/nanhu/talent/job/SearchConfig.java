package cn.nanhu.talent.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the public job search, under {@code search.*}. */
@ConfigMapping(prefix = "search")
public interface SearchConfig {

    /**
     * How long this copy reuses the hits of a search (which jobs, in which order) for the same
     * criteria and page, while the job index stays the same; {@code 0s} turns it off. A job put in,
     * changed or taken out changes the index, so it shows (or goes) at once whatever this says; each
     * page's jobs and employers are still read fresh. Only a job passing its closing date between two
     * runs of the expirer may leave a page one card short for up to this long.
     */
    @WithDefault("10s")
    Duration cacheTtl();

    /** Distinct searches (criteria and page) kept at most, about 1 KB each. */
    @WithDefault("10000")
    int cacheSize();
}
