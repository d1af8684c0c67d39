package cn.nanhu.talent.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The weights of the match score, under {@code matching.weights.*}. Each signal scores 0..1 and
 * counts with its weight; the weights are points out of 100. The defaults, and why:
 * <ul>
 * <li>occupation 30: the kind of work is what a seeker asked for first; a wrong trade is useless however close or well paid;</li>
 * <li>district 20: commuting decides most blue- and white-collar moves in a county-level labour market;</li>
 * <li>salary 15: a job below the expected pay is rarely taken, above it always welcome;</li>
 * <li>skills 10: the seeker's own words (skills, major) found in the post: strong when present, but many posts are terse;</li>
 * <li>behaviour 10: what seekers with the same wishes applied to or saved, a signal of real appeal the post text cannot show;</li>
 * <li>freshness 10: new posts are still hiring; old ones are often filled;</li>
 * <li>badges 5: verified and 规上 employers are safer bets, a tie-breaker rather than a driver.</li>
 * </ul>
 * A stretch (education or experience one step short) loses {@code stretchPenalty} points.
 */
@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    Weights weights();

    /** Points taken off a job the seeker falls one step short of. */
    @WithDefault("10")
    int stretchPenalty();

    /** Jobs (or seekers) the index proposes before scoring; more finds more, slower. */
    @WithDefault("200")
    int candidates();

    IndexSettings index();

    /** Each seeker's ranking kept between requests (see {@code RecommendationCache}). */
    CacheSettings recommendationCache();

    AlertSettings alerts();

    /** Job alerts. */
    interface AlertSettings {
        /** How often to look for alerts that are due, e.g. {@code 5m}; {@code off} in tests (they run it by hand). */
        @WithDefault("5m")
        String every();
    }

    interface CacheSettings {
        /**
         * How long a ranking is reused while the job index and the registration stay the same; {@code 0s}
         * turns it off. Only the soft signals lag by up to this: other seekers' applications, a day's ageing.
         */
        @WithDefault("5m")
        java.time.Duration ttl();

        /** Seekers whose ranking is kept at most; past it the expired go first, then all. */
        @WithDefault("20000")
        int maxSeekers();
    }

    /** The candidate index. */
    interface IndexSettings {
        /** How often a copy re-reads registrations changed by other copies, e.g. {@code 5s}; {@code off} in tests. */
        @WithDefault("5s")
        String catchUpEvery();
    }

    interface Weights {
        @WithDefault("30")
        double occupation();

        @WithDefault("20")
        double district();

        @WithDefault("15")
        double salary();

        @WithDefault("10")
        double skills();

        @WithDefault("10")
        double behaviour();

        @WithDefault("10")
        double freshness();

        @WithDefault("5")
        double badges();
    }
}
