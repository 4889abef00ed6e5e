package hub.search;

import hub.model.Document;
import hub.model.LinkGraph;
import hub.model.Taxonomies;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Up to five related publications per publication. Three signals, added: text similarity
 * (a MoreLikeThis query, as Lucene's builds it, over title, summary and body, scaled to 0..1 against the best match;
 * run on the search index's {@link Fields#RELATED} field, which Lucene's EnglishAnalyzer chain makes),
 * shared themes (0.5 times the share of this document's themes the other has), and a citation
 * in either direction (1.0). Ties break on the document key, so the result is deterministic.
 */
final class RelatedDocuments {
    static final int MAX = 5;
    private static final int CANDIDATES = 10;
    private static final int MAX_QUERY_TERMS = 12;
    private static final int MIN_TERM_FREQ = 2;
    private static final int MIN_DOC_FREQ = 2;
    private static final double MAX_DOC_FREQ_SHARE = 0.05;

    private RelatedDocuments() {
    }

    /**
     * Related publications from the search index's {@link Fields#RELATED} field. {@code docs} are the
     * index's documents in doc id order and {@code frequencies} their terms' frequencies in that field
     * (taken from the tokens the index was fed: no term vectors needed); {@code byPath} the same
     * documents in the corpus's order (by file path), which orders equal scores.
     */
    static Map<String, List<String>> compute(DirectoryReader reader, List<Document> docs, List<Frequencies> frequencies,
                                             List<Document> byPath, Taxonomies taxonomies, LinkGraph graph) {
        Map<String, List<String>> out = new TreeMap<>();
        if (docs.size() < 2) return out;
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
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            String[] keys = new String[docs.size()];
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = docs.get(i).key();
                ids.put(keys[i], i);
            }
            int[] rank = new int[keys.length];
            for (int i = 0; i < byPath.size(); i++) {
                Integer id = ids.get(byPath.get(i).key());
                if (id != null) rank[id] = i;
            }
            Map<String, Integer> docFreq = documentFrequencies(reader);
            List<Map.Entry<String, List<String>>> results = IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
                try {
                    Query q = moreLikeThis(frequencies.get(i), docFreq, reader.maxDoc());
                    return Map.entry(keys[i], related(docs.get(i), i, q, searcher, rank, keys, ids, taxonomies, cites));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            results.forEach(e -> out.put(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every term's document frequency, read once (MoreLikeThis would look each up again for every document). */
    private static Map<String, Integer> documentFrequencies(DirectoryReader reader) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        for (var leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.RELATED);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) df.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
        }
        return df;
    }

    /** A document's terms in the related field that occur at least {@link #MIN_TERM_FREQ} times, with their counts: all MoreLikeThis looks at. */
    record Frequencies(String[] terms, int[] counts) {
        static Frequencies of(Tokens.Field related) {
            Map<String, Integer> tfs = new HashMap<>();
            for (int i = 0; i < related.size(); i++) tfs.merge(related.terms()[i], 1, Integer::sum);
            tfs.values().removeIf(n -> n < MIN_TERM_FREQ);
            String[] terms = tfs.keySet().toArray(new String[0]);
            int[] counts = new int[terms.length];
            for (int i = 0; i < terms.length; i++) counts[i] = tfs.get(terms[i]);
            return new Frequencies(terms, counts);
        }
    }

    /**
     * MoreLikeThis's query, built from the document's own terms: its most distinctive terms (tf x idf,
     * terms occurring at least twice in it and in at least two but at most 5% of the documents), each boosted by its weight.
     */
    private static Query moreLikeThis(Frequencies frequencies, Map<String, Integer> docFreq, int numDocs) {
        List<Map.Entry<String, Double>> weights = new ArrayList<>();
        for (int i = 0; i < frequencies.terms().length; i++) {
            long tf = frequencies.counts()[i];
            String term = frequencies.terms()[i];
            int df = docFreq.getOrDefault(term, 0);
            // Terms in more than 5% of documents say little about similarity and have the longest postings.
            if (tf < MIN_TERM_FREQ || df < MIN_DOC_FREQ || df > Math.max(MIN_DOC_FREQ, numDocs * MAX_DOC_FREQ_SHARE)) continue;
            double idf = 1 + Math.log((double) numDocs / (df + 1));
            weights.add(Map.entry(term, tf * idf));
        }
        weights.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        double top = weights.isEmpty() ? 1 : weights.get(0).getValue();
        for (var w : weights.subList(0, Math.min(MAX_QUERY_TERMS, weights.size()))) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.RELATED, w.getKey())), (float) (w.getValue() / top)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The best {@code CANDIDATES + 1} matches, equal scores in {@code rank} order (publications by file path,
     * the order related documents have always used) rather than doc id order (by key): every match
     * tied with the last one is fetched, then the cut is made.
     */
    private static TopDocs candidates(IndexSearcher searcher, Query q, int[] rank) throws IOException {
        int n = CANDIDATES + 1, k = n + 1;
        TopDocs top = searcher.search(q, k);
        while (top.scoreDocs.length == k && k < searcher.getIndexReader().maxDoc()
                && top.scoreDocs[k - 1].score == top.scoreDocs[n - 1].score) {
            k = Math.min(2 * k, searcher.getIndexReader().maxDoc());
            top = searcher.search(q, k);
        }
        ScoreDoc[] hits = top.scoreDocs.clone();
        java.util.Arrays.sort(hits, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(rank[a.doc], rank[b.doc]));
        return new TopDocs(top.totalHits, java.util.Arrays.copyOf(hits, Math.min(n, hits.length)));
    }

    private static List<String> related(Document d, int docId, Query q, IndexSearcher searcher, int[] rank, String[] keys,
                                        Map<String, Integer> ids, Taxonomies taxonomies, Map<String, Set<String>> cites) throws IOException {
        Map<String, Double> score = new HashMap<>();
        TopDocs top = candidates(searcher, q, rank);
        double best = 0;
        for (ScoreDoc sd : top.scoreDocs) if (sd.doc != docId) best = Math.max(best, sd.score);
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.doc == docId || best <= 0) continue;
            score.merge(keys[sd.doc], sd.score / best, Double::sum);
        }
        for (String c : cites.getOrDefault(d.key(), Set.of())) score.merge(c, 1.0, Double::sum);
        List<String> themes = taxonomies.termIdsOf(d.key(), "themes");
        if (!themes.isEmpty()) {
            for (String candidate : new ArrayList<>(score.keySet())) {
                long shared = taxonomies.termIdsOf(candidate, "themes").stream().filter(themes::contains).count();
                score.merge(candidate, 0.5 * shared / themes.size(), Double::sum);
            }
        }
        score.remove(d.key());
        return score.entrySet().stream()
                .filter(e -> ids.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX).map(Map.Entry::getKey).toList();
    }

}
