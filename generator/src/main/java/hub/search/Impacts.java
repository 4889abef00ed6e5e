package hub.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Per index term, the score Lucene gives each matching document for that term's query
 * ({@link Searcher#termQuery}: the term in every weighted field, BM25, boosted, summed). Computed as
 * Lucene's scorers compute it, without running a query per term: each field's score from the
 * searcher's similarity over postings and norms (TermScorer), summed in double and rounded to float
 * (DisjunctionSumScorer, BooleanScorer). So the browser's sum of impacts is bit for bit the score
 * Lucene gives. Postings are in impact order (ties by document number) so a client can stop early.
 * The index has one segment (see IndexWriterStage), so leaf doc ids are document numbers.
 */
final class Impacts {
    /** One term's postings: document numbers (= Lucene doc ids, which follow the key order) and impacts. */
    record Postings(int[] docs, float[] impacts) {
        int size() {
            return docs.length;
        }
    }

    private static final int BATCH = 2048;

    private Impacts() {
    }

    static Map<String, Postings> compute(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        LeafReader leaf = reader.leaves().get(0).reader();
        List<Map.Entry<String, Float>> fields = Fields.BOOSTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        TreeSet<String> vocabulary = new TreeSet<>();
        try {
            for (var f : fields) {
                Terms terms = leaf.terms(f.getKey());
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) vocabulary.add(t.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> all = new ArrayList<>(vocabulary);
        Map<String, Postings> out = new TreeMap<>();
        // Batches of terms in parallel, each with its own enums and buffers; the result does not depend on the split.
        List<Map<String, Postings>> parts = IntStream.range(0, (all.size() + BATCH - 1) / BATCH).parallel()
                .mapToObj(b -> batch(searcher, leaf, fields, all.subList(b * BATCH, Math.min(all.size(), (b + 1) * BATCH)))).toList();
        parts.forEach(out::putAll);
        return out;
    }

    private static Map<String, Postings> batch(IndexSearcher searcher, LeafReader leaf, List<Map.Entry<String, Float>> fields, List<String> terms) {
        Map<String, Postings> out = new TreeMap<>();
        int n = leaf.maxDoc();
        double[] sum = new double[n];
        boolean[] hit = new boolean[n];
        int[] touched = new int[n];
        try {
            TermsEnum[] enums = new TermsEnum[fields.size()];
            CollectionStatistics[] stats = new CollectionStatistics[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                Terms t = leaf.terms(fields.get(f).getKey());
                enums[f] = t == null ? null : t.iterator();
                stats[f] = searcher.collectionStatistics(fields.get(f).getKey());
            }
            PostingsEnum pe = null;
            for (String term : terms) {
                BytesRef bytes = new BytesRef(term);
                int count = 0;
                for (int f = 0; f < fields.size(); f++) {
                    if (enums[f] == null || stats[f] == null || !enums[f].seekExact(bytes)) continue;
                    Similarity.SimScorer scorer = searcher.getSimilarity().scorer(fields.get(f).getValue(), stats[f],
                            new TermStatistics(bytes, enums[f].docFreq(), enums[f].totalTermFreq()));
                    NumericDocValues norms = leaf.getNormValues(fields.get(f).getKey());
                    pe = enums[f].postings(pe, PostingsEnum.FREQS);
                    for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
                        long norm = norms != null && norms.advanceExact(d) ? norms.longValue() : 1L;
                        if (!hit[d]) {
                            hit[d] = true;
                            touched[count++] = d;
                        }
                        sum[d] += scorer.score(pe.freq(), norm);
                    }
                }
                Integer[] order = new Integer[count];
                float[] score = new float[count];
                for (int i = 0; i < count; i++) {
                    order[i] = i;
                    score[i] = (float) sum[touched[i]];
                }
                java.util.Arrays.sort(order, (a, b) -> {
                    int c = Float.compare(score[b], score[a]);
                    return c != 0 ? c : Integer.compare(touched[a], touched[b]);
                });
                int[] docs = new int[count];
                float[] impacts = new float[count];
                for (int i = 0; i < count; i++) {
                    docs[i] = touched[order[i]];
                    impacts[i] = score[order[i]];
                }
                for (int i = 0; i < count; i++) {
                    sum[touched[i]] = 0;
                    hit[touched[i]] = false;
                }
                out.put(term, new Postings(docs, impacts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
