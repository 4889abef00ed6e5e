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

    static void write(Site site, Path workDir) throws IOException {
        Path dir = workDir.resolve(DIR);
        Files.createDirectories(dir);
        try (Analyzer analyzer = Analysis.english(); FSDirectory fs = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
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
