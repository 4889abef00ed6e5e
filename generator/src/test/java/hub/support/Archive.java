package hub.support;

import hub.build.BuildResult;
import hub.build.SearchQuery;
import hub.diagnostic.DiagnosticFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's own archive (site-config.yml and content/ at the repository root), built once per test JVM
 * and shared by every test that only reads it: the build's result (the model: corpus, rendered documents,
 * related lists, statistics), the published folder and the work folder with the Lucene index.
 *
 * <pre>
 * BuildResult r = Archive.result();     // builds on the first call of the JVM (any thread; the others wait)
 * Path out = Archive.output();          // target/hub-archive-NNN/public: the site as published
 * Path work = Archive.workDir();        // target/hub-archive-NNN/.hub: what `hub search` opens
 * </pre>
 *
 * Built with {@link Sites#build} (dated {@link Sites#TODAY}) into a folder under {@code java.io.tmpdir}, which
 * Surefire points at {@code target/}. The folder is <b>read-only by agreement</b>: a test that needs to change the
 * site copies what it changes (see ClientIndexVersionTest). It is deleted when the JVM exits, unless
 * {@code -Dhub.keepSite=true}. When the build fails, every test that asks fails with its diagnostics.
 */
public final class Archive {
    private static Built built;
    private static Throwable failure;

    private Archive() {
    }

    private record Built(BuildResult result, Path output, long millis) {
    }

    private static synchronized Built get() {
        if (built != null) return built;
        if (failure != null) throw new IllegalStateException("the archive failed to build earlier in this JVM", failure);
        try {
            built = build();
            return built;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        }
    }

    private static Built build() {
        Path dir;
        try {
            Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            dir = Files.createTempDirectory(tmp, "hub-archive-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Boolean.getBoolean("hub.keepSite")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Sites.deleteTree(dir);
                } catch (RuntimeException ignored) {
                    // best effort at exit
                }
            }, "hub-archive-delete"));
        }
        Path out = dir.resolve("public");
        long t0 = System.nanoTime();
        BuildResult r = Sites.build(Sites.repositoryRoot(), out);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (r.exitCode() != 0) {
            throw new AssertionError("the repository's archive failed to build (exit " + r.exitCode() + "):\n" + DiagnosticFormat.text(r.diagnostics()));
        }
        System.out.printf("[archive] built %s into %s in %d ms%n", Sites.repositoryRoot(), out, millis);
        return new Built(r, out, millis);
    }

    /** The build's result: exit code 0 (else this throws), the site model, diagnostics and statistics; {@code files()} is empty (the files are in {@link #output()}). */
    public static BuildResult result() {
        return get().result();
    }

    /** The published site's folder. */
    public static Path output() {
        return get().output();
    }

    /** The build's work folder, beside {@link #output()}: the Lucene index {@code hub search} queries. */
    public static Path workDir() {
        return SearchQuery.workDir(output());
    }

    /** How long the one build took, in milliseconds. */
    public static long buildMillis() {
        return get().millis();
    }
}
