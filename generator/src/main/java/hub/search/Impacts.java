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
 * Documents are numbered by their doc id in the whole index (segment base plus leaf doc id), which
 * follows the key order (see SearchIndexer).
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

    /** Every term's postings, all at once (tests; the build streams them with {@link #inBatches}). */
    static Map<String, Postings> compute(DirectoryReader reader) {
        return compute(reader, Ranking.DEFAULT);
    }

    static Map<String, Postings> compute(DirectoryReader reader, Ranking ranking) {
        Map<String, Postings> out = new TreeMap<>();
        inBatches(reader, ranking, out::putAll);
        return out;
    }

    /**
     * Every term's postings, a batch of terms at a time in term order: batches are computed in parallel, a few at a
     * time, and handed to {@code consumer} in order, so only those few are in memory at once.
     */
    static void inBatches(DirectoryReader reader, Ranking ranking, java.util.function.Consumer<Map<String, Postings>> consumer) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(ranking.similarity());
        List<Map.Entry<String, Float>> fields = List.copyOf(ranking.boosts.entrySet());
        TreeSet<String> vocabulary = new TreeSet<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (var f : fields) {
                    Terms terms = leaf.reader().terms(f.getKey());
                    if (terms == null) continue;
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) vocabulary.add(t.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> all = new ArrayList<>(vocabulary);
        // Batches of terms in parallel, each with its own enums and buffers; the result does not depend on the split.
        int batches = (all.size() + BATCH - 1) / BATCH, wave = 2 * Runtime.getRuntime().availableProcessors();
        for (int from = 0; from < batches; from += wave) {
            List<Map<String, Postings>> parts = IntStream.range(from, Math.min(batches, from + wave)).parallel()
                    .mapToObj(b -> batch(searcher, reader, fields, all.subList(b * BATCH, Math.min(all.size(), (b + 1) * BATCH)))).toList();
            parts.forEach(consumer);
        }
    }

    private static Map<String, Postings> batch(IndexSearcher searcher, DirectoryReader reader, List<Map.Entry<String, Float>> fields, List<String> terms) {
        Map<String, Postings> out = new TreeMap<>();
        int n = reader.maxDoc();
        double[] sum = new double[n];
        boolean[] hit = new boolean[n];
        int[] touched = new int[n];
        List<LeafReaderContext> leaves = reader.leaves();
        try {
            // Per segment and field: a terms enum (null when the segment lacks the field) and the field's norms.
            TermsEnum[][] enums = new TermsEnum[leaves.size()][fields.size()];
            CollectionStatistics[] stats = new CollectionStatistics[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                stats[f] = searcher.collectionStatistics(fields.get(f).getKey());
                for (int l = 0; l < leaves.size(); l++) {
                    Terms t = leaves.get(l).reader().terms(fields.get(f).getKey());
                    enums[l][f] = t == null ? null : t.iterator();
                }
            }
            boolean[][] found = new boolean[leaves.size()][fields.size()];
            PostingsEnum pe = null;
            for (String term : terms) {
                BytesRef bytes = new BytesRef(term);
                int count = 0;
                for (int f = 0; f < fields.size(); f++) {
                    if (stats[f] == null) continue;
                    // The term's statistics over the whole index, as Lucene's TermQuery gathers them (TermStates).
                    long docFreq = 0, totalTermFreq = 0;
                    for (int l = 0; l < leaves.size(); l++) {
                        found[l][f] = enums[l][f] != null && enums[l][f].seekExact(bytes);
                        if (!found[l][f]) continue;
                        docFreq += enums[l][f].docFreq();
                        totalTermFreq += enums[l][f].totalTermFreq();
                    }
                    if (docFreq == 0) continue;
                    Similarity.SimScorer scorer = searcher.getSimilarity().scorer(fields.get(f).getValue(), stats[f],
                            new TermStatistics(bytes, docFreq, totalTermFreq));
                    for (int l = 0; l < leaves.size(); l++) {
                        if (!found[l][f]) continue;
                        int base = leaves.get(l).docBase;
                        NumericDocValues norms = leaves.get(l).reader().getNormValues(fields.get(f).getKey());
                        pe = enums[l][f].postings(pe, PostingsEnum.FREQS);
                        for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
                            long norm = norms != null && norms.advanceExact(d) ? norms.longValue() : 1L;
                            int doc = base + d;
                            if (!hit[doc]) {
                                hit[doc] = true;
                                touched[count++] = doc;
                            }
                            sum[doc] += scorer.score(pe.freq(), norm);
                        }
                    }
                }
                out.put(term, ranked(count, touched, sum, hit));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A posting as a sort key: its impact in the high half, so that keys in ascending order are impacts in descending
     * order ({@link Float#compare}'s, -0.0 below 0.0 and NaN above all), and the document number in the low half, so
     * that equal impacts keep documents in ascending order.
     */
    static long key(float impact, int doc) {
        int bits = Float.floatToIntBits(impact);
        int ascending = bits ^ ((bits >> 31) & 0x7fffffff); // negative floats' magnitudes flipped: ints in Float.compare's order
        return ((long) ~ascending << 32) | (doc & 0xffffffffL);
    }

    /** The impact a {@link #key} holds. */
    static float impact(long key) {
        int ascending = ~(int) (key >> 32);
        return Float.intBitsToFloat(ascending ^ ((ascending >> 31) & 0x7fffffff));
    }

    /**
     * The postings of the {@code count} documents in {@code touched} (their summed scores in {@code sum}), by impact
     * then document number; clears {@code sum} and {@code hit} for the next term.
     */
    private static Postings ranked(int count, int[] touched, double[] sum, boolean[] hit) {
        // One long per document, sorted as primitives: boxed indexes sorted with a comparator were 2% of a build's samples.
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) keys[i] = key((float) sum[touched[i]], touched[i]);
        java.util.Arrays.sort(keys);
        int[] docs = new int[count];
        float[] impacts = new float[count];
        for (int i = 0; i < count; i++) {
            docs[i] = (int) keys[i];
            impacts[i] = impact(keys[i]);
        }
        for (int i = 0; i < count; i++) {
            sum[touched[i]] = 0;
            hit[touched[i]] = false;
        }
        return new Postings(docs, impacts);
    }
}
