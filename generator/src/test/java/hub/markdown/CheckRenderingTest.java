package hub.markdown;

import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.model.Footnote;
import hub.model.RenderedDocument;
import hub.support.Sites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub check} renders no HTML (only bodies with raw HTML, whose sanitising reports problems): everything it
 * reads from a rendering must still equal what a build gets. Compared on the repository's own archive and on the
 * fixture sites, document by document: heading ids and texts, contents lists, notes (numbers, ids, back-links,
 * what they cite, where they are), links, and the diagnostics.
 */
class CheckRenderingTest {
    @TempDir
    static Path tmp;

    /** Headings whose ids the id generator must make the same way: repeated, typographic, non-ASCII, empty, in notes. */
    private static final String HEADINGS = """
            ---
            title: Headings
            date: 2018-05-01
            summary: Headings that test the ids.
            ---

            ## Findings

            ## Findings

            ## "Quoted" -- and dashed...

            ## Ceòl & Gàidhlig: 2018's *key* `code`

            ##

            ## Findings-1

            A note.[^n] And again.[^n] [Back](#findings-2), [there](first.md#background).

            [^n]: A note with a heading-like line and a [link](#findings-1).
            """;

    @ParameterizedTest
    @ValueSource(strings = {"", "sites/basic", "headings", "sites/subpath"})
    void aCheckReadsWhatABuildReads(String site) throws IOException {
        Path dir = site.isEmpty() ? Sites.repositoryRoot() : site.equals("headings") ? headings() : Sites.resource(site);
        BuildOptions build = new BuildOptions(dir.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        BuildResult built = Build.run(build);
        BuildResult checked = Build.run(build.checkOnly());
        assertEquals(built.diagnostics(), checked.diagnostics());
        Map<String, RenderedDocument> pages = built.site().rendered(), check = checked.site().rendered();
        assertEquals(pages.keySet(), check.keySet());
        int headings = 0, notes = 0;
        for (var e : pages.entrySet()) {
            RenderedDocument p = e.getValue(), c = check.get(e.getKey());
            assertEquals(p.headings(), c.headings(), e.getKey());
            assertEquals(p.toc(), c.toc(), e.getKey());
            assertEquals(p.links(), c.links(), e.getKey());
            assertEquals(withoutHtml(p.footnotes()), withoutHtml(c.footnotes()), e.getKey());
            headings += p.headings().size();
            notes += p.footnotes().size();
            assertFalse(p.html().isEmpty(), e.getKey());
        }
        assertTrue(headings > 0, "the site has headings to compare");
        if (site.isEmpty()) assertTrue(notes > 100, "the archive has notes to compare: " + notes);
    }

    /** The fixture site "basic" with one more briefing, {@link #HEADINGS}. */
    private static Path headings() throws IOException {
        Path site = tmp.resolve("headings");
        Sites.copyTree(Sites.resource("sites/basic"), site);
        Files.writeString(site.resolve("content/briefings/headings.md"), HEADINGS);
        return site;
    }

    private static List<Footnote> withoutHtml(List<Footnote> notes) {
        return notes.stream().map(n -> new Footnote(n.number(), n.label(), n.id(), "", n.backrefs(), n.citesKey(), n.ref())).toList();
    }
}
