package hub.search;

import hub.model.Document;
import hub.model.LinkGraph;
import hub.model.Taxonomies;
import hub.model.TaxonomyRole;
import hub.parallel.Parallel;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Up to five related publications per publication. Three signals, added: text similarity (Lucene's
 * MoreLikeThis query over title, summary and body as Lucene's EnglishAnalyzer analyses them, scaled to
 * 0..1 against the best match), shared themes (0.5 times the share of this document's themes the other
 * has), and a citation or link in either direction (1.0). Ties break on the document key, so the result
 * is deterministic.
 * <p>
 * The MoreLikeThis query is the one Lucene builds, scored as Lucene's searcher scores it (BM25 through
 * Lucene's own {@link BM25Similarity}, per-document lengths encoded as Lucene's norms, clause scores
 * summed in double), but run over a small inverted index of its own instead of a Lucene field: only terms
 * in at most 5% of the documents can be in such a query, so only their postings are kept, built while the
 * documents stream past the index writer. Indexing the text a second time into Lucene and running a
 * Lucene search per publication cost a third of the search stage.
 */
final class RelatedDocuments {
    static final int MAX = 5;
    private static final int CANDIDATES = 10;
    private static final int MAX_QUERY_TERMS = 12;
    private static final int MIN_TERM_FREQ = 2;
    private static final int MIN_DOC_FREQ = 2;
    private static final double MAX_DOC_FREQ_SHARE = 0.05;
    /**
     * The share alone starves a small archive: at 95 documents it allowed only terms in 2 to 4 of them, and with
     * "Cited by" and "Linked from" no longer repeated in the list, 34 of the archive's 75 publications had no
     * related publication at all (all 75 have some with this floor). From 400 documents up the share decides.
     */
    private static final int MAX_DOC_FREQ_FLOOR = 20;
    private static final String FIELD = "related";

    private RelatedDocuments() {
    }

    /** Numbers the distinct related-field terms (thread-safe: documents are analysed in parallel). */
    static final class TermIds {
        private final Map<String, Integer> ids = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        int id(String term) {
            Integer id = ids.get(term);
            return id != null ? id : ids.computeIfAbsent(term, t -> next.getAndIncrement());
        }

        int size() {
            return next.get();
        }

        String[] byId() {
            String[] out = new String[next.get()];
            ids.forEach((t, id) -> out[id] = t);
            return out;
        }
    }

    /** A document's related-field terms: distinct term ids with their counts, and the field's length in tokens (its norm). */
    record Profile(int[] terms, int[] counts, int length) {
        static Profile of(Tokens.Field related, TermIds ids) {
            // Counted by term first (the shared id table is asked once per distinct term, not once per token).
            Map<String, int[]> tfs = new HashMap<>();
            for (int i = 0; i < related.size(); i++) tfs.computeIfAbsent(related.terms()[i], k -> new int[1])[0]++;
            int[] terms = new int[tfs.size()], counts = new int[tfs.size()];
            int k = 0;
            for (var e : tfs.entrySet()) {
                terms[k] = ids.id(e.getKey());
                counts[k++] = e.getValue()[0];
            }
            return new Profile(terms, counts, related.size());
        }
    }

    /**
     * Postings of the related field, fed one document at a time in document-number order ({@link #add}).
     * A term's postings are dropped once it is in more documents than a MoreLikeThis query may use.
     */
    static final class Index {
        private final int docs;
        private final int maxDocFreq;
        private final TermIds ids;
        private int[][] postings = new int[1024][];
        private int[] postingsSize = new int[1024];
        private int[] docFreq = new int[1024];
        private long[] totalTermFreq = new long[1024];
        private final byte[] norms;
        /** Per document: its terms that occur at least twice (MoreLikeThis looks at no others), with counts. */
        private final int[][] queryTerms, queryCounts;
        private int docCount;
        private long sumTotalTermFreq, sumDocFreq;

        Index(int docs, TermIds ids) {
            this.docs = docs;
            this.ids = ids;
            this.maxDocFreq = (int) Math.max(MAX_DOC_FREQ_FLOOR, docs * MAX_DOC_FREQ_SHARE);
            this.norms = new byte[docs];
            this.queryTerms = new int[docs][];
            this.queryCounts = new int[docs][];
        }

        void add(int doc, Profile p) {
            grow(ids.size());
            norms[doc] = SmallFloat.intToByte4(p.length());
            if (p.length() > 0) docCount++;
            sumTotalTermFreq += p.length();
            sumDocFreq += p.terms().length;
            int kept = 0;
            for (int c : p.counts()) if (c >= MIN_TERM_FREQ) kept++;
            int[] qt = new int[kept], qc = new int[kept];
            for (int i = 0, k = 0; i < p.terms().length; i++) {
                int t = p.terms()[i], c = p.counts()[i];
                if (c >= MIN_TERM_FREQ) {
                    qt[k] = t;
                    qc[k++] = c;
                }
                totalTermFreq[t] += c;
                if (++docFreq[t] > maxDocFreq) {
                    postings[t] = null; // too common for any query: only its counts are needed
                    continue;
                }
                int[] list = postings[t];
                int n = postingsSize[t];
                if (list == null) list = postings[t] = new int[4];
                else if (n + 2 > list.length) list = postings[t] = Arrays.copyOf(list, list.length * 2);
                list[n] = doc;
                list[n + 1] = c;
                postingsSize[t] = n + 2;
            }
            queryTerms[doc] = qt;
            queryCounts[doc] = qc;
        }

        private void grow(int terms) {
            if (terms <= docFreq.length) return;
            int n = Math.max(terms, docFreq.length * 2);
            postings = Arrays.copyOf(postings, n);
            postingsSize = Arrays.copyOf(postingsSize, n);
            docFreq = Arrays.copyOf(docFreq, n);
            totalTermFreq = Arrays.copyOf(totalTermFreq, n);
        }
    }

    /**
     * Related publications for the documents of {@code index}: {@code docs} are its documents in number
     * order; {@code byPath} the same documents in the corpus's order (by file path), which orders equal scores.
     */
    static Map<String, List<String>> compute(Index index, List<Document> docs, List<Document> byPath, Taxonomies taxonomies,
                                             LinkGraph graph) {
        Map<String, List<String>> out = new TreeMap<>();
        if (docs.size() < 2) return out;
        Map<String, Set<String>> cites = neighbours(graph);
        Map<String, Set<String>> shown = incoming(graph);
        String[] keys = new String[docs.size()];
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = docs.get(i).key();
            numbers.put(keys[i], i);
        }
        int[] rank = new int[keys.length];
        for (int i = 0; i < byPath.size(); i++) {
            Integer n = numbers.get(byPath.get(i).key());
            if (n != null) rank[n] = i;
        }
        Scoring scoring = new Scoring(index);
        ThreadLocal<Scoring.Workspace> workspaces = ThreadLocal.withInitial(() -> new Scoring.Workspace(keys.length));
        List<Map.Entry<String, List<String>>> results = Parallel.map(docs.size(), i -> {
            Set<String> listed = shown.getOrDefault(keys[i], Set.of());
            // Enough candidates that the list stays full when those already listed on the page are left out.
            Scoring.Candidates top = scoring.candidates(i, rank, workspaces.get(), listed.size());
            return Map.entry(keys[i], related(docs.get(i), i, top, keys, numbers, taxonomies, cites, listed));
        });
        results.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Documents linked in either direction: a citation, or an ordinary link. */
    private static Map<String, Set<String>> neighbours(LinkGraph graph) {
        Map<String, Set<String>> cites = new HashMap<>();
        for (var e : graph.citedBy().entrySet()) {
            for (LinkGraph.Citation c : e.getValue()) {
                cites.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(c.fromKey());
                cites.computeIfAbsent(c.fromKey(), k -> new HashSet<>()).add(e.getKey());
            }
        }
        for (var e : graph.linkedFrom().entrySet()) {
            for (String from : e.getValue()) {
                cites.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(from);
                cites.computeIfAbsent(from, k -> new HashSet<>()).add(e.getKey());
            }
        }
        return cites;
    }

    /**
     * The documents a page already lists under "Cited by" and "Linked from" (those that cite or link to it): a
     * related list that repeated them would tell the reader nothing new.
     */
    private static Map<String, Set<String>> incoming(LinkGraph graph) {
        Map<String, Set<String>> in = new HashMap<>();
        graph.citedBy().forEach((target, from) -> from.forEach(c -> in.computeIfAbsent(target, k -> new HashSet<>()).add(c.fromKey())));
        graph.linkedFrom().forEach((target, from) -> in.computeIfAbsent(target, k -> new HashSet<>()).addAll(from));
        return in;
    }

    /** MoreLikeThis queries over the index, scored as Lucene's BM25 scores a boolean query of boosted term queries. */
    private static final class Scoring {
        private final Index index;
        private final String[] terms;
        private final BM25Similarity similarity = new BM25Similarity();
        private final CollectionStatistics collection;

        Scoring(Index index) {
            this.index = index;
            this.terms = index.ids.byId();
            this.collection = index.docCount == 0 ? null
                    : new CollectionStatistics(FIELD, index.docs, index.docCount, index.sumTotalTermFreq, index.sumDocFreq);
        }

        /** The best matches of a query, best first, with their scores. */
        record Candidates(int[] docs, float[] scores) {
        }

        /** A thread's buffers for one query at a time: a sum per document and the documents touched. */
        static final class Workspace {
            final double[] sum;
            final boolean[] seen;
            final int[] touched;

            Workspace(int docs) {
                sum = new double[docs];
                seen = new boolean[docs];
                touched = new int[docs];
            }
        }

        /**
         * MoreLikeThis's query for document {@code doc}, built from its own terms: its most distinctive terms (tf x idf,
         * terms occurring at least twice in it and in at least two but at most 5% of the documents), each boosted by
         * its weight relative to the best. Returns the best {@code CANDIDATES + 1 + extra} matches, equal scores in {@code rank}
         * order (publications by file path, the order related documents have always used).
         */
        Candidates candidates(int doc, int[] rank, Workspace w, int extra) {
            List<double[]> weights = collection == null ? List.of() : weights(doc);
            if (weights.isEmpty()) return new Candidates(new int[0], new float[0]);
            double top = weights.get(0)[1];
            int count = 0;
            for (double[] weight : weights.subList(0, Math.min(MAX_QUERY_TERMS, weights.size()))) {
                int t = (int) weight[0];
                Similarity.SimScorer scorer = similarity.scorer((float) (weight[1] / top), collection,
                        new TermStatistics(new BytesRef(terms[t]), index.docFreq[t], index.totalTermFreq[t]));
                int[] list = index.postings[t];
                for (int p = 0; p < index.postingsSize[t]; p += 2) {
                    int d = list[p];
                    if (!w.seen[d]) {
                        w.seen[d] = true;
                        w.touched[count++] = d;
                    }
                    w.sum[d] += scorer.score(list[p + 1], index.norms[d] & 0xFF);
                }
            }
            // Lucene sums a document's clause scores in double and returns the sum as a float.
            float[] score = new float[count];
            for (int i = 0; i < count; i++) {
                int d = w.touched[i];
                score[i] = (float) w.sum[d];
                w.sum[d] = 0;
                w.seen[d] = false;
            }
            int[] order = best(score, w.touched, rank, Math.min(CANDIDATES + 1 + extra, count));
            int[] best = new int[order.length];
            float[] bestScores = new float[order.length];
            for (int i = 0; i < order.length; i++) {
                best[i] = w.touched[order[i]];
                bestScores[i] = score[order[i]];
            }
            return new Candidates(best, bestScores);
        }

        /** [term id, tf x idf] of the document's candidate query terms, best first (ties by term). */
        private List<double[]> weights(int doc) {
            int[] qt = index.queryTerms[doc], qc = index.queryCounts[doc];
            List<double[]> weights = new ArrayList<>();
            for (int i = 0; i < qt.length; i++) {
                int df = index.docFreq[qt[i]];
                if (qc[i] < MIN_TERM_FREQ || df < MIN_DOC_FREQ || df > index.maxDocFreq) continue;
                double idf = 1 + Math.log((double) index.docs / (df + 1));
                weights.add(new double[]{qt[i], qc[i] * idf});
            }
            weights.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : terms[(int) a[0]].compareTo(terms[(int) b[0]]));
            return weights;
        }
    }

    /**
     * The places of the {@code n} best of {@code score} (its length: the documents touched), best first: higher score,
     * then lower {@code rank} of the document ({@code docs[i]} is the document of place i; ranks differ). A query of
     * twelve terms touches up to 12 x 5% of the documents, so sorting every one of them per publication made the
     * related lists grow as the square of the archive; a heap of the n best keeps only those sorted.
     */
    static int[] best(float[] score, int[] docs, int[] rank, int n) {
        int[] heap = new int[n]; // the n best so far, the worst at the root
        int size = 0;
        for (int i = 0; i < score.length; i++) {
            if (size < n) {
                heap[size] = i;
                up(heap, size++, score, docs, rank);
            } else if (n > 0 && better(i, heap[0], score, docs, rank)) {
                heap[0] = i;
                down(heap, size, score, docs, rank);
            }
        }
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) { // the worst leaves first, so the array fills from its end
            out[k] = heap[0];
            heap[0] = heap[k];
            down(heap, k, score, docs, rank);
        }
        return out;
    }

    /** Whether place a comes before place b: a higher score (the scores are sums of BM25 clause scores: finite, above 0), else a lower rank. */
    private static boolean better(int a, int b, float[] score, int[] docs, int[] rank) {
        return score[a] != score[b] ? Float.compare(score[a], score[b]) > 0 : rank[docs[a]] < rank[docs[b]];
    }

    private static void up(int[] heap, int at, float[] score, int[] docs, int[] rank) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(heap[parent], heap[at], score, docs, rank)) return;
            int t = heap[parent];
            heap[parent] = heap[at];
            heap[at] = t;
            at = parent;
        }
    }

    private static void down(int[] heap, int size, float[] score, int[] docs, int[] rank) {
        int at = 0;
        while (true) {
            int worst = at, l = 2 * at + 1, r = l + 1;
            if (l < size && better(heap[worst], heap[l], score, docs, rank)) worst = l;
            if (r < size && better(heap[worst], heap[r], score, docs, rank)) worst = r;
            if (worst == at) return;
            int t = heap[worst];
            heap[worst] = heap[at];
            heap[at] = t;
            at = worst;
        }
    }

    private static List<String> related(Document d, int doc, Scoring.Candidates top, String[] keys, Map<String, Integer> numbers,
                                        Taxonomies taxonomies, Map<String, Set<String>> cites, Set<String> listed) {
        Map<String, Double> score = new HashMap<>();
        double best = 0;
        for (int i = 0; i < top.docs().length; i++) if (top.docs()[i] != doc) best = Math.max(best, top.scores()[i]);
        for (int i = 0; i < top.docs().length; i++) {
            if (top.docs()[i] == doc || best <= 0) continue;
            score.merge(keys[top.docs()[i]], top.scores()[i] / best, Double::sum);
        }
        for (String c : cites.getOrDefault(d.key(), Set.of())) score.merge(c, 1.0, Double::sum);
        List<String> themes = taxonomies.termIdsOf(d.key(), TaxonomyRole.THEMES);
        if (!themes.isEmpty()) {
            for (String candidate : new ArrayList<>(score.keySet())) {
                long shared = taxonomies.termIdsOf(candidate, TaxonomyRole.THEMES).stream().filter(themes::contains).count();
                score.merge(candidate, 0.5 * shared / themes.size(), Double::sum);
            }
        }
        score.remove(d.key());
        score.keySet().removeAll(listed);
        return score.entrySet().stream()
                .filter(e -> numbers.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX).map(Map.Entry::getKey).toList();
    }
}
