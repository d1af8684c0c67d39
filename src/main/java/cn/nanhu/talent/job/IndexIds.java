package cn.nanhu.talent.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Reads the ids of hits from a sorted doc-values field: far cheaper than decompressing stored fields per hit. */
public final class IndexIds {

    private IndexIds() {
    }

    public static List<String> of(IndexSearcher searcher, ScoreDoc[] hits, String field) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> ids = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            SortedDocValues values = leaf.reader().getSortedDocValues(field);
            int doc = hit.doc - leaf.docBase;
            if (values != null && values.advanceExact(doc)) {
                ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        return ids;
    }
}
