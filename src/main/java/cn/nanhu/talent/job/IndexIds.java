package cn.nanhu.talent.job;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads the ids of hits from a sorted doc-values field: far cheaper than decompressing stored
 * fields per hit. The hits are visited in document order, one doc-values iterator per segment,
 * and the ids returned in the hits' order.
 */
public final class IndexIds {

    private IndexIds() {
    }

    public static List<String> of(IndexSearcher searcher, ScoreDoc[] hits, String field) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        String[] ids = new String[hits.length];
        int leafIndex = -1;
        SortedDocValues values = null;
        LeafReaderContext leaf = null;
        for (int i : order) {
            int doc = hits[i].doc;
            int sub = ReaderUtil.subIndex(doc, leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                leaf = leaves.get(sub);
                values = leaf.reader().getSortedDocValues(field);
            }
            if (values != null && values.advanceExact(doc - leaf.docBase)) {
                ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return Arrays.stream(ids).filter(id -> id != null).toList();
    }
}
