package cn.nanhu.talent.matching;

import cn.nanhu.talent.common.ExpiringMap;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each seeker's ranked jobs, kept between requests: ranking asks the job index for the jobs near
 * the wishes, which costs several times a search, and a seeker who comes back to the list (or
 * pulls to refresh) would otherwise pay it again for the same answer. An entry serves only while
 * the job index has not changed ({@link cn.nanhu.talent.job.JobIndex#generation()}), the
 * registration has not changed (its version) and {@code ttl} has not passed; the caller still drops
 * what the seeker applied to or blocked since, on every request. What may lag by up to {@code ttl}
 * is the behaviour signal (other seekers' applications) and the freshness points of a day's ageing.
 * Kept in this copy's memory, at most {@code maxSeekers} seekers.
 */
final class RecommendationCache {

    /** A job in a seeker's ranking, without the card (the card is read fresh for each answer). */
    record Ranked(String jobId, String employerId, int score, List<String> reasons, boolean stretch) {
    }

    /** The first {@code ranked} of a ranking; {@code complete} when nothing was left out. */
    record Entry(long generation, long profileVersion, List<Ranked> ranked, boolean complete) {
    }

    /**
     * Jobs kept per seeker: the usual page of 10 and as many again for jobs applied to in the
     * meantime (about 2 KB a seeker, see {@link #shared}). A larger page, or one the kept jobs no
     * longer fill, is ranked anew.
     */
    static final int KEEP = 20;

    /** Null when the cache is off. */
    private final ExpiringMap<String, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    RecommendationCache(Duration ttl, int maxSeekers, Clock clock) {
        this.entries = ttl.isZero() || ttl.isNegative() ? null
                : ExpiringMap.afterWrite("recommendations", ttl, Math.max(1, maxSeekers), clock);
    }

    /** The seeker's kept ranking if it still holds for this index generation and registration version, else null. */
    Entry get(String userId, long generation, long profileVersion) {
        if (entries == null) {
            return null;
        }
        Entry e = entries.get(userId);
        if (e == null || e.generation() != generation || e.profileVersion() != profileVersion) {
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        return e;
    }

    void put(String userId, long generation, long profileVersion, List<Ranked> ranked) {
        if (entries == null) {
            return;
        }
        entries.put(userId, new Entry(generation, profileVersion,
                ranked.subList(0, Math.min(KEEP, ranked.size())).stream().map(RecommendationCache::shared).toList(),
                ranked.size() <= KEEP));
    }

    /**
     * The same ranked job with its ids and reasons as the one copy the JVM keeps of each string: the
     * same jobs and the same reasons (an occupation's name, a district) recur across thousands of
     * seekers, and separate copies made the kept rankings four times as large (8.7 KB a seeker in
     * the load test's soak). Unused strings are still collected.
     */
    private static Ranked shared(Ranked r) {
        return new Ranked(r.jobId().intern(), r.employerId().intern(), r.score(),
                r.reasons().stream().map(String::intern).toList(), r.stretch());
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    int size() {
        return entries == null ? 0 : entries.size();
    }
}
