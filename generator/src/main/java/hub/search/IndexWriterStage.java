package hub.search;

import hub.model.Document;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.Term;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the Lucene index of every publication into the work directory (never the published
 * site), for {@code hub search} and the preview server. Replaced whole on each build.
 */
final class IndexWriterStage {
    static final String DIR = "search-index";

    private IndexWriterStage() {
    }

    /** Builds the index in memory, exports the static index from it, and copies it to {@code workDir} when given. */
    static List<hub.model.OutputFile> build(Site site, Path workDir) throws IOException {
        try (Analyzer analyzer = Analysis.english(); org.apache.lucene.store.ByteBuffersDirectory mem = new org.apache.lucene.store.ByteBuffersDirectory()) {
            write(site, mem, analyzer);
            List<hub.model.OutputFile> files;
            try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(mem)) {
                files = StaticIndex.export(site, reader, analyzer);
            }
            if (workDir != null) {
                Path dir = workDir.resolve(DIR);
                if (Files.isDirectory(dir)) {
                    try (var s = Files.list(dir)) {
                        for (Path p : s.toList()) Files.delete(p);
                    }
                }
                Files.createDirectories(dir);
                try (FSDirectory fs = FSDirectory.open(dir)) {
                    for (String f : mem.listAll()) fs.copyFrom(mem, f, f, org.apache.lucene.store.IOContext.DEFAULT);
                }
                Files.writeString(workDir.resolve(Synonyms.FILE), Synonyms.write(Synonyms.of(site)));
            }
            return files;
        }
    }

    private static void write(Site site, org.apache.lucene.store.Directory target, Analyzer analyzer) throws IOException {
        try (IndexWriter w = new IndexWriter(target, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Document d : site.corpus().publications()) {
                org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                RenderedDocument r = site.rendered().get(d.key());
                ld.add(new StringField(Fields.KEY, d.key(), Field.Store.YES));
                ld.add(new StoredField(Fields.URL, site.config().basePath() + site.urls().pathOf(d.key())));
                ld.add(new TextField(Fields.TITLE, d.title(), Field.Store.YES));
                ld.add(new TextField(Fields.SUMMARY, d.summary() == null ? "" : d.summary(), Field.Store.YES));
                ld.add(new TextField(Fields.BODY, r == null ? "" : r.text(), Field.Store.YES));
                List<Term> authors = site.taxonomies().termsOf(d.key(), "authors");
                ld.add(new TextField(Fields.AUTHORS, String.join(", ", authors.stream().map(Term::label).toList()), Field.Store.YES));
                ld.add(new StringField(Fields.TYPE, d.type(), Field.Store.YES));
                ld.add(new StringField(Fields.YEAR, String.valueOf(d.date().getYear()), Field.Store.YES));
                ld.add(new StoredField(Fields.DATE, d.date().toString()));
                for (String tax : List.of("themes", "places")) {
                    for (String id : site.taxonomies().termIdsOf(d.key(), tax)) ld.add(new StringField(tax, id, Field.Store.YES));
                }
                w.addDocument(ld);
            }
        }
    }
}
