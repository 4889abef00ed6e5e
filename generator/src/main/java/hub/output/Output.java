package hub.output;

import hub.diagnostic.Diagnostics;
import hub.model.FileSink;
import hub.model.OutputFile;
import hub.model.SourceRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The output stage, the only code that writes the build's files. It refuses two files on one path and paths
 * that would leave the output folder. A build writes into staging folders beside its targets, the site's
 * folder (public/) and the work folder (.hub/: the search index and what later builds start from), and
 * {@link Staged#commit} swaps both into place only when everything was written: a failed build leaves the
 * previous site and work folder untouched. A file the previous build wrote and that did not change is
 * linked from the previous tree instead of written again. {@link #memory} is the same in memory (check,
 * preview, tests).
 */
public final class Output {
    private Output() {
    }

    /** The files of one build in progress: the site and the work folder, each a sink. */
    public interface Staged extends AutoCloseable {
        /** The site's files (public/). */
        FileSink site();

        /** The work folder's files (.hub/). */
        FileSink work();

        /** Where a file of the staged work tree is on disk, to read back what was written (null in memory). */
        Path workPath(String relative);

        /** A file of the work folder written as a stream (a memo too large to hold as one array); closing it finishes the file. */
        java.io.OutputStream workStream(String relative) throws IOException;

        /**
         * An empty folder of the staged work tree (e.g. "search-index/lucene") for a library that writes its own
         * files (Lucene), or null in memory; anything kept there before is removed. It is swapped in with the rest.
         */
        Path workFolder(String relative) throws IOException;

        /** Keeps the previous build's work folder {@code relative} as it was (its files are linked). False when there is none. */
        boolean keepWorkFolder(String relative);

        /** Reads a file of the previous build's work folder, or null. */
        byte[] previousWork(String relative);

        /** Puts the new trees in place of the old ones. After an error reported into the diagnostics, throws instead. */
        void commit() throws IOException;

        /** How many site files were written and how many kept from the previous build. */
        int written();

        int kept();

        /** Removes what was staged unless it was committed. */
        @Override
        void close();
    }

    /**
     * A build into {@code target} (the site) and {@code work} (the work folder), staged beside each. Errors
     * (two files on one path, a path leaving the folder, a failed write) go to {@code diagnostics}. Throws
     * {@link Refused} when {@code target} must not be replaced (see {@link OutputFolder}: the site's own folders,
     * a folder of files hub did not write) or another build is writing it; {@code siteRoot} is the folder of
     * site-config.yml.
     */
    public static Staged directory(Path target, Path work, Path siteRoot, Diagnostics diagnostics) throws IOException {
        return new DirectoryStage(target, work, siteRoot, diagnostics);
    }

    /** Why a folder cannot receive the build, with what to do instead. */
    public static final class Refused extends IOException {
        private final String hint;

        Refused(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /**
     * A file of the work folder {@code work} as the last build left it, or null (none, unreadable, or a path that
     * would leave the folder): what a build reads of its predecessor's memos before it stages anything.
     */
    public static byte[] readWork(Path work, String relative) {
        if (work == null) return null;
        Path base = work.toAbsolutePath().normalize(), p = base.resolve(relative).normalize();
        if (!p.startsWith(base) || !ToolStamp.matches(base)) return null;
        try {
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.readAllBytes(p) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A file of the work folder {@code work} as the last build left it, as a stream, or null (as {@link #readWork}). */
    public static java.io.InputStream openWork(Path work, String relative) {
        if (work == null) return null;
        Path base = work.toAbsolutePath().normalize(), p = base.resolve(relative).normalize();
        if (!p.startsWith(base) || !ToolStamp.matches(base)) return null;
        try {
            return java.nio.file.Files.isRegularFile(p) ? new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(p), 1 << 16) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A build held in memory: what it wrote, by path. */
    public interface Memory extends Staged {
        /** The site's files, by path, sorted. */
        Map<String, byte[]> files();

        /** The site's files, by path, in no order (no copy: read it once the build is done). */
        Map<String, byte[]> filesUnsorted();

        /** The work folder's files, by path, sorted. */
        Map<String, byte[]> workFiles();
    }

    /** A build in memory: {@code previous} is the last build's site (for files kept unchanged), null for none. */
    public static Memory memory(Map<String, byte[]> previous, Diagnostics diagnostics) {
        return new InMemory(previous, diagnostics);
    }

    /** Whether a relative output path is safe: not empty, not absolute, no backslash or NUL, never leaving the folder. */
    static boolean safe(String p) {
        return !(p.isEmpty() || p.startsWith("/") || p.contains("\\") || p.contains("\0") || p.equals("..") || p.startsWith("../")
                || p.contains("/../") || p.endsWith("/..") || Path.of(p).normalize().startsWith(".."));
    }

    static void refuse(Diagnostics diagnostics, OutputFile f) {
        diagnostics.error(f.origin() == null ? SourceRef.file(f.path()) : f.origin(), "refusing to write outside the output folder: " + f.path(), null);
    }

    static void duplicate(Diagnostics diagnostics, String path, SourceRef origin, SourceRef first) {
        diagnostics.error(origin == null ? SourceRef.file(path) : origin, "two outputs would be written to /" + path
                + (first == null ? "" : " (the other comes from " + first.path() + ")"), "change the slug, alias or static file name of one of them");
    }
}
