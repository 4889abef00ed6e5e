package hub.cli;

import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code hub} launcher's JVM options by site size (docs/BENCHMARKS.md, "JIT"), read from its dry run
 * ({@code HUB_DRY_RUN=1}: it prints the java command instead of compiling and running).
 */
class LauncherTest {
    private static final String C1 = "-XX:TieredStopAtLevel=1 -Xmn128m";
    private static final String INLINE_LESS = "-XX:FreqInlineSize=50 -XX:InlineSmallCode=500 -XX:MaxInlineLevel=4";
    private static final String INLINE_MORE = "-XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -XX:MaxInlineLevel=6";

    @TempDir
    Path tmp;

    /** Where the sites go: a tmpfs when there is one (creating 30,000 files took 26 s on this VM's disk, 0.5 s there). */
    private Path base;

    @org.junit.jupiter.api.BeforeEach
    void base() throws IOException {
        Path shm = Path.of("/dev/shm");
        base = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "hub-launcher-test") : tmp;
    }

    @org.junit.jupiter.api.AfterEach
    void removeBase() throws IOException {
        if (base.equals(tmp)) return;
        try (var paths = Files.walk(base)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Test
    void smallSitesStopAtTheFirstCompiler() throws Exception {
        assertOptions(3, C1, C1);
    }

    @Test
    void midSizedSitesInlineLessAndAChecksFirstCompilerReachesFurther() throws Exception {
        assertOptions(6_000, INLINE_LESS, C1);
    }

    /**
     * Far more files than the count stops at: find dies of SIGPIPE once head has its lines, and the launcher
     * (set -e, pipefail) must go on rather than exit with that status.
     */
    @Test
    void largeSitesInlineMoreAndTheCountThatStopsEarlyIsNoFailure() throws Exception {
        assertOptions(24_000, INLINE_MORE, INLINE_MORE);
    }

    @Test
    void thePreviewKeepsTheDefaults() throws Exception {
        String out = run(site(3), "serve");
        assertFalse(out.contains("TieredStopAtLevel") || out.contains("InlineSize"), out);
    }

    /** What a build and a check of a site of {@code files} Markdown files run with. */
    private void assertOptions(int files, String build, String check) throws Exception {
        Path site = site(files);
        assertChose(build, run(site, "build"));
        assertChose(check, run(site, "check"));
    }

    private static void assertChose(String options, String out) {
        assertTrue(out.contains(" " + options + " -jar "), "expected " + options + " in: " + out);
        for (String other : new String[] {C1, INLINE_LESS, INLINE_MORE}) {
            if (!other.equals(options)) assertFalse(out.contains(other), "did not expect " + other + " in: " + out);
        }
    }

    /** A folder with a site-config.yml and {@code files} empty Markdown files under content/ (the launcher only counts them). */
    private Path site(int files) throws IOException {
        Path site = base.resolve("site-" + files);
        Files.createDirectories(site);
        Files.writeString(site.resolve("site-config.yml"), "title: t\n");
        for (int i = 0; i < files; i++) {
            Path dir = site.resolve("content/d" + i / 1000);
            if (i % 1000 == 0) Files.createDirectories(dir);
            Files.createFile(dir.resolve("p" + i + ".md"));
        }
        return site;
    }

    private String run(Path site, String command) throws Exception {
        Path launcher = Sites.repositoryRoot().resolve("hub");
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), command, "--config", site.resolve("site-config.yml").toString())
                .redirectErrorStream(true);
        pb.environment().put("HUB_DRY_RUN", "1");
        pb.environment().remove("HUB_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("java "), out);
        return out;
    }
}
