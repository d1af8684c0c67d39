package cn.nanhu.talent.job;

import cn.nanhu.talent.reference.OccupationNames;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.ExpiringMap;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.job.JobDtos.JobSummary;
import cn.nanhu.talent.employer.Employer;
import cn.nanhu.talent.job.JobDtos.EmployerBrief;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Public job search. The words are analysed like the documents and combined by hand, never parsed
 * as Lucene syntax, so "C++ (AND)" is just text. Hits are re-checked against the database, so a
 * job taken down a moment ago is never shown even if this copy's index lags.
 */
@ApplicationScoped
public class JobSearch {

    /** Deep offsets cost more than they help anyone; past this a seeker should narrow the search. */
    static final int MAX_OFFSET = 1000;
    /** A query is a few words; a pasted essay should not become a thousand-clause query. */
    static final int MAX_TERMS = 16;

    private static final SortField NEWEST = new SortField(JobDocuments.PUBLISHED, SortField.Type.LONG, true);
    private static final SortField BY_ID = new SortField(JobDocuments.ID_SORT, SortField.Type.STRING);

    private final JobIndex index;
    private final JobViews views;
    private final EmployerBriefs briefs;
    private final EntityManager em;
    private final Clock clock;
    /** The hits of recent searches, with the index generation they were found in; null when off. */
    private final ExpiringMap<HitsKey, KeptHits> recent;
    private final AtomicLong reused = new AtomicLong();

    private record HitsKey(Criteria criteria, int offset, int size) {
    }

    private record KeptHits(long generation, JobIndex.Hits hits) {
    }

    public JobSearch(JobIndex index, JobViews views, EmployerBriefs briefs, EntityManager em, Clock clock, SearchConfig config) {
        this.index = index;
        this.views = views;
        this.briefs = briefs;
        this.em = em;
        this.clock = clock;
        this.recent = config.cacheTtl().isZero() || config.cacheTtl().isNegative() ? null
                : ExpiringMap.afterWrite("search hits", config.cacheTtl(), Math.max(1, config.cacheSize()), clock);
    }

    /** The search parameters, as the query string gives them. */
    public record Criteria(String q, String district, String occupation, String industry, Integer salaryMin,
            String education, String jobType, String sort, String fair) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JobSummary> search(Criteria c, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        int offset = cursor == null ? 0 : (int) Math.min(cursor.longPart(0), Integer.MAX_VALUE);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
        JobIndex.Hits hits = hits(c, offset, page.size());
        String next = offset + hits.ids().size() < hits.total() && offset + page.size() <= MAX_OFFSET
                ? Cursor.of(Integer.toString(offset + page.size())).encode() : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        // One query per page, whatever its size: the jobs whose employer is approved right now. The
        // employers' names and badges come from a short-lived cache; their approval never does.
        List<Job> rows = visible(hits.ids());
        Map<String, Job> byId = new HashMap<>();
        rows.forEach(j -> byId.put(j.id, j));
        Map<String, EmployerBrief> employers = briefs.of(rows.stream().map(j -> j.employerId).collect(Collectors.toSet()));
        List<JobSummary> items = hits.ids().stream().map(byId::get).filter(Objects::nonNull)
                .filter(j -> j.visibleAt(now))
                .filter(j -> employers.containsKey(j.employerId))
                .map(j -> views.summary(j, employers.get(j.employerId))).toList();
        return new Page<>(items, next);
    }

    /**
     * The ids and total of one page: those a search with the same criteria and page found in this
     * index generation, else the index's answer. Most traffic is the first page of a few common
     * searches, and what changes between two of them is which jobs are still visible and what they
     * say, which {@link #search} reads fresh every time.
     */
    private JobIndex.Hits hits(Criteria c, int offset, int size) {
        // the generation is read before searching: a change landing meanwhile makes this answer stale at once
        long generation = index.generation();
        HitsKey key = recent == null ? null : new HitsKey(c, offset, size);
        if (key != null) {
            KeptHits kept = recent.get(key);
            if (kept != null && kept.generation() == generation) {
                reused.incrementAndGet();
                return kept.hits();
            }
        }
        JobIndex.Hits hits = index.search(query(c), sort(c), offset, size);
        if (key != null) {
            recent.put(key, new KeptHits(generation, hits));
        }
        return hits;
    }

    /** Searches answered from the hits kept (for tests and operators). */
    long reusedHits() {
        return reused.get();
    }

    /** What matching asks the index for: jobs near a seeker's wishes. Codes include what lies under them. */
    public record Wishes(List<String> occupationCodes, List<String> districtCodes, List<String> words) {
    }

    /** A visible job the index found near the wishes, with its employer as result cards show it. */
    public record Candidate(Job job, EmployerBrief employer) {
    }

    /**
     * Up to {@code limit} visible jobs that match at least one wish (an occupation, a district or a
     * word), the closest first (ties in no particular order; the caller ranks them); with no wishes
     * at all, any. Re-checked against the database like search results, in one query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> candidates(Wishes w, int limit) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String code : w.occupationCodes()) {
            any.add(new BoostQuery(new TermQuery(new Term(JobDocuments.OCCUPATION, code)), 4f), Occur.SHOULD);
            // the same minor and middle group count too, less
            if (code.split("-").length == 4) {
                any.add(new BoostQuery(new TermQuery(new Term(JobDocuments.OCCUPATION, OccupationNames.group(code, 3))), 2f), Occur.SHOULD);
                any.add(new TermQuery(new Term(JobDocuments.OCCUPATION, OccupationNames.group(code, 2))), Occur.SHOULD);
            }
        }
        for (String code : w.districtCodes()) {
            any.add(new BoostQuery(new TermQuery(new Term(JobDocuments.DISTRICT, code)), 2f), Occur.SHOULD);
            if (code.length() >= 4) {
                any.add(new TermQuery(new Term(JobDocuments.DISTRICT, code.substring(0, 4))), Occur.SHOULD);
            }
        }
        // the seeker's words, at most MAX_TERMS of them, in the title, the occupation names or the rest
        Set<String> words = new LinkedHashSet<>();
        for (String word : w.words()) {
            for (String t : terms(word)) {
                if (words.size() < MAX_TERMS) {
                    words.add(t);
                }
            }
        }
        for (String t : words) {
            any.add(new TermQuery(new Term(JobDocuments.TITLE, t)), Occur.SHOULD);
            any.add(new TermQuery(new Term(JobDocuments.OCCUPATION_TEXT, t)), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(JobDocuments.BODY, t)), 0.5f), Occur.SHOULD);
        }
        // The wishes alone, with no filter beside them: a top-level disjunction lets Lucene skip the
        // jobs that cannot make the pool. An expired job the expirer has not taken out yet is
        // dropped below (visibleAt), at the cost of a place in the pool until then.
        BooleanQuery wishes = any.build();
        List<String> ids = index.best(wishes.clauses().isEmpty() ? new MatchAllDocsQuery() : wishes, limit);
        Map<String, Candidate> cards = cards(ids);
        return ids.stream().map(cards::get).filter(Objects::nonNull).toList();
    }

    /** The jobs among {@code ids} that seekers may see right now, with their employers as cards show them, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Candidate> cards(List<String> ids) {
        List<Job> jobs = visible(ids);
        Map<String, EmployerBrief> employers = briefs.of(jobs.stream().map(j -> j.employerId).collect(Collectors.toSet()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Candidate> byId = new HashMap<>();
        for (Job j : jobs) {
            if (j.visibleAt(now) && employers.containsKey(j.employerId)) {
                byId.put(j.id, new Candidate(j, employers.get(j.employerId)));
            }
        }
        return byId;
    }

    /** Grows whenever the index may answer differently: see {@link JobIndex#generation()}. */
    public long indexGeneration() {
        return index.generation();
    }

    /** The jobs among these whose employer is approved right now, in one query. */
    private List<Job> visible(List<String> ids) {
        // read-only: shown or scored, never changed, so no copy is kept for the flush to compare against
        return ids.isEmpty() ? List.of() : em.createQuery(
                "select j from Job j where j.id in :ids and exists"
                        + " (select e.id from Employer e where e.id = j.employerId and e.status = :approved)", Job.class)
                .setParameter("ids", ids).setParameter("approved", Employer.Status.APPROVED)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    private Query query(Criteria c) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (c.q() != null && !c.q().isBlank()) {
            b.add(text(c.q().strip()), Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(b, JobDocuments.DISTRICT, c.district());
        filter(b, JobDocuments.OCCUPATION, c.occupation());
        filter(b, JobDocuments.INDUSTRY, c.industry());
        filter(b, JobDocuments.EDUCATION, c.education());
        filter(b, JobDocuments.JOB_TYPE, c.jobType());
        filter(b, JobDocuments.FAIR, c.fair());
        if (c.salaryMin() != null) {
            b.add(IntPoint.newRangeQuery(JobDocuments.SALARY_MAX, c.salaryMin(), Integer.MAX_VALUE), Occur.FILTER);
        }
        // the index drops expired jobs only when the expirer runs; never show one in between
        b.add(LongPoint.newRangeQuery(JobDocuments.EXPIRES, clock.millis() + 1, Long.MAX_VALUE), Occur.FILTER);
        return b.build();
    }

    /**
     * Every word must appear somewhere (title, occupation and its aliases, or the rest); the title
     * counts most. Built from analysed terms, so no character of q is ever syntax.
     */
    private Query text(String q) {
        Set<String> terms = terms(q);
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            anyField.add(new BoostQuery(new TermQuery(new Term(JobDocuments.TITLE, t)), 3f), Occur.SHOULD);
            anyField.add(new BoostQuery(new TermQuery(new Term(JobDocuments.OCCUPATION_TEXT, t)), 2f), Occur.SHOULD);
            anyField.add(new TermQuery(new Term(JobDocuments.BODY, t)), Occur.SHOULD);
            all.add(anyField.build(), Occur.MUST);
        }
        return all.build();
    }

    /** The words of a text as the index holds them (segmented, lower-cased), at most {@link #MAX_TERMS}. */
    private Set<String> terms(String text) {
        return index.terms(text, MAX_TERMS);
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }

    private static Sort sort(Criteria c) {
        boolean hasText = c.q() != null && !c.q().isBlank();
        String sort = c.sort() == null || c.sort().isBlank() ? (hasText ? "relevance" : "newest") : c.sort().strip();
        return switch (sort) {
            case "relevance" -> new Sort(SortField.FIELD_SCORE, NEWEST, BY_ID);
            case "newest" -> new Sort(NEWEST, BY_ID);
            case "salary" -> new Sort(new SortField(JobDocuments.SALARY_SORT, SortField.Type.LONG, true), NEWEST, BY_ID);
            default -> throw InvalidInput.of("sort", "sort 取值为 relevance、newest、salary / sort must be relevance, newest or salary");
        };
    }

    /** The {@code salaryMin} query parameter: empty, or a non-negative whole number of yuan (400 otherwise). */
    public static Integer salaryParam(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw InvalidInput.of("salaryMin", "salaryMin 必须是非负整数 / salaryMin must be a non-negative integer");
    }
}
