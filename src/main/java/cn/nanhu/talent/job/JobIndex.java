package cn.nanhu.talent.job;

import cn.nanhu.talent.common.ScheduledWork;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.jboss.logging.Logger;

/**
 * This copy's in-memory search index of visible jobs. It is rebuilt from the database at start,
 * updated after each committed change here, and catches up on job_change rows written by other
 * copies, so every copy converges on what the database says.
 */
@ApplicationScoped
public class JobIndex {

    private static final Logger LOG = Logger.getLogger(JobIndex.class);
    private static final int BUILD_PAGE = 1000;

    private final JobDocuments documents;
    private final Instance<JobFairs> fairs;
    private final JobViews views;
    private final EmployerBriefs briefs;
    private final EntityManager em;
    private final Clock clock;
    private LiveIndex index;
    /** Grows after every change that is searchable: the key of caches of what the index answered. */
    private final AtomicLong generation = new AtomicLong();

    public JobIndex(JobDocuments documents, Instance<JobFairs> fairs, JobViews views, EmployerBriefs briefs, EntityManager em,
            Clock clock) {
        this.documents = documents;
        this.fairs = fairs;
        this.views = views;
        this.briefs = briefs;
        this.em = em;
        this.clock = clock;
    }

    /** One page of hits: the job ids in order, and how many matched in all. */
    public record Hits(List<String> ids, long total) {
    }

    void onStart(@Observes StartupEvent event) {
        index = new LiveIndex(em, clock, "job_change", "job_id, employer_id");
        rebuild();
        LOG.infof("Job index built with %d documents", index.size());
    }

    /**
     * Builds the index anew from the database: at start, and whenever an operator wants it. In
     * pages of jobs with their employers, each page its own short transaction: one query per
     * thousand jobs instead of two per job, and no transaction as long as the whole build.
     */
    public void rebuild() {
        index.rebuild(this::indexPage);
        generation.incrementAndGet();
    }

    /**
     * A number that grows whenever the index may answer differently (a job put in, changed or taken
     * out, its employer's standing changed), counted once the change is searchable. Results kept
     * with an older number may be stale.
     */
    public long generation() {
        return generation.get();
    }

    void onStop(@Observes ShutdownEvent event) {
        index.close();
    }

    /** The first {@code max} distinct terms the index's analyser makes of {@code text}. */
    Set<String> terms(String text, int max) {
        return index.terms(JobDocuments.TITLE, text, max);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobChanged change) {
        QuarkusTransaction.requiringNew().run(() -> apply(change.jobId(), change.employerId()));
        index.refresh();
        generation.incrementAndGet();
    }

    /** Re-reads the changes other copies (or a failed update here) left since the watermark. */
    @Scheduled(identity = "job-index-catch-up", every = "${jobs.index.catch-up-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCatchUp() {
        ScheduledWork.run("job-index-catch-up", this::catchUp);
    }

    /** Applies the job changes other copies (or this one) made since the last catch-up. */
    public void catchUp() {
        if (index != null) {
            AtomicLong applied = new AtomicLong();
            index.catchUp(row -> {
                applied.incrementAndGet();
                apply((String) row[0], (String) row[1]);
            });
            if (applied.get() > 0) {
                generation.incrementAndGet();
            }
        }
    }

    public Hits search(Query query, Sort sort, int offset, int size) {
        return index.read(searcher -> {
            TopDocs top = searcher.search(query, offset + size, sort, false);
            ScoreDoc[] docs = top.scoreDocs;
            ScoreDoc[] page = offset >= docs.length ? new ScoreDoc[0] : java.util.Arrays.copyOfRange(docs, offset, docs.length);
            // ids from doc values: decompressing the stored fields of each hit was a third of a search's CPU
            return new Hits(IndexIds.of(searcher, page, JobDocuments.ID_SORT), top.totalHits.value);
        });
    }

    /**
     * The ids of the {@code n} best-scoring documents, in score order. Scored only (no sort field),
     * so Lucene can skip documents that cannot make the top {@code n}; ids come from doc values,
     * cheaper than stored fields.
     */
    public List<String> best(Query query, int n) {
        return index.read(searcher -> IndexIds.of(searcher, searcher.search(query, n).scoreDocs, JobDocuments.ID_SORT));
    }

    private void apply(String jobId, String employerId) {
        if (jobId != null) {
            refreshJob(jobId);
        }
        if (employerId != null) {
            briefs.forget(employerId);
            em.createQuery("select j.id from Job j where j.employerId = :e", String.class).setParameter("e", employerId)
                    .getResultList().forEach(this::refreshJob);
        }
    }

    /** Puts the job in the index when seekers may see it, and takes it out otherwise. */
    private void refreshJob(String jobId) {
        Job j = em.find(Job.class, jobId);
        var employer = j == null ? null : views.employer(j.employerId).orElse(null);
        if (employer != null && j.visibleAt(OffsetDateTime.now(clock))) {
            index.put(new Term(JobDocuments.ID, jobId), documents.of(j, employer, fairsOf(List.of(jobId)).getOrDefault(jobId, Set.of())));
        } else {
            index.remove(new Term(JobDocuments.ID, jobId));
        }
    }

    /** Adds the visible jobs of one page to the (empty) index; returns the last id read, or null after the last page. */
    private String indexPage(String afterId) {
        List<Job> jobs = em.createQuery("select j from Job j where j.status = :s and j.id > :after order by j.id", Job.class)
                .setParameter("s", JobStatus.PUBLISHED).setParameter("after", afterId)
                .setMaxResults(BUILD_PAGE).getResultList();
        if (jobs.isEmpty()) {
            return null;
        }
        Map<String, PublicEmployer> employers = views.employers(jobs.stream().map(j -> j.employerId).collect(Collectors.toSet()));
        Map<String, Set<String>> fairIds = fairsOf(jobs.stream().map(j -> j.id).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Job j : jobs) {
            PublicEmployer employer = employers.get(j.employerId);
            if (employer != null && j.visibleAt(now)) {
                index.add(documents.of(j, employer, fairIds.getOrDefault(j.id, Set.of())));
            }
        }
        return jobs.get(jobs.size() - 1).id;
    }

    private Map<String, Set<String>> fairsOf(List<String> jobIds) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (JobFairs f : fairs) {
            f.fairsOf(jobIds).forEach((job, ids) -> out.computeIfAbsent(job, k -> new java.util.HashSet<>()).addAll(ids));
        }
        return out;
    }
}
