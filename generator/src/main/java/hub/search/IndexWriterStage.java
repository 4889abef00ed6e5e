package hub.search;

import hub.model.Document;
import hub.model.OutputFile;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.TaxonomyDef;
import hub.model.TermDef;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Indexes every publication with Lucene, exports the static index from it, and writes the Lucene
 * index with its dictionary and synonyms into the work directory (never the published site), for
 * {@code hub search} and the preview server. Replaced whole on each build.
 */
final class IndexWriterStage {
    static final String DIR = "search-index", LUCENE = "lucene";

    private IndexWriterStage() {
    }

    static List<OutputFile> build(Site site, Path workDir, Search.Steps steps) throws IOException {
        // Documents in key order, in one segment: Lucene's doc ids are then the browser's document
        // numbers, and equal scores order by key on both sides.
        List<Document> docs = new ArrayList<>(site.corpus().publications());
        docs.sort(Comparator.comparing(Document::key));
        try (Analyzer analyzer = Analysis.english(); ByteBuffersDirectory mem = new ByteBuffersDirectory()) {
            write(site, docs, mem, analyzer);
            steps.done("lucene");
            List<OutputFile> files;
            Vocabulary vocabulary;
            List<QueryPlan.Synonym> synonyms = synonyms(site);
            try (DirectoryReader reader = DirectoryReader.open(mem)) {
                for (int i = 0; i < docs.size(); i++) {
                    if (!docs.get(i).key().equals(reader.storedFields().document(i).get(Fields.KEY))) {
                        throw new IllegalStateException("search index out of key order at " + i);
                    }
                }
                steps.done("lucene");
                Map<String, Impacts.Postings> impacts = Impacts.compute(reader);
                steps.done("impacts");
                vocabulary = vocabulary(site, docs, analyzer, impacts);
                steps.done("vocabulary");
                files = StaticIndex.export(site, docs, impacts, vocabulary, synonyms, analyzer, steps);
            }
            if (workDir != null) save(workDir.resolve(DIR), mem, vocabulary, synonyms);
            steps.done("save");
            return files;
        }
    }

    private static void save(Path dir, ByteBuffersDirectory mem, Vocabulary vocabulary, List<QueryPlan.Synonym> synonyms) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir.resolve(LUCENE));
        try (FSDirectory fs = FSDirectory.open(dir.resolve(LUCENE))) {
            for (String f : mem.listAll()) fs.copyFrom(mem, f, f, IOContext.DEFAULT);
        }
        vocabulary.write(dir.resolve(Vocabulary.FILE));
        QueryPlan.writeSynonyms(dir.resolve(QueryPlan.SYNONYMS_FILE), synonyms);
    }

    static String text(Site site, Document d) {
        RenderedDocument r = site.rendered().get(d.key());
        return r == null ? "" : r.text();
    }

    static String authors(Site site, Document d) {
        return String.join(", ", site.taxonomies().termsOf(d.key(), "authors").stream().map(hub.model.Term::label).toList());
    }

    private static void write(Site site, List<Document> docs, org.apache.lucene.store.Directory target, Analyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(new LogDocMergePolicy());
        try (IndexWriter w = new IndexWriter(target, config)) {
            for (Document d : docs) {
                org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                ld.add(new StringField(Fields.KEY, d.key(), Field.Store.YES));
                ld.add(new StoredField(Fields.URL, site.config().basePath() + site.urls().pathOf(d.key())));
                ld.add(new TextField(Fields.TITLE, d.title(), Field.Store.YES));
                ld.add(new TextField(Fields.SUMMARY, d.summary() == null ? "" : d.summary(), Field.Store.YES));
                ld.add(new TextField(Fields.BODY, text(site, d), Field.Store.YES));
                ld.add(new TextField(Fields.AUTHORS, authors(site, d), Field.Store.YES));
                ld.add(new StringField(Fields.TYPE, d.type(), Field.Store.YES));
                ld.add(new StringField(Fields.YEAR, String.valueOf(d.date().getYear()), Field.Store.YES));
                ld.add(new StoredField(Fields.DATE, d.date().toString()));
                for (String tax : List.of("themes", "places")) {
                    for (String id : site.taxonomies().termIdsOf(d.key(), tax)) ld.add(new StringField(tax, id, Field.Store.YES));
                }
                w.addDocument(ld);
            }
            w.forceMerge(1);
        }
    }

    /** Every surface form of the weighted fields with its index term and that term's document frequency. Stop words are left out. */
    private static Vocabulary vocabulary(Site site, List<Document> docs, Analyzer analyzer, Map<String, Impacts.Postings> impacts) {
        Map<String, Vocabulary.Entry> entries = new TreeMap<>();
        // Tokenising is the costly part: in parallel per document, merged in document order.
        List<java.util.Set<String>> perDoc = docs.parallelStream().map(d -> (java.util.Set<String>) new java.util.LinkedHashSet<>(Analysis.surfaces(
                d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n" + text(site, d) + "\n" + authors(site, d)))).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (java.util.Set<String> surfaces : perDoc) {
            for (String s : surfaces) {
                if (!seen.add(s)) continue;
                String term = Analysis.termOf(analyzer, s);
                Impacts.Postings p = impacts.get(term);
                if (!term.isEmpty() && p != null) entries.put(s, new Vocabulary.Entry(s, term, p.size()));
            }
        }
        return new Vocabulary(entries);
    }

    /** Theme synonyms from site-config.yml: each synonym, found in a query, adds the theme's label. */
    private static List<QueryPlan.Synonym> synonyms(Site site) {
        List<QueryPlan.Synonym> out = new ArrayList<>();
        TaxonomyDef themes = site.config().taxonomy("themes").orElse(null);
        if (themes == null) return out;
        for (TermDef t : themes.terms()) {
            List<String> label = Analysis.surfaces(t.label());
            for (String s : t.synonyms()) {
                List<String> words = Analysis.surfaces(s);
                if (!words.isEmpty() && !words.equals(label)) out.add(new QueryPlan.Synonym(words, label));
            }
        }
        return out;
    }
}
