package hub.search;

import hub.diagnostic.Diagnostics;
import hub.model.OutputFile;
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

    /**
     * The stage's result: the static index files for the published site and, when they were asked for,
     * related publications (publication key to up to five related keys, best first; null when not asked for).
     */
    public record Indexed(List<OutputFile> files, Map<String, List<String>> related) {
    }

    /**
     * Indexes every publication once with Lucene, and from that one index makes the static index files,
     * the Lucene index under {@code workDir} when it is not null (a check writes nothing) and, when
     * {@code withRelated}, related publications (the preview reuses its lists while the publications are
     * the same, and passes false). {@code site}'s own related lists are not read. Adds the wall time
     * of each step to {@code stats} ("ms search STEP").
     */
    public static Indexed index(Site site, Path workDir, boolean withRelated, Diagnostics diagnostics, Map<String, Integer> stats) {
        try {
            Steps steps = new Steps(stats);
            Indexed indexed = IndexWriterStage.build(site, workDir, withRelated, steps);
            steps.end();
            return indexed;
        } catch (IOException e) {
            diagnostics.error(SourceRef.file(workDir == null ? "search" : workDir.toString()),
                    "cannot write the search index: " + e.getMessage(), "check that the work directory is writable");
            return new Indexed(List.of(), withRelated ? Map.of() : null);
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

    /** Narrowing a search: null means "any". */
    public record Filters(String type, String theme, String place, String year) {
        public static final Filters NONE = new Filters(null, null, null, null);
    }

    /**
     * A query: {@code prefix} makes the last word match its completions (as the browser does while
     * someone types); {@code byDate} sorts newest first instead of by relevance.
     */
    public record Request(String text, Filters filters, boolean prefix, boolean byDate, int limit) {
        public static Request of(String text, int limit) {
            return new Request(text, Filters.NONE, false, false, limit);
        }
    }

    /** One result: excerpt has the matched words in {@code <b>} tags; type is the type id. */
    public record Hit(String key, String title, String url, float score, String excerpt, String type, String date) {
    }

    /** The shown hits, how many documents matched, and facet counts (facet -> value id -> count) over all of them. */
    public record Results(int total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    }

    /** An open index: keep it for many queries (the preview server), close it when done. */
    public interface Index extends AutoCloseable {
        Results search(Request request) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Opens the index a build wrote into {@code workDir}. Throws NoSuchFileException when there is none. */
    public static Index open(Path workDir) throws IOException {
        return new Searcher(workDir);
    }

    /** One query against the index in {@code workDir}, ranked by relevance. */
    public static List<Hit> query(Path workDir, String query, Filters filters, int limit) throws IOException {
        try (Index s = open(workDir)) {
            return s.search(new Request(query, filters, false, false, limit)).hits();
        }
    }
}
