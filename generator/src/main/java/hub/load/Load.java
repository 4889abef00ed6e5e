package hub.load;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.SiteConfig;
import hub.model.SourceRef;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The load stage: site-config.yml and content/**.md in, a {@link Corpus} out. */
public final class Load {
    /** What to publish: drafts, and documents dated after {@code today}. */
    public record Options(boolean drafts, boolean future, LocalDate today) {
    }

    /** The largest configuration file read (1 MB: the repository's is 8 KB). */
    static final long MAX_CONFIG_BYTES = 1L << 20;

    private Load() {
    }

    /** Reads the Hugo site in {@code dir} for {@code hub import hugo}; null (with diagnostics) when it has none or it is unreadable. */
    public static hub.model.HugoSite hugo(Path dir, Diagnostics diagnostics) {
        return HugoSiteReader.read(dir, diagnostics);
    }

    /** Reads the configuration; returns null (with diagnostics) when it cannot be used. */
    public static SiteConfig config(Path configFile, Diagnostics diagnostics) {
        Path abs = configFile.toAbsolutePath().normalize();
        Path root = abs.getParent();
        String display = abs.getFileName().toString();
        if (!Files.isRegularFile(abs)) {
            diagnostics.error(SourceRef.file(display), "configuration file not found: " + configFile,
                    "run hub in the folder that holds site-config.yml, or pass --config FILE");
            return null;
        }
        String text;
        try {
            long size = Files.size(abs);
            if (size > MAX_CONFIG_BYTES) {
                // A configuration is a few kilobytes: a large one is a mistake (or an attack), not worth reading.
                diagnostics.error(SourceRef.file(display).at(1, 1), String.format(java.util.Locale.ROOT,
                        "file is too large (%.1f MB; the limit for the configuration is %d MB)", size / 1048576.0, MAX_CONFIG_BYTES >> 20),
                        "keep site-config.yml to settings, types and taxonomies; long term lists belong in content/ term pages");
                return null;
            }
            text = SourceText.decode(Files.readAllBytes(abs));
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceRef.file(display).at(1, 1), "configuration is not valid UTF-8", "save it as UTF-8");
            return null;
        } catch (IOException e) {
            diagnostics.error(SourceRef.file(display), "cannot read the configuration: " + e.getMessage(), null);
            return null;
        }
        return new ConfigReader(display, diagnostics).read(root, text);
    }

    /** The documentation's example domains (RFC 2606), which a published site's base_url should not keep. */
    private static final java.util.regex.Pattern EXAMPLE_HOST = java.util.regex.Pattern.compile("(?i)(?:.+\\.)?example\\.(?:org|com|net)");

    /**
     * A warning at base_url when its host is an example domain (example.org, hub.example.org...): a site built for
     * publishing with it has feeds, a sitemap and canonical links to a host that is not the site's.
     */
    public static void warnExampleBaseUrl(SiteConfig config, Diagnostics diagnostics) {
        String host = java.net.URI.create(config.baseUrl()).getHost();
        if (host == null || !EXAMPLE_HOST.matcher(host).matches()) return;
        SourceRef at = SourceRef.file(config.configPath());
        try {
            List<String> lines = java.nio.file.Files.readAllLines(config.root().resolve(config.configPath()).normalize());
            for (int i = 0; i < lines.size(); i++) {
                var m = java.util.regex.Pattern.compile("^base_url:\\s*").matcher(lines.get(i));
                if (m.find()) {
                    at = at.at(i + 1, m.end() + 1);
                    break;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // The position is a convenience: the file was read a moment ago, so the warning stands without it.
        }
        diagnostics.warning(at, "base_url '" + config.baseUrl() + "' is an example address: feeds, the sitemap and canonical links will point to "
                + host + ", not to this site", "set base_url to the address the site is published at, or pass --base-url URL to build");
    }

    /** Reads and checks every document; drafts and future documents are left out unless the options say otherwise. */
    public static Corpus content(SiteConfig config, Options options, Diagnostics diagnostics) {
        return content(config, options, null, new PdfTexts(), diagnostics);
    }

    /**
     * The same, re-reading only the files that changed since {@code memo} last saw them (null:
     * read everything). The memo is forgotten when the configuration changes, because types and
     * taxonomies decide how front matter binds. {@code pdfTexts} holds the text of the PDF attachments an earlier
     * build extracted, and takes those this one extracts.
     */
    public static Corpus content(SiteConfig config, Options options, Memo memo, PdfTexts pdfTexts, Diagnostics diagnostics) {
        ContentReader reader = new ContentReader(config, diagnostics, pdfTexts);
        List<Document> docs;
        if (memo == null) {
            docs = reader.readAll();
        } else {
            memo.useConfig(config);
            docs = reader.readAll(memo);
        }
        boolean future = options.future() || config.future();
        List<Document> published = docs.stream()
                .filter(d -> options.drafts() || !d.draft())
                .filter(d -> future || options.today() == null || d.date() == null || !d.date().isAfter(options.today()))
                .sorted(Comparator.comparing((Document d) -> d.ref().path()))
                .toList();
        // Named in the build's summary: a document that vanished because of its date looks like a bug otherwise.
        List<String> later = future || options.today() == null ? List.of() : docs.stream()
                .filter(d -> options.drafts() || !d.draft())
                .filter(d -> d.date() != null && d.date().isAfter(options.today()))
                .map(d -> d.ref().path() + " (" + d.date() + ")")
                .sorted()
                .toList();
        return new Corpus(config, hub.model.DocumentKeys.assign(config, published), later);
    }

    /**
     * What the load stage remembers between builds of one preview: per file, its size and
     * modification time when read, the document it gave (null for a file that is not published)
     * and the diagnostics it raised. Thread-safe: files are read in parallel.
     */
    public static final class Memo {
        record Stamp(long modified, long size) {
        }

        record Entry(Stamp stamp, Document document, List<Diagnostic> diagnostics) {
        }

        private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
        private final Set<Path> changed = ConcurrentHashMap.newKeySet();
        private volatile SiteConfig config;
        private volatile boolean complete;
        private volatile List<Path> listing;
        private final AtomicInteger reads = new AtomicInteger();

        /** Forces {@code file} to be read again at the next build, whatever its time stamp says (the watcher saw it change). */
        public void changed(Path file) {
            changed.add(file.toAbsolutePath().normalize());
        }

        /**
         * Says that the paths marked with {@link #changed} since the last build are every change
         * there was (the watcher's account). When they are all known content files that still
         * exist, the next build reads just them and does not walk content/ for the others.
         */
        public void complete() {
            complete = true;
        }

        /** The sorted content files of the last build, when the marked changes prove nothing else changed; else null. */
        List<Path> unchangedListing() {
            boolean trusted = complete && listing != null && !changed.isEmpty();
            complete = false;
            if (!trusted) return null;
            for (Path p : changed) if (!entries.containsKey(p) || !Files.isRegularFile(p)) return null;
            return listing;
        }

        List<Path> marked() {
            return List.copyOf(changed);
        }

        /** Forgets marks a build has acted on (a changed attachment's mark has no file entry of its own to clear it). */
        void unmark(List<Path> marks) {
            marks.forEach(changed::remove);
        }

        void listing(List<Path> files) {
            listing = List.copyOf(files);
        }

        Stamp stampOf(Path file) {
            Entry e = entries.get(file);
            return e == null ? null : e.stamp();
        }

        /** How many files the last build read from disk (the rest came from the memo). */
        public int lastReads() {
            return reads.get();
        }

        void useConfig(SiteConfig c) {
            reads.set(0);
            if (!c.equals(config)) {
                entries.clear();
                listing = null;
            }
            config = c;
        }

        Entry lookup(Path file, Stamp stamp) {
            Entry e = entries.get(file);
            // Walked paths are absolute and normalized already (the content folder is), like the marks.
            if (e == null || !e.stamp().equals(stamp) || (!changed.isEmpty() && changed.contains(file))) return null;
            return e;
        }

        Entry remember(Path file, Stamp stamp, Document document, List<Diagnostic> diagnostics) {
            reads.incrementAndGet();
            Entry e = new Entry(stamp, document, diagnostics);
            entries.put(file, e);
            changed.remove(file);
            return e;
        }

        void retain(Set<Path> files) {
            entries.keySet().retainAll(files);
        }
    }

    /**
     * The text of PDF attachments ({@link PdfText}) by the hash of the PDF's bytes, so a build does not parse a PDF the last build parsed. A
     * build reads the one the last build left in the work folder ({@link #read}) and writes the one it used
     * ({@link #write}: only the PDFs it met). Thread-safe: documents load in parallel.
     */
    public static final class PdfTexts {
        private static final String VERSION = "hub pdf text memo 1", END = "end";
        private final Map<hub.memo.Hash, String> previous;
        private final Map<hub.memo.Hash, String> used = new ConcurrentHashMap<>();
        private final Set<hub.memo.Hash> parsed = ConcurrentHashMap.newKeySet();

        public PdfTexts() {
            this(Map.of());
        }

        private PdfTexts(Map<hub.memo.Hash, String> previous) {
            this.previous = previous;
        }

        /** The text of the PDF whose bytes hash to {@code hash}: remembered, or extracted from {@code bytes}. */
        String text(hub.memo.Hash hash, byte[] bytes) throws PdfText.Unreadable {
            String known = used.get(hash);
            if (known == null) known = previous.get(hash);
            if (known == null) {
                known = PdfText.extract(bytes);
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
        public PdfTexts next() {
            return new PdfTexts(Map.copyOf(used));
        }

        public byte[] write() {
            StringBuilder sb = new StringBuilder(VERSION).append('\n');
            new java.util.TreeMap<>(Map.copyOf(used).entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().hex(), Map.Entry::getValue)))
                    .forEach((h, t) -> sb.append(h).append('\t').append(escape(t)).append('\n'));
            return sb.append(END).append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The memo from {@link #write}'s bytes; empty when they are missing, damaged or from another version. */
        public static PdfTexts read(byte[] bytes) {
            if (bytes == null) return new PdfTexts();
            try {
                String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                if (!lines[0].equals(VERSION)) return new PdfTexts();
                Map<hub.memo.Hash, String> texts = new java.util.HashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].equals(END)) return new PdfTexts(texts);
                    int tab = lines[i].indexOf('\t');
                    texts.put(hub.memo.Hash.parse(lines[i].substring(0, tab)), unescape(lines[i].substring(tab + 1)));
                }
                return new PdfTexts(); // no end mark: cut short
            } catch (RuntimeException e) {
                return new PdfTexts();
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
