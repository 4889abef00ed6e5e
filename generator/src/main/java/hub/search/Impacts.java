package hub.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Per-document scores of one term's query ({@link Searcher#termQuery}), computed the way Lucene's
 * TermScorer computes them (the searcher's BM25 similarity over each field's postings and norms)
 * but without running a query per term: the same numbers, a fraction of the time.
 */
final class Impacts {
    interface Sink {
        void accept(int doc, float score) throws IOException;
    }

    private final IndexSearcher searcher;
    private final DirectoryReader reader;
    private final float[] sum;
    private final boolean[] hit;
    private final int[] touched;

    Impacts(IndexSearcher searcher, DirectoryReader reader) {
        this.searcher = searcher;
        this.reader = reader;
        this.sum = new float[reader.maxDoc()];
        this.hit = new boolean[reader.maxDoc()];
        this.touched = new int[reader.maxDoc()];
    }

    void of(String term, Sink sink) throws IOException {
        int n = 0;
        BytesRef bytes = new BytesRef(term);
        // Fields in the order the per-term query lists its clauses.
        for (var f : Fields.BOOSTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String field = f.getKey();
            CollectionStatistics cs = searcher.collectionStatistics(field);
            if (cs == null) continue;
            long df = 0, ttf = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                if (te.seekExact(bytes)) {
                    df += te.docFreq();
                    ttf += te.totalTermFreq();
                }
            }
            if (df == 0) continue;
            Similarity.SimScorer scorer = searcher.getSimilarity().scorer(f.getValue(), cs, new TermStatistics(bytes, df, ttf));
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                if (!te.seekExact(bytes)) continue;
                PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
                NumericDocValues norms = leaf.reader().getNormValues(field);
                for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
                    long norm = norms != null && norms.advanceExact(d) ? norms.longValue() : 1L;
                    int doc = leaf.docBase + d;
                    if (!hit[doc]) {
                        hit[doc] = true;
                        touched[n++] = doc;
                    }
                    sum[doc] += scorer.score(pe.freq(), norm);
                }
            }
        }
        Arrays.sort(touched, 0, n);
        for (int i = 0; i < n; i++) {
            int doc = touched[i];
            sink.accept(doc, sum[doc]);
            sum[doc] = 0;
            hit[doc] = false;
        }
    }
}
