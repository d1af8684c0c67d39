package cn.nanhu.talent.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory index that follows the database: built from it in pages, then kept current by the
 * owner after each committed change here, and caught up from a change table ({@code seq},
 * {@code changed_at} and the key columns) that every copy of the service writes to. The job index
 * and the seeker index are both one of these; what goes into a document stays with its owner.
 */
public final class LiveIndex implements AutoCloseable {

    /** A transaction may commit after one with a higher seq; re-reading recent rows catches it. */
    private static final Duration LATE_COMMIT_SLACK = Duration.ofMinutes(1);

    private final EntityManager em;
    private final Clock clock;
    private final String changeTable;
    private final String keyColumns;
    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean ready;
    private volatile long watermark;

    /** Reads {@code searcher} and returns what it found. */
    @FunctionalInterface
    public interface Read<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    /**
     * @param changeTable the change table to follow, e.g. {@code job_change}
     * @param keyColumns  its columns handed to the catch-up, e.g. {@code job_id, employer_id}
     */
    public LiveIndex(EntityManager em, Clock clock, String changeTable, String keyColumns) {
        this.em = em;
        this.clock = clock;
        this.changeTable = changeTable;
        this.keyColumns = keyColumns;
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the index anew: remembers where the change table stands, then calls {@code page} with
     * the last key read ("" first), each call in its own short transaction, until it returns null.
     * The first build also opens the index to catch-ups.
     */
    public synchronized void rebuild(UnaryOperator<String> page) {
        try {
            writer.deleteAll();
            watermark = QuarkusTransaction.requiringNew().call(this::maxSeq);
            String after = "";
            while (after != null) {
                String from = after;
                after = QuarkusTransaction.requiringNew().call(() -> page.apply(from));
            }
            searchers.maybeRefreshBlocking();
            ready = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands {@code apply} the key columns of every change since the watermark (and of the last
     * minute, for late commits), in one transaction, then makes the result searchable. Does
     * nothing until the first build is done: that build reads everything a catch-up would.
     */
    public void catchUp(Consumer<Object[]> apply) {
        if (!ready) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select seq, " + keyColumns + " from " + changeTable
                            + " where seq > ?1 or changed_at > ?2 order by seq")
                    .setParameter(1, watermark).setParameter(2, OffsetDateTime.now(clock).minus(LATE_COMMIT_SLACK)).getResultList();
            long max = watermark;
            for (Object[] row : rows) {
                apply.accept(Arrays.copyOfRange(row, 1, row.length));
                max = Math.max(max, ((Number) row[0]).longValue());
            }
            watermark = max;
        });
        refresh();
    }

    public void add(Document d) {
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts {@code d} in place of the document whose {@code id} is given. */
    public void put(Term id, Document d) {
        try {
            writer.updateDocument(id, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Term id) {
        try {
            writer.deleteDocuments(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes so far searchable. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    public SmartChineseAnalyzer analyzer() {
        return analyzer;
    }

    /** The first {@code max} distinct terms the Chinese analyser makes of {@code text}. */
    public Set<String> terms(String field, String text, int max) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < max) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long maxSeq() {
        Object max = em.createNativeQuery("select max(seq) from " + changeTable).getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }
}
