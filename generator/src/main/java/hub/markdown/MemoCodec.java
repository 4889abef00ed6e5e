package hub.markdown;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Severity;
import hub.memo.Hash;
import hub.model.Footnote;
import hub.model.ReferenceEntry;
import hub.model.Heading;
import hub.model.LinkTarget;
import hub.model.OutgoingLink;
import hub.model.RenderedDocument;
import hub.model.SourceRef;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown memo as bytes, for the work folder: a version line, then per document (in any order) its source and
 * configuration hashes, the questions it asked with their answers, its rendering and its diagnostics.
 * Anything unreadable (another version, a damaged or cut file) reads as an empty memo: every document
 * is rendered again, never wrongly reused.
 */
final class MemoCodec {
    /**
     * 3: images and links Markdown could not read are checked too (a memo of 2 would keep their documents unchecked);
     * 4: the reference list of a document that cites with [@key]; 5: and the ids raw HTML gives (anchors); 7: see ENTRY.
     */
    private static final String VERSION = "hub markdown memo 7";
    /** Before each entry, and after the last (7: entries in any order, as a build makes them, so no count before them). */
    private static final byte ENTRY = 1, END = 0;
    /** No string of a memo is longer than a document may be (content files are capped at 8 MB; HTML grows a little). */
    private static final int MAX_STRING = 64 << 20;

    private MemoCodec() {
    }

    /**
     * Writes the entries into {@code stream}, in key order, and closes it; returns where each document's rendering lies
     * in it.
     */
    static Map<String, long[]> write(Map<String, Markdown.Memo.Entry> entries, OutputStream stream) throws IOException {
        Writer writer = new Writer(stream);
        try {
            for (String key : hub.parallel.Parallel.sortedKeys(entries)) writer.add(key, entry(key, entries.get(key)));
        } catch (IOException | RuntimeException e) {
            writer.abandon();
            throw e;
        }
        return writer.finish();
    }

    /** One entry as the memo file holds it (its mark first), and where its rendering lies in those bytes. */
    record EntryBytes(byte[] bytes, int renderedFrom, int renderedLength) {
    }

    /** The bytes of one entry: made on any thread, so that documents rendered in parallel are also encoded in parallel. */
    static EntryBytes entry(String key, Markdown.Memo.Entry e) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(e.rendered().html().length() + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(ENTRY);
            int[] where = entry(out, key, e);
            out.flush();
            return new EntryBytes(bytes.toByteArray(), where[0], where[1]);
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x); // (a byte array does not fail)
        }
    }

    /**
     * A memo file written an entry at a time, in any order, from any thread: the version, each entry after a mark, a mark
     * that ends them, the version again (so a cut file does not read as a shorter memo). Remembers where each document's
     * rendering lies.
     */
    static final class Writer {
        private final OutputStream out;
        private final Map<String, long[]> where = new java.util.HashMap<>();
        private long count;

        Writer(OutputStream out) throws IOException {
            this.out = out;
            write(version());
        }

        synchronized void add(String key, EntryBytes entry) throws IOException {
            where.put(key, new long[]{count + entry.renderedFrom(), entry.renderedLength()});
            write(entry.bytes());
        }

        /** Ends the file and closes it; returns where each rendering lies. */
        synchronized Map<String, long[]> finish() throws IOException {
            try (out) {
                write(new byte[]{END});
                write(version());
            }
            return where;
        }

        /** Closes the file unfinished (a build that failed): it reads as no memo. */
        synchronized void abandon() {
            try {
                out.close();
            } catch (IOException ignored) {
                // nothing more to do: the unfinished file is not read as a memo
            }
        }

        private void write(byte[] b) throws IOException {
            out.write(b);
            count += b.length;
        }

        private static byte[] version() {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (DataOutputStream d = new DataOutputStream(bytes)) {
                string(d, VERSION);
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
            return bytes.toByteArray();
        }
    }

    /** One document's rendering, read back from {@code bytes} (a slice of the memo file). */
    static RenderedDocument rendered(byte[] bytes) throws IOException {
        return rendered(new DataInputStream(new java.io.ByteArrayInputStream(bytes)));
    }

    /** The entries in {@code stream} (closed after), or an empty map when they cannot be read. */
    static Map<String, Markdown.Memo.Entry> read(InputStream stream) {
        Map<String, Markdown.Memo.Entry> out = new TreeMap<>();
        if (stream == null) return out;
        try (DataInputStream in = new DataInputStream(stream)) {
            if (!VERSION.equals(string(in))) return out;
            for (byte mark = in.readByte(); mark != END; mark = in.readByte()) {
                if (mark != ENTRY) return new TreeMap<>();
                String key = string(in);
                out.put(key, entry(in));
            }
            if (!VERSION.equals(string(in))) return new TreeMap<>();
            return out;
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
    }

    /** Writes one entry after its mark; returns where its rendering lies: from (counted from the mark) and length. */
    private static int[] entry(DataOutputStream out, String key, Markdown.Memo.Entry e) throws IOException {
        string(out, key);
        hash(out, e.source());
        hash(out, e.config());
        out.writeInt(e.questions().size());
        for (Markdown.Question q : e.questions()) {
            out.writeChar(q.kind());
            string(out, q.argument());
            if (q.answer() instanceof LinkTarget t) {
                out.writeByte('T');
                target(out, t);
            } else {
                out.writeByte('S');
                string(out, (String) q.answer());
            }
        }
        int start = out.size();
        rendered(out, e.rendered());
        int[] where = {start, out.size() - start};
        out.writeInt(e.diagnostics().size());
        for (Diagnostic d : e.diagnostics()) {
            out.writeByte(d.severity().ordinal());
            ref(out, d.ref());
            string(out, d.message());
            string(out, d.hint());
        }
        return where;
    }

    private static Markdown.Memo.Entry entry(DataInputStream in) throws IOException {
        Hash source = hash(in), config = hash(in);
        int nq = in.readInt();
        List<Markdown.Question> questions = new ArrayList<>(nq);
        for (int i = 0; i < nq; i++) {
            char kind = in.readChar();
            String argument = string(in);
            Object answer = in.readByte() == 'T' ? target(in) : string(in);
            questions.add(new Markdown.Question(kind, argument, answer));
        }
        RenderedDocument r = rendered(in);
        int nd = in.readInt();
        List<Diagnostic> diagnostics = new ArrayList<>(nd);
        for (int i = 0; i < nd; i++) {
            Severity s = Severity.values()[in.readByte()];
            diagnostics.add(new Diagnostic(s, ref(in), string(in), string(in)));
        }
        return new Markdown.Memo.Entry(source, config, List.copyOf(questions), r, List.copyOf(diagnostics));
    }

    private static void rendered(DataOutputStream out, RenderedDocument r) throws IOException {
        string(out, r.key());
        string(out, r.html());
        headings(out, r.headings());
        headings(out, r.toc());
        out.writeInt(r.footnotes().size());
        for (Footnote f : r.footnotes()) {
            out.writeInt(f.number());
            string(out, f.label());
            string(out, f.id());
            string(out, f.html());
            strings(out, f.backrefs());
            string(out, f.citesKey());
            ref(out, f.ref());
        }
        out.writeInt(r.references().size());
        for (ReferenceEntry x : r.references()) {
            string(out, x.key());
            string(out, x.label());
            string(out, x.html());
        }
        strings(out, r.anchors());
        out.writeInt(r.links().size());
        for (OutgoingLink l : r.links()) {
            out.writeByte(l.kind().ordinal());
            string(out, l.raw());
            ref(out, l.ref());
            string(out, l.targetKey());
            string(out, l.fragment());
            out.writeInt(l.footnote());
            string(out, l.hint());
        }
        out.writeInt(r.words());
        hash(out, r.hash());
    }

    private static RenderedDocument rendered(DataInputStream in) throws IOException {
        String key = string(in), html = string(in);
        List<Heading> headings = headings(in), toc = headings(in);
        int nf = in.readInt();
        List<Footnote> notes = new ArrayList<>(nf);
        for (int i = 0; i < nf; i++) {
            notes.add(new Footnote(in.readInt(), string(in), string(in), string(in), strings(in), string(in), ref(in)));
        }
        int nr = in.readInt();
        List<ReferenceEntry> references = new ArrayList<>(nr);
        for (int i = 0; i < nr; i++) references.add(new ReferenceEntry(string(in), string(in), string(in)));
        List<String> anchors = strings(in);
        int nl = in.readInt();
        List<OutgoingLink> links = new ArrayList<>(nl);
        for (int i = 0; i < nl; i++) {
            OutgoingLink.Kind kind = OutgoingLink.Kind.values()[in.readByte()];
            links.add(new OutgoingLink(kind, string(in), ref(in), string(in), string(in), in.readInt(), string(in)));
        }
        return new RenderedDocument(key, html, headings, toc, notes, references, anchors, links, in.readInt(), hash(in));
    }

    private static void target(DataOutputStream out, LinkTarget t) throws IOException {
        out.writeByte(t.kind().ordinal());
        string(out, t.targetKey());
        string(out, t.fragment());
        string(out, t.url());
        string(out, t.hint());
    }

    private static LinkTarget target(DataInputStream in) throws IOException {
        return new LinkTarget(LinkTarget.Kind.values()[in.readByte()], string(in), string(in), string(in), string(in));
    }

    private static void headings(DataOutputStream out, List<Heading> hs) throws IOException {
        out.writeInt(hs.size());
        for (Heading h : hs) {
            out.writeInt(h.level());
            string(out, h.id());
            string(out, h.text());
        }
    }

    private static List<Heading> headings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Heading> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new Heading(in.readInt(), string(in), string(in)));
        return out;
    }

    private static void strings(DataOutputStream out, List<String> s) throws IOException {
        out.writeInt(s.size());
        for (String x : s) string(out, x);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in));
        return out;
    }

    private static void ref(DataOutputStream out, SourceRef r) throws IOException {
        string(out, r.path());
        out.writeInt(r.line());
        out.writeInt(r.col());
    }

    private static SourceRef ref(DataInputStream in) throws IOException {
        return new SourceRef(string(in), in.readInt(), in.readInt());
    }

    private static void hash(DataOutputStream out, Hash h) throws IOException {
        out.writeLong(h.high());
        out.writeLong(h.low());
    }

    private static Hash hash(DataInputStream in) throws IOException {
        return new Hash(in.readLong(), in.readLong());
    }

    /** A string as its UTF-8 length (-1 for null) and bytes: unlike writeUTF, not limited to 64 KB. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        if (n > MAX_STRING) throw new IOException("damaged: a string of " + n + " bytes");
        byte[] b = in.readNBytes(n);
        if (b.length != n) throw new IOException("cut short");
        return new String(b, StandardCharsets.UTF_8);
    }
}
