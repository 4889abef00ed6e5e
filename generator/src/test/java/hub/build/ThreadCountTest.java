package hub.build;

import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build runs its stages on every core (Markdown, tokenising, impacts, related lists, pages): the output must
 * not depend on how many there are. A generated corpus (bench/GenerateCorpus.java, 300 publications, with the
 * repository's templates) is built by the command line in JVMs that see one processor and eight, and the two
 * sites, search index included, must be the same bytes. The second build also keeps its rendered documents on disk
 * (what a build of a large site does), which must not change a byte either.
 */
class ThreadCountTest {
    @TempDir
    Path tmp;

    @Test
    void oneThreadAndManyThreadsBuildTheSameSite() throws Exception {
        Path root = Sites.repositoryRoot();
        Path corpus = tmp.resolve("corpus");
        run(List.of(java(), root.resolve("bench/GenerateCorpus.java").toString(), "300", corpus.toString()));
        Sites.copyTree(root.resolve("templates"), corpus.resolve("templates"));
        Sites.copyTree(root.resolve("static"), corpus.resolve("static"));
        Map<String, byte[]> one = build(corpus, 1, false), many = build(corpus, 8, true);
        assertTrue(one.size() > 600, "a real site: " + one.size() + " files");
        assertEquals(new TreeSet<>(one.keySet()), new TreeSet<>(many.keySet()));
        for (var e : one.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), many.get(e.getKey())), e.getKey() + " differs between one thread and eight");
        }
    }

    /**
     * Builds {@code site} with `hub build` in a JVM that sees {@code processors} processors; returns the site's files.
     * With {@code readBack} the build keeps its rendered documents on disk, as it does for large sites.
     */
    private Map<String, byte[]> build(Path site, int processors, boolean readBack) throws Exception {
        Path out = tmp.resolve("out-" + processors).resolve("public");
        // C1 only, as the launcher runs a site this size: the same bytes, in half the time of a cold tiered JVM.
        List<String> cmd = new ArrayList<>(List.of(java(), "-XX:ActiveProcessorCount=" + processors, "-Xss4m", "-XX:TieredStopAtLevel=1",
                "-Dhub.readBackAbove=" + (readBack ? 0 : Long.MAX_VALUE),
                "-cp", System.getProperty("java.class.path"), "hub.cli.Main", "build", "--config", site.resolve("site-config.yml").toString(),
                "--out", out.toString(), "--today", "2026-01-01"));
        run(cmd);
        return Golden.readTree(out);
    }

    private void run(List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "run", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished: " + cmd);
        assertEquals(0, p.exitValue(), () -> String.join(" ", cmd) + "\n" + read(log));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
