package hub.build;

import hub.model.SearchFilters;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import hub.search.Search;
import hub.support.Archive;
import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same commit, same bytes: a second build of the repository's own site writes a tree identical to the shared
 * build's ({@link Archive}, made earlier in the JVM, on other threads, with other JIT state), with the same related
 * lists, and `hub search` ranks the same over its index.
 */
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheRepositoryAreByteIdentical() throws Exception {
        Path b = tmp.resolve("b");
        BuildResult second = Sites.build(Sites.repositoryRoot(), b);
        assertEquals(0, second.exitCode(), () -> hub.diagnostic.DiagnosticFormat.text(second.diagnostics()));
        Map<String, byte[]> ta = Golden.readTree(Archive.output());
        Map<String, byte[]> tb = Golden.readTree(b);
        assertTrue(ta.size() > 100, "the site has pages: " + ta.size());
        assertEquals(ta.keySet(), tb.keySet());
        for (String p : ta.keySet()) assertTrue(Arrays.equals(ta.get(p), tb.get(p)), "differs between builds: " + p);
        assertTrue(Files.isRegularFile(b.resolve("index.html")));
        assertEquals(Archive.result().site().related(), second.site().related(), "the same input gives the same related lists");

        // The Lucene index (in the work folder, not compared above) ranks alike: same hits, scores and order, ties included.
        try (SearchIndex one = Search.open(Archive.workDir()); SearchIndex two = Search.open(SearchQuery.workDir(b))) {
            for (String q : List.of("community engagement", "participatory budgeting", "evidence", "\"community planning\"")) {
                for (boolean byDate : List.of(false, true)) {
                    SearchRequest r = new SearchRequest(q, SearchFilters.NONE, false, byDate, 1000);
                    assertEquals(one.search(r), two.search(r), q + (byDate ? " by date" : ""));
                }
            }
        }
    }

    /** Where the site is checked out is no input: the fixture built from two folders gives the same files (search index names included). */
    @Test
    void theSitesFolderDoesNotShowInTheOutput() {
        Path one = tmp.resolve("one/site"), two = tmp.resolve("somewhere/else/site");
        Sites.copyTree(Sites.resource("sites/basic"), one);
        Sites.copyTree(Sites.resource("sites/basic"), two);
        BuildResult a = Sites.buildInMemory(one), b = Sites.buildInMemory(two);
        assertEquals(0, a.exitCode(), () -> hub.diagnostic.DiagnosticFormat.text(a.diagnostics()));
        assertTrue(a.files().keySet().stream().anyMatch(p -> p.startsWith("search/doc-")), "the search index is part of it");
        assertEquals(a.files().keySet(), b.files().keySet());
        for (String p : a.files().keySet()) assertTrue(Arrays.equals(a.files().get(p), b.files().get(p)), "differs by folder: " + p);
    }
}
