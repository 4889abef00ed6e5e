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
import org.apache.lucene.queries.mlt.MoreLikeThis;
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
 * (Lucene's MoreLikeThis over title, summary and body, scaled to 0..1 against the best match),
 * shared themes (0.5 times the share of this document's themes the other has), and a citation
 * in either direction (1.0). Ties break on the document key, so the result is deterministic.
 */
final class RelatedDocuments {
    static final int MAX = 5;
    private static final int CANDIDATES = 20;

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
                ThreadLocal<MoreLikeThis> mlt = ThreadLocal.withInitial(() -> {
                    MoreLikeThis m;
                    try {
                        m = new MoreLikeThis(reader);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    m.setAnalyzer(analyzer);
                    m.setFieldNames(new String[]{"text"});
                    m.setMinTermFreq(2);
                    m.setMinDocFreq(2);
                    m.setMaxQueryTerms(15);
                    return m;
                });
                List<Map.Entry<String, List<String>>> results = docs.parallelStream().map(d -> {
                    try {
                        return Map.entry(d.key(), related(d, ids.get(d.key()), mlt.get(), searcher, keys, ids, taxonomies, cites));
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

    private static List<String> related(Document d, int docId, MoreLikeThis mlt, IndexSearcher searcher, String[] keys,
                                        Map<String, Integer> ids, Taxonomies taxonomies, Map<String, Set<String>> cites) throws IOException {
        Map<String, Double> score = new HashMap<>();
        Query q = mlt.like(docId);
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
