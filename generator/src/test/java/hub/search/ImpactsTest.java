package hub.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Impacts are, bit for bit, the scores Lucene gives each term's query, over an index of several segments (the build
 * keeps the segments the writer flushed): statistics are summed over segments and documents numbered across them.
 */
class ImpactsTest {
    private static final String[] WORDS = {"community", "planning", "partnership", "budget", "evidence", "place", "leadership",
            "prevention", "rural", "young", "people", "participation", "council", "service", "reform", "data"};

    @Test
    void impactsEqualLuceneScoresAcrossSegments() throws Exception {
        try (Analyzer analyzer = Analysis.english(); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(new LogDocMergePolicy()).setMaxBufferedDocs(4);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int d = 0; d < 23; d++) {
                    Document doc = new Document();
                    doc.add(new TextField(Fields.TITLE, words(d, 3, 2), Field.Store.NO));
                    doc.add(new TextField(Fields.SUMMARY, words(d, 7, 3), Field.Store.NO));
                    doc.add(new TextField(Fields.BODY, words(d, 40 + 7 * d, 5), Field.Store.NO));
                    doc.add(new TextField(Fields.AUTHORS, d % 3 == 0 ? "Community Author" : "Someone Else", Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() > 1, "the index has several segments: " + reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<String, Impacts.Postings> impacts = Impacts.compute(reader);
                assertTrue(impacts.containsKey("commun") && impacts.containsKey("plan"), impacts.keySet().toString());
                for (var e : impacts.entrySet()) {
                    Map<Integer, Float> lucene = new HashMap<>();
                    for (ScoreDoc sd : searcher.search(Searcher.termQuery(e.getKey()), reader.maxDoc()).scoreDocs) lucene.put(sd.doc, sd.score);
                    Map<Integer, Float> ours = new HashMap<>();
                    Impacts.Postings p = e.getValue();
                    for (int i = 0; i < p.size(); i++) {
                        ours.put(p.docs()[i], p.impacts()[i]);
                        if (i > 0) {
                            int c = Float.compare(p.impacts()[i - 1], p.impacts()[i]);
                            assertTrue(c > 0 || (c == 0 && p.docs()[i - 1] < p.docs()[i]), "impact order, ties by document: " + e.getKey());
                        }
                    }
                    assertEquals(lucene, ours, e.getKey());
                }
            }
        }
    }

    /** A deterministic text of n words from the list, varying with the document. */
    private static String words(int doc, int n, int step) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(WORDS[(doc * step + i * i + i / 3) % WORDS.length]).append(i % 11 == 10 ? " the " : " ");
        return sb.toString();
    }

    /** Sorting the keys orders postings as the comparator it replaced did, and each key gives back its impact. */
    @Test
    void keysSortAsImpactDescendingThenDocument() {
        float[] values = {0f, -0f, 1f, -1f, 0.5f, 2.75f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, 3.1f};
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(40);
            float[] score = new float[n];
            int[] doc = new int[n];
            for (int i = 0; i < n; i++) {
                score[i] = random.nextBoolean() ? values[random.nextInt(values.length)] : random.nextFloat() * 20 - 5;
                doc[i] = random.nextInt(Integer.MAX_VALUE);
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            java.util.Arrays.sort(order, (a, b) -> {
                int c = Float.compare(score[b], score[a]);
                return c != 0 ? c : Integer.compare(doc[a], doc[b]);
            });
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = Impacts.key(score[i], doc[i]);
            java.util.Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                assertEquals(doc[order[i]], (int) keys[i], "document at " + i);
                assertEquals(Float.floatToIntBits(score[order[i]]), Float.floatToIntBits(Impacts.impact(keys[i])), "impact at " + i);
            }
        }
    }
}
