package cn.nanhu.talent.matching;

import cn.nanhu.talent.application.Application;
import cn.nanhu.talent.job.JobSearch;
import cn.nanhu.talent.job.JobSearch.Candidate;
import cn.nanhu.talent.job.JobViews;
import cn.nanhu.talent.matching.MatchingDtos.Recommendation;
import cn.nanhu.talent.reference.ReferenceData;
import cn.nanhu.talent.seeker.SeekerBlock;
import cn.nanhu.talent.seeker.SeekerProfile;
import cn.nanhu.talent.seeker.SeekerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The best open jobs for a seeker: the job index proposes candidates near the registration
 * (occupation, district, skills), hard rules drop what the seeker applied to, blocked, or clearly
 * does not qualify for, and {@link MatchScorer} ranks the rest with reasons.
 */
@ApplicationScoped
public class Recommendations {

    /** The seeker's words used to find jobs: skills first, then the major. */
    static final int MAX_WORDS = 10;

    private final SeekerService seekers;
    private final JobSearch search;
    private final JobViews views;
    private final MatchingConfig config;
    private final EntityManager em;
    private final Clock clock;
    private final MatchScorer scorer;
    private final RecommendationCache cache;

    public Recommendations(SeekerService seekers, JobSearch search, JobViews views, ReferenceData reference,
            MatchingConfig config, EntityManager em, Clock clock) {
        this.seekers = seekers;
        this.search = search;
        this.views = views;
        this.config = config;
        this.em = em;
        this.clock = clock;
        this.scorer = new MatchScorer(config.weights(), config.stretchPenalty(),
                code -> reference.occupation(code).map(o -> o.name()).orElse(code),
                code -> reference.division(code).map(d -> d.name()).orElse(code));
        this.cache = new RecommendationCache(config.recommendationCache().ttl(), config.recommendationCache().maxSeekers(),
                clock);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> forSeeker(String userId, int size) {
        SeekerProfile p = seekers.readyProfile(userId);
        Set<String> applied = new HashSet<>(em.createQuery("select a.jobId from Application a where a.seekerId = :u", String.class)
                .setParameter("u", userId).getResultList());
        Set<String> blocked = SeekerBlock.<SeekerBlock>list("userId", userId).stream().map(b -> b.employerId).collect(Collectors.toSet());
        // read before ranking: an index change while ranking leaves the entry under the older number, so it is not reused
        long generation = search.indexGeneration();
        RecommendationCache.Entry kept = cache.get(userId, generation, p.version);
        if (kept != null) {
            List<Recommendation> answer = present(kept.ranked(), applied, blocked, size, null);
            if (answer.size() >= size || kept.complete()) {
                return answer;
            }
        }
        Map<String, Candidate> cards = new HashMap<>();
        List<RecommendationCache.Ranked> ranked = rank(userId, p, applied, blocked, cards);
        cache.put(userId, generation, p.version, ranked);
        return present(ranked, applied, blocked, size, cards);
    }

    /** Every candidate near the registration that the seeker may apply to, scored, best first. */
    private List<RecommendationCache.Ranked> rank(String userId, SeekerProfile p, Set<String> applied, Set<String> blocked,
            Map<String, Candidate> cards) {
        MatchScorer.Seeker seeker = seeker(p);
        List<String> districts = new ArrayList<>(p.desiredDistricts());
        if (p.currentDistrictCode != null) {
            districts.add(p.currentDistrictCode);
        }
        List<Candidate> candidates = search.candidates(
                new JobSearch.Wishes(p.desiredOccupations(), districts, seeker.words()), config.candidates());
        List<Candidate> open = candidates.stream()
                .filter(c -> !applied.contains(c.job().id) && !blocked.contains(c.job().employerId)).toList();
        Map<String, Integer> similar = similarSeekers(userId, p.desiredOccupations(), open.stream().map(c -> c.job().id).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Scored(Candidate candidate, MatchScorer.Match match) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : open) {
            scorer.score(seeker, job(c), similar.getOrDefault(c.job().id, 0), now).ifPresent(m -> scored.add(new Scored(c, m)));
        }
        scored.sort(Comparator.comparingInt((Scored s) -> s.match().score()).reversed()
                .thenComparing(s -> s.candidate().job().publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        scored.forEach(s -> cards.put(s.candidate().job().id, s.candidate()));
        return scored.stream().map(s -> new RecommendationCache.Ranked(s.candidate().job().id, s.candidate().job().employerId,
                s.match().score(), s.match().reasons(), s.match().stretch())).toList();
    }

    /**
     * The first {@code size} of a ranking the seeker has not applied to and whose employer they have
     * not blocked, each with its card as it is now ({@code cards} when the ranking was just made,
     * else read for these jobs only; a job no longer open drops out).
     */
    private List<Recommendation> present(List<RecommendationCache.Ranked> ranked, Set<String> applied, Set<String> blocked, int size,
            Map<String, Candidate> cards) {
        List<RecommendationCache.Ranked> wanted = ranked.stream()
                .filter(r -> !applied.contains(r.jobId()) && !blocked.contains(r.employerId())).limit(size).toList();
        Map<String, Candidate> shown = cards != null ? cards : search.cards(wanted.stream().map(RecommendationCache.Ranked::jobId).toList());
        List<Recommendation> answer = new ArrayList<>();
        for (RecommendationCache.Ranked r : wanted) {
            Candidate c = shown.get(r.jobId());
            if (c != null) {
                answer.add(new Recommendation(views.summary(c.job(), c.employer()), r.score(), r.reasons(), r.stretch()));
            }
        }
        return answer;
    }

    /** Rankings reused and made since start (for tests and operators). */
    long cacheHits() {
        return cache.hits();
    }

    long cacheMisses() {
        return cache.misses();
    }

    static MatchScorer.Seeker seeker(SeekerProfile p) {
        Set<String> words = new LinkedHashSet<>(p.skillList());
        if (p.major != null) {
            words.add(p.major);
        }
        return new MatchScorer.Seeker(p.desiredOccupations(), p.currentDistrictCode, p.desiredDistricts(), p.desiredSalaryMin,
                p.education, p.experienceYears, words.stream().limit(MAX_WORDS).toList());
    }

    static MatchScorer.Job job(Candidate c) {
        var j = c.job();
        return new MatchScorer.Job(j.occupationCode, j.districtCode, j.salaryMin, j.salaryMax, j.education, j.experienceYears,
                j.title + " " + j.description + " " + String.join(" ", j.tagList()), j.publishedAt, c.employer().badges());
    }

    /**
     * For each job, how many other seekers who want work in the same minor groups (小类) applied
     * to it or saved it: two grouped queries for the whole candidate list.
     */
    private Map<String, Integer> similarSeekers(String userId, List<String> occupations, List<String> jobIds) {
        Set<String> groups = occupations.stream().map(Recommendations::minorGroup).collect(Collectors.toSet());
        Map<String, Integer> counts = new HashMap<>();
        if (groups.isEmpty() || jobIds.isEmpty()) {
            return counts;
        }
        StringBuilder like = new StringBuilder();
        List<String> patterns = new ArrayList<>(groups);
        for (int i = 0; i < patterns.size(); i++) {
            like.append(i == 0 ? "" : " or ").append("p.desired_occupation_codes like ?").append(i + 3);
        }
        for (String table : List.of("application", "favorite")) {
            String seekerColumn = table.equals("application") ? "seeker_id" : "user_id";
            var q = em.createNativeQuery("select t.job_id, count(distinct t." + seekerColumn + ") from " + table + " t"
                    + " join seeker_profile p on p.user_id = t." + seekerColumn
                    + " where t.job_id in (?1) and t." + seekerColumn + " <> ?2 and (" + like + ") group by t.job_id")
                    .setParameter(1, jobIds).setParameter(2, userId);
            for (int i = 0; i < patterns.size(); i++) {
                q.setParameter(i + 3, "%" + patterns.get(i) + "%");
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = q.getResultList();
            rows.forEach(r -> counts.merge((String) r[0], ((Number) r[1]).intValue(), Integer::sum));
        }
        return counts;
    }

    private static String minorGroup(String code) {
        String[] parts = code.split("-");
        return parts.length >= 3 ? String.join("-", parts[0], parts[1], parts[2]) : code;
    }
}
