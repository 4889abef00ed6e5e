package hub.load;

import hub.memo.Hash;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of a PDF attachment, for the search index: extracted with PDFBox, whitespace folded, capped at
 * {@link #MAX_CHARS}. A PDF that cannot be read, is damaged or is encrypted is a {@link Unreadable} with a
 * reason, which the load stage reports at the attachment.
 */
public final class PdfText {
    /**
     * At most this many characters of a PDF's text are indexed: a long report's first 200,000 characters (some
     * 80 pages) hold its vocabulary, and the cap bounds what one file can add to the index and to memory.
     */
    static final int MAX_CHARS = 200_000;

    private PdfText() {
    }

    /** Why a PDF gives no text. */
    static final class Unreadable extends Exception {
        final String hint;

        Unreadable(String message, String hint) {
            super(message);
            this.hint = hint;
        }
    }

    /** The text of the PDF in {@code bytes}, whitespace folded to single spaces and capped. */
    static String extract(byte[] bytes) throws Unreadable {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // A PDF with only an owner password opens without one, but its author asked for it to be locked:
            // publishing and indexing it is the author's call, made by saving it without encryption.
            if (pdf.isEncrypted()) throw encrypted();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ").strip();
            return text.length() <= MAX_CHARS ? text : text.substring(0, cutAt(text));
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            // PDFBox signals a damaged file with an IOException (or, for some damage, a runtime exception).
            throw new Unreadable("the PDF is damaged or not a PDF (" + e.getMessage() + ")",
                    "open it in a PDF reader and save or export it again as PDF");
        }
    }

    private static Unreadable encrypted() {
        return new Unreadable("the PDF is encrypted, so its text cannot be indexed",
                "save it without a password or encryption (e.g. print it to PDF) and attach that file");
    }

    /** Where to cut a long text: at the last space before the cap, so no word is cut in two. */
    private static int cutAt(String text) {
        int at = text.lastIndexOf(' ', MAX_CHARS);
        return at > 0 ? at : MAX_CHARS;
    }

    /**
     * Extracted texts by the hash of the PDF's bytes, so a build does not parse a PDF the last build parsed. A
     * build reads the one the last build left in the work folder ({@link #read}) and writes the one it used
     * ({@link #write}: only the PDFs it met). Thread-safe: documents load in parallel.
     */
    public static final class Memo {
        private static final String VERSION = "hub pdf text memo 1", END = "end";
        private final Map<Hash, String> previous;
        private final Map<Hash, String> used = new ConcurrentHashMap<>();
        private final Set<Hash> parsed = ConcurrentHashMap.newKeySet();

        public Memo() {
            this(Map.of());
        }

        private Memo(Map<Hash, String> previous) {
            this.previous = previous;
        }

        /** The text of the PDF whose bytes hash to {@code hash}: remembered, or extracted from {@code bytes}. */
        String text(Hash hash, byte[] bytes) throws Unreadable {
            String known = used.get(hash);
            if (known == null) known = previous.get(hash);
            if (known == null) {
                known = extract(bytes);
                parsed.add(hash);
            }
            used.put(hash, known);
            return known;
        }

        /** How many PDFs this memo's builds parsed (the rest were remembered). */
        public int parsed() {
            return parsed.size();
        }

        /** The memo the next build starts from: the texts this one used (a memo stays as small as the site's PDFs). */
        public Memo next() {
            return new Memo(Map.copyOf(used));
        }

        public byte[] write() {
            StringBuilder sb = new StringBuilder(VERSION).append('\n');
            new TreeMap<>(Map.copyOf(used).entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().hex(), Map.Entry::getValue)))
                    .forEach((h, t) -> sb.append(h).append('\t').append(escape(t)).append('\n'));
            return sb.append(END).append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }

        /** The memo from {@link #write}'s bytes; empty when they are missing, damaged or from another version. */
        public static Memo read(byte[] bytes) {
            if (bytes == null) return new Memo();
            try {
                String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
                if (!lines[0].equals(VERSION)) return new Memo();
                Map<Hash, String> texts = new java.util.HashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].equals(END)) return new Memo(texts);
                    int tab = lines[i].indexOf('\t');
                    texts.put(Hash.parse(lines[i].substring(0, tab)), unescape(lines[i].substring(tab + 1)));
                }
                return new Memo(); // no end mark: cut short
            } catch (RuntimeException e) {
                return new Memo();
            }
        }

        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
        }

        private static String unescape(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\' || i + 1 == s.length()) {
                    out.append(c);
                    continue;
                }
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
            }
            return out.toString();
        }
    }
}
