package hub.search;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import hub.diagnostic.Diagnostics;
import hub.memo.Hash;
import hub.memo.Hasher;
import hub.model.Document;
import hub.model.FileSink;
import hub.model.Site;
import hub.model.SourceRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The search stage: Lucene at build time. It indexes the publications once and from that index
 * computes related publications, writes the Lucene index into the work directory (for
 * {@code hub search} and the preview server), and exports the static index the browser client queries.
 * Queries go through {@link #open}, shared by the CLI and the preview server, and rank exactly as the
 * browser client does.
 */
public final class Search {
    private Search() {
    }

    /** The stage's result: related publications (key to up to five related keys, best first), and the static index's file paths. */
    public record Indexed(Map<String, List<String>> related, List<String> files) {
    }

    /**
     * Where the stage's output goes: the static index into {@code site}, the dictionary and synonyms into
     * {@code work}, the Lucene index into the folder {@code lucene} of the staged work tree (null: no Lucene
     * index is kept, as in the preview).
     */
    public record Target(FileSink site, FileSink work, Path lucene) {
    }

    /** The work folder's sub-folder for the Lucene index (what {@code hub search} opens). */
    public static final String LUCENE_FOLDER = SearchIndexer.DIR + "/" + SearchIndexer.LUCENE;

    /** The work folder's sub-folder the stage writes into. */
    public static final String FOLDER = SearchIndexer.DIR;

    /**
     * Indexes every publication once with Lucene, and from that one index makes the static index files,
     * the Lucene index and related publications. {@code site}'s own related lists are not read. {@code fingerprint}
     * is the stage's {@link #fingerprint}, which names the static index's files. Adds the wall
     * time of each step to {@code stats} ("ms search STEP"). Null when it failed (reported).
     */
    public static Indexed index(Site site, Target target, Hash fingerprint, Diagnostics diagnostics, Map<String, Integer> stats) {
        try {
            Steps steps = new Steps(stats);
            Indexed indexed = SearchIndexer.build(site, new SearchIndexer.Target(target.site(), target.work(), target.lucene()),
                    fingerprint, true, steps);
            steps.end();
            return indexed;
        } catch (IOException e) {
            diagnostics.error(SourceRef.file(FOLDER), "cannot write the search index: " + e.getMessage(), "check that the work directory is writable");
            return null;
        }
    }

    /**
     * The hash of everything the stage reads: the configuration, and per publication its source, rendered body,
     * address, terms, the links between publications and its attachments' bytes (their PDF text comes from them). Equal fingerprints, equal output: a build may keep the
     * previous build's search index and related lists.
     */
    public static Hash fingerprint(Site site) {
        Hasher h = new Hasher().string("search 1").value(site.config().withRoot(Path.of(""))); // names files: no absolute folder in it
        for (Document d : site.corpus().publications()) {
            h.string(d.key()).hash(d.source()).string(site.urls().pathOf(d.key()));
            var r = site.rendered().get(d.key());
            h.hash(r == null ? Hash.ZERO : r.hash());
            for (var t : site.taxonomies().taxonomies()) {
                h.string(t.id());
                for (var term : site.taxonomies().termsOf(d.key(), t.id())) h.string(term.id()).string(term.label());
            }
            for (var c : site.links().citedBy(d.key())) h.string(c.fromKey()).value(c.notes());
            h.value(site.links().linkedFrom(d.key()));
            for (var a : d.attachments()) h.string(a.source()).hash(a.content());
        }
        return h.hash();
    }

    /**
     * What the stage remembers between builds: the fingerprint of its last inputs, the related lists and the
     * static index's paths it made from them.
     */
    public record Memo(Hash fingerprint, Map<String, List<String>> related, List<String> files) {
        private static final String VERSION = "hub search memo 1";

        public byte[] write() {
            StringBuilder sb = new StringBuilder(VERSION).append('\n').append(fingerprint.hex()).append('\n');
            sb.append(files.size()).append('\n');
            files.forEach(f -> sb.append(f).append('\n'));
            new java.util.TreeMap<>(related).forEach((k, v) -> sb.append(k).append('\t').append(String.join("\t", v)).append('\n'));
            return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The memo from {@link #write}'s bytes, or null when they are missing, damaged or from another version. */
        public static Memo read(byte[] bytes) {
            if (bytes == null) return null;
            try {
                String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                if (!lines[0].equals(VERSION)) return null;
                Hash fp = Hash.parse(lines[1]);
                int n = Integer.parseInt(lines[2]);
                List<String> files = List.of(java.util.Arrays.copyOfRange(lines, 3, 3 + n));
                for (String f : files) {
                    if (!f.startsWith("search/") || f.contains("..") || f.contains("\0") || f.contains("\\")) return null; // damaged
                }
                Map<String, List<String>> related = new java.util.TreeMap<>();
                for (int i = 3 + n; i < lines.length; i++) {
                    if (lines[i].isEmpty()) continue;
                    String[] f = lines[i].split("\t");
                    related.put(f[0], List.of(java.util.Arrays.copyOfRange(f, 1, f.length)));
                }
                return new Memo(fp, related, files);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** Wall time of the steps of the stage, as "ms search STEP" statistics (what bench reports). */
    static final class Steps {
        private final Map<String, Integer> stats;
        private long mark = System.nanoTime();

        private final long cpuStart = cpuNanos();

        Steps(Map<String, Integer> stats) {
            this.stats = stats;
        }

        /** Process CPU time (all threads, JIT and GC included) since the stage began: "cpu ms search". */
        void end() {
            long cpu = cpuNanos();
            if (cpu >= 0 && cpuStart >= 0) stats.put("cpu ms search", (int) ((cpu - cpuStart) / 1_000_000));
        }

        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
        }

        /** Ends the step that began at the previous call (or at construction). */
        synchronized void done(String step) {
            long now = System.nanoTime();
            stats.merge("ms search " + step, (int) ((now - mark) / 1_000_000), Integer::sum);
            mark = now;
        }
    }

    /** Opens the index a build wrote into {@code workDir}. Throws NoSuchFileException when there is none. */
    public static SearchIndex open(Path workDir) throws IOException {
        return new Searcher(workDir);
    }

    /** One query against the index in {@code workDir}, ranked by relevance. */
    public static List<SearchHit> query(Path workDir, String query, SearchFilters filters, int limit) throws IOException {
        try (SearchIndex s = open(workDir)) {
            return s.search(new SearchRequest(query, filters, false, false, limit)).hits();
        }
    }
}
