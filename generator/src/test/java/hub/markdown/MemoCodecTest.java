package hub.markdown;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Severity;
import hub.memo.Hash;
import hub.model.Footnote;
import hub.model.Heading;
import hub.model.LinkTarget;
import hub.model.OutgoingLink;
import hub.model.ReferenceEntry;
import hub.model.RenderedDocument;
import hub.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Markdown memo file. A one-shot build writes its entries as the documents are rendered, from every thread and in
 * no fixed order ({@link Markdown.Spill}); a build that keeps its state writes them in key order at the end. Both must
 * read back as the same memo, the renderings must be found where the writer says they lie (a large build reads its pages'
 * documents from there), and a file the writer did not finish must read as no memo at all, never as a shorter one.
 */
class MemoCodecTest {
    @TempDir
    Path tmp;

    @Test
    void entriesWrittenInAnyOrderFromManyThreadsReadBackAsTheMemo() throws Exception {
        Map<String, Markdown.Memo.Entry> entries = entries(new Random(7), 400);
        List<String> keys = new ArrayList<>(entries.keySet());
        Collections.shuffle(keys, new Random(11));
        Path file = tmp.resolve("markdown.bin");
        MemoCodec.Writer writer = new MemoCodec.Writer(Files.newOutputStream(file));
        keys.parallelStream().forEach(k -> {
            try {
                writer.add(k, MemoCodec.entry(k, entries.get(k)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, long[]> where = writer.finish();

        Map<String, Markdown.Memo.Entry> read = MemoCodec.read(Files.newInputStream(file));
        assertEquals(entries, read, "every entry, as it was written");
        assertEquals(entries.keySet(), where.keySet());
        try (Markdown.ReadBack back = Markdown.readBack(file, new Markdown.Written(where))) {
            for (var e : entries.entrySet()) assertEquals(e.getValue().rendered(), back.get(e.getKey()), e.getKey());
        }
    }

    @Test
    void theMemoOfAKeptStateIsWrittenInKeyOrderSoTheSameEntriesGiveTheSameBytes() throws Exception {
        Map<String, Markdown.Memo.Entry> entries = entries(new Random(3), 50);
        ByteArrayOutputStream sorted = new ByteArrayOutputStream(), byHand = new ByteArrayOutputStream();
        MemoCodec.write(new java.util.HashMap<>(entries), sorted);
        MemoCodec.Writer writer = new MemoCodec.Writer(byHand);
        for (var e : entries.entrySet()) writer.add(e.getKey(), MemoCodec.entry(e.getKey(), e.getValue()));
        writer.finish();
        assertArrayEquals(byHand.toByteArray(), sorted.toByteArray());
        assertEquals(entries, MemoCodec.read(new ByteArrayInputStream(sorted.toByteArray())));
    }

    @Test
    void aFileTheWriterDidNotFinishReadsAsNoMemo() throws Exception {
        Map<String, Markdown.Memo.Entry> entries = entries(new Random(5), 6);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        MemoCodec.write(entries, whole);
        byte[] bytes = whole.toByteArray();
        assertEquals(entries.size(), MemoCodec.read(new ByteArrayInputStream(bytes)).size());
        for (int cut = 0; cut < bytes.length; cut++) {
            assertTrue(MemoCodec.read(new ByteArrayInputStream(Arrays.copyOf(bytes, cut))).isEmpty(), "cut at " + cut + " of " + bytes.length);
        }

        // A build that stops (content errors, a failed write) abandons its spill: what it wrote is no memo.
        ByteArrayOutputStream stopped = new ByteArrayOutputStream();
        MemoCodec.Writer writer = new MemoCodec.Writer(stopped);
        for (var e : entries.entrySet()) writer.add(e.getKey(), MemoCodec.entry(e.getKey(), e.getValue()));
        writer.abandon();
        assertTrue(stopped.size() > 100, "entries were written");
        assertTrue(MemoCodec.read(new ByteArrayInputStream(stopped.toByteArray())).isEmpty());
    }

    /** {@code n} entries with everything a rendering holds, null fields, non-ASCII text and empty lists among them. */
    private static Map<String, Markdown.Memo.Entry> entries(Random random, int n) {
        Map<String, Markdown.Memo.Entry> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String key = "briefing/" + word(random) + "-" + i;
            List<Markdown.Question> questions = IntStream.range(0, random.nextInt(4)).mapToObj(q -> random.nextBoolean()
                    ? new Markdown.Question('g', "/" + word(random), new LinkTarget(LinkTarget.Kind.values()[random.nextInt(LinkTarget.Kind.values().length)],
                    random.nextBoolean() ? null : word(random), random.nextBoolean() ? null : word(random), "/" + word(random) + "/", null))
                    : new Markdown.Question('s', word(random), random.nextBoolean() ? null : word(random) + " (2016)")).toList();
            SourceRef at = new SourceRef("content/" + key + ".md", 1 + random.nextInt(90), 1 + random.nextInt(40));
            List<Heading> headings = IntStream.range(0, random.nextInt(3)).mapToObj(h -> new Heading(2 + h, word(random), word(random))).toList();
            List<Footnote> notes = IntStream.range(0, random.nextInt(3)).mapToObj(f -> new Footnote(f + 1, String.valueOf(f + 1), "fn-" + (f + 1),
                    "<p>" + word(random) + "</p>", List.of("fnref-" + (f + 1)), random.nextBoolean() ? null : word(random), at)).toList();
            List<OutgoingLink> links = IntStream.range(0, random.nextInt(4)).mapToObj(l -> new OutgoingLink(
                    OutgoingLink.Kind.values()[random.nextInt(OutgoingLink.Kind.values().length)], "/" + word(random), at,
                    random.nextBoolean() ? null : word(random), random.nextBoolean() ? null : word(random), random.nextInt(3),
                    random.nextBoolean() ? null : "did you mean " + word(random) + "?")).toList();
            StringBuilder html = new StringBuilder();
            for (int p = random.nextInt(40); p >= 0; p--) html.append("<p>").append(word(random)).append(" ").append(word(random)).append("</p>\n");
            RenderedDocument r = new RenderedDocument(key, html.toString(), headings, headings.isEmpty() ? List.of() : headings.subList(0, 1), notes,
                    random.nextBoolean() ? List.of() : List.of(new ReferenceEntry(word(random), word(random), "<cite>" + word(random) + "</cite>")),
                    random.nextBoolean() ? List.of() : List.of(word(random)), links, random.nextInt(5000), new Hash(random.nextLong(), random.nextLong()));
            List<Diagnostic> diagnostics = random.nextInt(4) == 0
                    ? List.of(new Diagnostic(Severity.WARNING, at, "a placeholder is left: " + word(random), "write the text")) : List.of();
            out.put(key, new Markdown.Memo.Entry(new Hash(random.nextLong(), random.nextLong()), new Hash(1, 2), questions, r, diagnostics));
        }
        return out;
    }

    private static final String[] WORDS = {"reform", "Fife", "Glasgow", "partnership", "Ceòl", "Ādhār", "co-production", "€", "“quoted”", "😀", ""};

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + random.nextInt(100);
    }
}
