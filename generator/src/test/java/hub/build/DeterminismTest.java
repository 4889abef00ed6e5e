package hub.build;

import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same commit, same bytes: two builds of the repository's own site write identical trees. */
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheRepositoryAreByteIdentical() {
        Path root = Sites.repositoryRoot();
        BuildResult a = Sites.build(root, tmp.resolve("a"));
        BuildResult b = Sites.build(root, tmp.resolve("b"));
        assertEquals(0, a.exitCode(), () -> hub.diagnostic.DiagnosticFormat.text(a.diagnostics()));
        Map<String, byte[]> ta = Golden.readTree(tmp.resolve("a"));
        Map<String, byte[]> tb = Golden.readTree(tmp.resolve("b"));
        assertTrue(ta.size() > 100, "the site has pages: " + ta.size());
        assertEquals(ta.keySet(), tb.keySet());
        for (String p : ta.keySet()) assertTrue(Arrays.equals(ta.get(p), tb.get(p)), "differs between builds: " + p);
        assertTrue(Files.isRegularFile(tmp.resolve("a/index.html")));
    }
}
