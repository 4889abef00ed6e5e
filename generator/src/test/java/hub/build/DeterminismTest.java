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

    /** Where the site is checked out is no input: the fixture built from two folders gives the same files (search index names included). */
    @Test
    void theSitesFolderDoesNotShowInTheOutput() {
        Path one = tmp.resolve("one/site"), two = tmp.resolve("somewhere/else/site");
        Sites.copyTree(Sites.resource("sites/basic"), one);
        Sites.copyTree(Sites.resource("sites/basic"), two);
        BuildResult a = Sites.check(one), b = Sites.check(two);
        assertEquals(0, a.exitCode(), () -> hub.diagnostic.DiagnosticFormat.text(a.diagnostics()));
        assertTrue(a.files().keySet().stream().anyMatch(p -> p.startsWith("search/doc-")), "the search index is part of it");
        assertEquals(a.files().keySet(), b.files().keySet());
        for (String p : a.files().keySet()) assertTrue(Arrays.equals(a.files().get(p), b.files().get(p)), "differs by folder: " + p);
    }
}
