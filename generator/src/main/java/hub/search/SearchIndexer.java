package hub.search;

import hub.model.Document;
import hub.model.FileSink;
import hub.model.OutputFile;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.TaxonomyDef;
import hub.model.TaxonomyRole;
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
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Indexes every publication with Lucene, exports the static index from it, and writes the Lucene
 * index with its dictionary and synonyms into the work directory (never the published site), for
 * {@code hub search} and the preview server. Replaced whole on each build.
 */
final class SearchIndexer {
    static final String DIR = "search-index", LUCENE = "lucene";

    private SearchIndexer() {
    }

    /**
     * Where the stage's files go: the static index into the site, the dictionary and synonyms into the work folder,
     * the Lucene index into {@code lucene} (a folder of the staged work tree; null: in memory only, for the preview).
     */
    record Target(FileSink site, FileSink work, Path lucene) {
    }

    /**
     * Indexes the publications once, for everything the stage makes: the static index, the Lucene index and,
     * when {@code withRelated}, related publications (from the related-field profiles made while tokenising,
     * {@link RelatedDocuments}). Returns the related lists (null when not asked for) and the static index's paths.
     */
    static Search.Indexed build(Site site, Target target, hub.memo.Hash fingerprint, boolean withRelated, Search.Steps steps) throws IOException {
        // Documents added in key order: Lucene's doc ids are then the browser's document numbers, and equal
        // scores order by key on both sides. The log merge policy merges only neighbouring segments, so the
        // order holds across segments (checked below); no final merge to one segment (1.7 s at 10,000
        // documents, a sixth of the search stage): Impacts and the searchers read every segment.
        List<Document> docs = new ArrayList<>(site.corpus().publications());
        docs.sort(Comparator.comparing(Document::key));
        // Each document is tokenised once, and its static index files and term frequencies made, by a pool
        // of threads working a few documents ahead of this thread, which feeds the Lucene writer (one
        // thread, for key order: the long pole). Tokens live only from their task to the writer, so they
        // die young instead of filling the heap (at 10,000 documents, holding them all cost seconds of GC).
        Ranking ranking = Ranking.of(site.config().search());
        StaticIndex index = new StaticIndex(target.site(), fingerprint, ranking);
        int[] taken = {0};
        Tokens tokens = new Tokens(ranking);
        RelatedDocuments.TermIds relatedTerms = new RelatedDocuments.TermIds();
        RelatedDocuments.Index relatedIndex = new RelatedDocuments.Index(docs.size(), relatedTerms);
        try (Analyzer analyzer = ranking.english();
             Directory dir = target.lucene() == null ? new ByteBuffersDirectory() : new NIOFSDirectory(target.lucene())) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "hub-search-tokens");
                t.setDaemon(true);
                return t;
            });
            List<QueryPlan.Synonym> synonyms = synonyms(site);
            Map<String, List<String>> related;
            Map<String, String> termOf;
            try {
                IndexWriter writer = write(site, docs, dir, analyzer, i -> pool.submit(() -> prepare(site, docs.get(i), tokens, relatedTerms)), 32 * threads,
                        prepared -> {
                            relatedIndex.add(taken[0], prepared.related());
                            index.document(taken[0]++, prepared.files());
                        });
                steps.done("lucene");
                // Closing the writer flushes its last buffer into a segment on one thread (0.7-0.9 s at 10,000
                // documents), while related publications and the surface forms' terms need only what the documents' tasks
                // made: all at once.
                Future<Void> closed = pool.submit(() -> {
                    writer.close();
                    return null;
                });
                related = withRelated ? RelatedDocuments.compute(relatedIndex, docs, site.corpus().publications(), site.taxonomies(), site.links()) : null;
                steps.done("related");
                termOf = termsOfSurfaces(tokens, ranking, analyzer);
                index.surfaces(termOf);
                steps.done("surfaces");
                get(closed);
                steps.done("lucene close");
            } finally {
                pool.shutdownNow();
            }
            Vocabulary vocabulary;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                checkKeyOrder(reader, docs.stream().map(Document::key).toList());
                steps.done("key order");
                Impacts.inBatches(reader, ranking, batch -> index.terms(batch.entrySet().parallelStream()
                        .map(e -> index.termJson(e.getKey(), e.getValue())).toList()));
                steps.done("impacts and terms");
                vocabulary = vocabulary(termOf, index);
            }
            List<String> indexFiles = index.finish(vocabulary, synonyms, FacetTable.of(site, docs), Demotion.table(docs));
            steps.done("export files");
            target.work().write(new OutputFile(DIR + "/" + Vocabulary.FILE, vocabulary.bytes(), null));
            target.work().write(new OutputFile(DIR + "/" + QueryPlan.SYNONYMS_FILE, QueryPlan.synonymsBytes(synonyms), null));
            target.work().write(new OutputFile(DIR + "/" + Ranking.FILE, ranking.bytes(), null));
            steps.done("save");
            return new Search.Indexed(related, indexFiles);
        }
    }

    /**
     * Lucene's doc ids must be the documents' places in key order. One thread adds them in that order, so a segment
     * holds a run of them as added; only merges can put segments out of order. Checking where each segment begins and
     * ends is enough, and reads two stored documents a segment instead of all of them (every stored body decompressed
     * took 0.5 s at 10,000 documents, on the stage's one thread).
     */
    static void checkKeyOrder(DirectoryReader reader, List<String> keys) throws IOException {
        if (reader.maxDoc() != keys.size()) throw new IllegalStateException("search index holds " + reader.maxDoc() + " of " + keys.size() + " documents");
        java.util.Set<String> key = java.util.Set.of(Fields.KEY);
        for (var leaf : reader.leaves()) {
            var stored = leaf.reader().storedFields();
            int size = leaf.reader().maxDoc();
            if (size == 0) continue;
            for (int d : new int[] {0, size - 1}) {
                int i = leaf.docBase + d;
                if (!keys.get(i).equals(stored.document(d, key).get(Fields.KEY))) {
                    throw new IllegalStateException("search index out of key order at " + i);
                }
            }
        }
    }

    static String text(Site site, Document d) {
        RenderedDocument r = site.rendered().get(d.key());
        return r == null ? "" : hub.text.PlainText.ofDocument(r.html(), r.footnotes().stream().map(hub.model.Footnote::html).toList());
    }

    /** The text of the document's PDF attachments, in the order it lists them ("" when it has none). */
    static String pdfText(Document d) {
        return String.join(" ", d.attachments().stream().map(hub.model.Attachment::text).filter(t -> t != null && !t.isEmpty()).toList());
    }

    /** Between the page's text and its PDFs' in the body field: a paragraph break, which no word spans. */
    static final String PDF_SEPARATOR = "\n\n";

    /** The body field's text: the page's, then its PDFs'. */
    static String body(String pageText, String pdfText) {
        return pdfText.isEmpty() ? pageText : pageText + PDF_SEPARATOR + pdfText;
    }

    static String authors(Site site, Document d) {
        return String.join(", ", site.taxonomies().termsOf(d.key(), TaxonomyRole.AUTHORS).stream().map(hub.model.Term::label).toList());
    }

    /** The writer's buffer: larger than Lucene's 16 MB default, so fewer segments to merge into one, and small next to the heap. */
    private static final double RAM_BUFFER_MB = 64;

    /** A task's result; its exception as it was thrown. */
    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A document ready for the writer: its body text (the page's, then its PDFs'), where the PDFs' text begins in it (-1:
     * none), tokens, static index files and related-publications profile.
     */
    private record Prepared(String text, int pdfFrom, Tokens.Doc tokens, StaticIndex.DocFiles files, RelatedDocuments.Profile related) {
    }

    private static Prepared prepare(Site site, Document d, Tokens tokens, RelatedDocuments.TermIds relatedTerms) {
        String page = text(site, d), pdf = pdfText(d);
        String text = body(page, pdf);
        Tokens.Doc t = tokens.analyse(d.title(), d.summary() == null ? "" : d.summary(), text, authors(site, d));
        int pdfFrom = pdf.isEmpty() ? -1 : page.length() + PDF_SEPARATOR.length();
        return new Prepared(text, pdfFrom, t, StaticIndex.documentFiles(site, d, page, pdf, pdfOnlyTerms(t, pdfFrom), t),
                RelatedDocuments.Profile.of(t.related(), relatedTerms));
    }

    /** At most this many of a document's PDF-only terms go into its metadata file (the rest are not said to be in the PDF). */
    static final int MAX_PDF_ONLY_TERMS = 2000;

    /**
     * The index terms the document holds only in its PDFs' text (none in its title, summary, authors or page body),
     * sorted and capped: with them the browser client knows a result matched through its PDF, as hub search's
     * excerpt says, though it holds only the opening of the PDF's text.
     */
    static List<String> pdfOnlyTerms(Tokens.Doc t, int pdfFrom) {
        if (pdfFrom < 0) return List.of();
        java.util.Set<String> page = new java.util.HashSet<>(), pdf = new java.util.TreeSet<>();
        for (Tokens.Field f : List.of(t.title(), t.summary(), t.authors())) for (int i = 0; i < f.size(); i++) page.add(f.terms()[i]);
        Tokens.Field b = t.body();
        for (int i = 0; i < b.size(); i++) (b.starts()[i] < pdfFrom ? page : pdf).add(b.terms()[i]);
        pdf.removeAll(page);
        return pdf.stream().limit(MAX_PDF_ONLY_TERMS).toList();
    }

    /**
     * Adds the documents in order, each as its task ({@code task.apply(i)}, started {@code ahead} documents
     * before it is needed) delivers it; hands each to {@code done} once added.
     */
    private static IndexWriter write(Site site, List<Document> docs, org.apache.lucene.store.Directory target, Analyzer analyzer,
                              java.util.function.IntFunction<Future<Prepared>> task, int ahead,
                              java.util.function.Consumer<Prepared> done) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(new LogDocMergePolicy()).setRAMBufferSizeMB(RAM_BUFFER_MB);
        java.util.ArrayDeque<Future<Prepared>> queue = new java.util.ArrayDeque<>();
        int submitted = 0;
        IndexWriter w = new IndexWriter(target, config);
        try {
            for (int i = 0; i < docs.size(); i++) {
                while (submitted < docs.size() && submitted <= i + ahead) queue.add(task.apply(submitted++));
                Document d = docs.get(i);
                Prepared p = get(queue.poll());
                Tokens.Doc t = p.tokens();
                org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                ld.add(new StringField(Fields.KEY, d.key(), Field.Store.YES));
                ld.add(new StoredField(Fields.URL, site.config().basePath() + site.urls().pathOf(d.key())));
                // Stored as written, indexed from the tokens already made (exactly what the analyzer gives).
                ld.add(analysed(Fields.TITLE, d.title(), t.title()));
                ld.add(analysed(Fields.SUMMARY, d.summary() == null ? "" : d.summary(), t.summary()));
                ld.add(analysed(Fields.BODY, p.text(), t.body()));
                if (p.pdfFrom() >= 0) ld.add(new StoredField(Fields.PDF_FROM, p.pdfFrom()));
                ld.add(analysed(Fields.AUTHORS, authors(site, d), t.authors()));
                ld.add(new StringField(Fields.TYPE, d.type(), Field.Store.YES));
                ld.add(new StringField(Fields.YEAR, String.valueOf(d.date().getYear()), Field.Store.YES));
                ld.add(new StoredField(Fields.DATE, d.date().toString()));
                if (Demotion.of(d) != 1f) ld.add(new StoredField(Demotion.FIELD, Demotion.of(d)));
                for (String id : site.taxonomies().termIdsOf(d.key(), TaxonomyRole.THEMES)) ld.add(new StringField(Fields.THEMES, id, Field.Store.YES));
                for (String id : site.taxonomies().termIdsOf(d.key(), TaxonomyRole.PLACES)) ld.add(new StringField(Fields.PLACES, id, Field.Store.YES));
                w.addDocument(ld);
                done.accept(p);
            }
            return w;
        } catch (IOException | RuntimeException | Error e) {
            w.rollback();
            throw e;
        }
    }

    private static Field analysed(String name, String value, Tokens.Field tokens) {
        Field f = new Field(name, value, TextField.TYPE_STORED);
        f.setTokenStream(tokens.stream());
        return f;
    }

    /** Every surface form met while tokenising, with its index term (stop words left out), sorted by surface form. */
    private static Map<String, String> termsOfSurfaces(Tokens tokens, Ranking ranking, Analyzer analyzer) {
        Map<String, String> out = new TreeMap<>();
        for (String s : tokens.surfaces()) {
            String term = Analysis.termOf(ranking, analyzer, s);
            if (!term.isEmpty()) out.put(s, term);
        }
        return out;
    }

    /** The dictionary: every surface form whose index term has postings, with that term's document frequency. */
    private static Vocabulary vocabulary(Map<String, String> termOf, StaticIndex index) {
        Map<String, Vocabulary.Entry> entries = new TreeMap<>();
        termOf.forEach((surface, term) -> {
            Integer df = index.df(term);
            if (df != null) entries.put(surface, new Vocabulary.Entry(surface, term, df));
        });
        return new Vocabulary(entries);
    }

    /** Synonyms of the themes taxonomy (its role: themes) from site-config.yml: each synonym, found in a query, adds the theme's label. */
    private static List<QueryPlan.Synonym> synonyms(Site site) {
        List<QueryPlan.Synonym> out = new ArrayList<>();
        TaxonomyDef themes = site.taxonomies().withRole(TaxonomyRole.THEMES).map(hub.model.Taxonomy::def).orElse(null);
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
