package hub.support;

import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/** Test helpers: where fixture sites are, copying them, building them with a fixed date. */
public final class Sites {
    /** The date every test build uses, so future-dated fixtures behave the same on any day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private Sites() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Sites.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /**
     * A test resource folder as src/test/resources has it (when the tests run from the source tree): Maven copies
     * resources into target/ but never deletes one removed from the source, so list folders with this.
     */
    public static Path resourceSource(String name) {
        Path target = resource(name);
        Path source = Golden.sourceOf(target);
        return Files.isDirectory(source) ? source : target;
    }

    /** The repository root (where site-config.yml and content/ are). */
    public static Path repositoryRoot() {
        String p = System.getProperty("hub.root");
        Path root = p != null ? Path.of(p) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** A full build in memory (search index and pages too, in {@link BuildResult#files()}), not {@code hub check}. */
    public static BuildResult buildInMemory(Path siteDir) {
        return Build.run(new BuildOptions(siteDir.resolve("site-config.yml"), null, false, false, TODAY, null, false, s -> { }));
    }

    /** A full build into {@code out}, with its work folder (the Lucene index, caches) beside it in {@code out/../.hub}. */
    public static BuildResult build(Path siteDir, Path out) {
        return Build.run(new BuildOptions(siteDir.resolve("site-config.yml"), out, false, false, TODAY, null, false, s -> { }));
    }

    /**
     * Gives {@code site} the repository's theme (what the archive ships: its templates, and its static files copied
     * over the site's own) instead of the fixture templates a {@link SiteBuilder} site starts from.
     */
    public static void useRepositoryTheme(Path site) {
        deleteTree(site.resolve("templates"));
        copyTree(repositoryRoot().resolve("templates"), site.resolve("templates"));
        copyTree(repositoryRoot().resolve("static"), site.resolve("static"));
    }

    /**
     * Edits the file {@code file} of {@code site} (a path relative to it): replaces {@code from} with {@code to}, and fails
     * the test when the file does not contain {@code from} (an edit that changed nothing would prove nothing).
     */
    public static void replaceIn(Path site, String file, String from, String to) throws IOException {
        Path p = site.resolve(file);
        String text = Files.readString(p);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(p, text.replace(from, to));
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
