package hub.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The search stage's guard that Lucene's doc ids are the documents' places in key order
 * ({@link SearchIndexer#checkKeyOrder}): it reads only where each segment begins and ends, so these indexes have
 * several segments, in order and out of it.
 */
class KeyOrderTest {
    private static final List<String> KEYS = List.of("a", "b", "c", "d", "e", "f", "g");

    @Test
    void segmentsInKeyOrderPass() throws IOException {
        try (Directory dir = segments(List.of(List.of("a", "b", "c"), List.of("d"), List.of("e", "f", "g")));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(3, reader.leaves().size());
            assertDoesNotThrow(() -> SearchIndexer.checkKeyOrder(reader, KEYS));
        }
    }

    @Test
    void segmentsOutOfOrderAreFound() throws IOException {
        // The same segments, the last two copied in before the first: what a merge of segments that are not
        // neighbours would do to the doc ids.
        try (Directory first = segments(List.of(List.of("a", "b", "c")));
             Directory rest = segments(List.of(List.of("d"), List.of("e", "f", "g")));
             Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
                w.addIndexes(rest, first);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                var e = assertThrows(IllegalStateException.class, () -> SearchIndexer.checkKeyOrder(reader, KEYS));
                assertEquals("search index out of key order at 0", e.getMessage());
            }
        }
    }

    @Test
    void aSegmentThatEndsWrongIsFound() throws IOException {
        // The first segment begins right but ends on another document: the last document of a run is read too.
        try (Directory dir = segments(List.of(List.of("a", "b", "d"), List.of("c"), List.of("e", "f", "g")));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            var e = assertThrows(IllegalStateException.class, () -> SearchIndexer.checkKeyOrder(reader, KEYS));
            assertEquals("search index out of key order at 2", e.getMessage());
        }
    }

    @Test
    void aMissingDocumentIsFound() throws IOException {
        try (Directory dir = segments(List.of(List.of("a", "b", "c"), List.of("d", "e", "f")));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            var e = assertThrows(IllegalStateException.class, () -> SearchIndexer.checkKeyOrder(reader, KEYS));
            assertEquals("search index holds 6 of 7 documents", e.getMessage());
        }
    }

    /** An index with one segment per list, in the order given, each holding its keys in order. */
    private static Directory segments(List<List<String>> runs) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(new LogDocMergePolicy()))) {
            for (List<String> run : runs) {
                for (String key : run) {
                    Document d = new Document();
                    d.add(new StringField(Fields.KEY, key, Field.Store.YES));
                    w.addDocument(d);
                }
                w.flush();
            }
        }
        return dir;
    }
}
