package hub.search;

import hub.model.Corpus;
import hub.model.Document;
import hub.model.LinkGraph;
import hub.model.RenderedDocument;
import hub.model.Taxonomies;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Up to five related publications per publication. Three signals, added: text similarity
 * (a MoreLikeThis query, as Lucene's builds it, over title, summary and body, scaled to 0..1 against the best match),
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

    static Map<String, List<String>> compute(Corpus corpus, Taxonomies taxonomies, LinkGraph graph, Map<String, RenderedDocument> rendered) {
        List<Document> docs = corpus.publications();
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
        try (Analyzer analyzer = new EnglishAnalyzer(); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            FieldType withVectors = new FieldType();
            withVectors.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            withVectors.setTokenized(true);
            withVectors.setStoreTermVectors(true);
            withVectors.freeze();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Document d : docs) {
                    org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                    ld.add(new StringField("key", d.key(), Field.Store.YES));
                    RenderedDocument r = rendered.get(d.key());
                    String text = d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n" + (r == null ? "" : r.text());
                    ld.add(new Field("text", text, withVectors));
                    w.addDocument(ld);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                String[] keys = new String[reader.maxDoc()];
                for (int i = 0; i < reader.maxDoc(); i++) keys[i] = reader.storedFields().document(i).get("key");
                Map<String, Integer> ids = new HashMap<>();
                for (int i = 0; i < keys.length; i++) ids.put(keys[i], i);
                Map<String, Integer> docFreq = documentFrequencies(reader);
                List<Map.Entry<String, List<String>>> results = docs.parallelStream().map(d -> {
                    try {
                        Query q = moreLikeThis(reader, ids.get(d.key()), docFreq, reader.maxDoc());
                        return Map.entry(d.key(), related(d, ids.get(d.key()), q, searcher, keys, ids, taxonomies, cites));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
                results.forEach(e -> out.put(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every term's document frequency, read once (MoreLikeThis would look each up again for every document). */
    private static Map<String, Integer> documentFrequencies(DirectoryReader reader) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        for (var leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms("text");
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) df.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
        }
        return df;
    }

    /**
     * MoreLikeThis's query, built from the document's term vector: its most distinctive terms (tf x idf,
     * terms occurring at least twice in it and in at least two but at most 5% of the documents), each boosted by its weight.
     */
    private static Query moreLikeThis(DirectoryReader reader, int docId, Map<String, Integer> docFreq, int numDocs) throws IOException {
        Terms vector = reader.termVectors().get(docId, "text");
        List<Map.Entry<String, Double>> weights = new ArrayList<>();
        if (vector != null) {
            TermsEnum te = vector.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                long tf = te.totalTermFreq();
                String term = t.utf8ToString();
                int df = docFreq.getOrDefault(term, 0);
                // Terms in more than 5% of documents say little about similarity and have the longest postings.
                if (tf < MIN_TERM_FREQ || df < MIN_DOC_FREQ || df > Math.max(MIN_DOC_FREQ, numDocs * MAX_DOC_FREQ_SHARE)) continue;
                double idf = 1 + Math.log((double) numDocs / (df + 1));
                weights.add(Map.entry(term, tf * idf));
            }
        }
        weights.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        double top = weights.isEmpty() ? 1 : weights.get(0).getValue();
        for (var w : weights.subList(0, Math.min(MAX_QUERY_TERMS, weights.size()))) {
            b.add(new BoostQuery(new TermQuery(new Term("text", w.getKey())), (float) (w.getValue() / top)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static List<String> related(Document d, int docId, Query q, IndexSearcher searcher, String[] keys,
                                        Map<String, Integer> ids, Taxonomies taxonomies, Map<String, Set<String>> cites) throws IOException {
        Map<String, Double> score = new HashMap<>();
        TopDocs top = searcher.search(q, CANDIDATES + 1);
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
