package hub.link;

import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.diagnostic.Diagnostics;
import hub.model.LinkGraph;
import hub.model.Site;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link graph is made in slices of documents on every core and merged in key order: whatever the slices, the
 * "cited by" and "linked from" lists, the counts and the diagnostics (text and order) are those of one pass.
 */
class GraphSlicesTest {
    @TempDir
    Path tmp;

    @Test
    void theGraphDoesNotDependOnHowTheDocumentsAreSliced() {
        for (String fixture : List.of("many-citing", "basic", "hugo-blog", "terms", "collections")) {
            BuildResult r = fixture.equals("many-citing") ? manyCiting() : SiteBuilder.fixture(fixture, tmp.resolve(fixture)).build();
            Site site = r.site();
            assertTrue(site != null && site.links() != null, fixture + " gets as far as the link graph");
            String whole = null;
            LinkGraph one = null;
            for (int slice : List.of(100_000, 1, 2, 3)) {
                Diagnostics d = new Diagnostics();
                LinkGraph g = GraphBuilder.build(site.rendered(), site.corpus(), site.links().succession(), Unloaded.NONE, d, slice);
                String text = d.since(0).stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n"));
                if (one == null) {
                    one = g;
                    whole = text;
                    continue;
                }
                assertEquals(one, g, fixture + ", slices of " + slice);
                assertEquals(whole, text, fixture + ": the diagnostics in the same order, slices of " + slice);
            }
            if (fixture.equals("many-citing")) {
                assertEquals(12, one.citedBy("briefing/target").size(), "twelve documents cite the target, in key order");
                assertEquals(12, one.linkedFrom("briefing/target").size());
                assertTrue(whole.lines().count() >= 12, "each reports a missing heading: " + whole);
            }
            if (fixture.equals("basic")) assertFalse(one.citedBy().isEmpty(), "basic has citations to merge");
            if (fixture.equals("hugo-blog")) assertFalse(whole.isEmpty(), "hugo-blog has broken links to report");
        }
    }

    /** Twelve documents (in several slices) that each cite one target, link to it and to a heading it lacks. */
    private BuildResult manyCiting() {
        SiteBuilder b = SiteBuilder.minimal(tmp.resolve("many")).doc("briefings/target.md", "title: Target", "date: 2018-01-01", "summary: Cited.")
                .body("## Method\n\nText.");
        for (int i = 0; i < 12; i++) {
            String name = (char) ('a' + (i * 5) % 12) + "-citing-" + i;
            b = b.doc("briefings/" + name + ".md", "title: Citing " + i, "date: 2018-02-01", "summary: Cites.")
                    .body("As shown [@target], see [the method](/briefings/target/#method) and [the missing part](/briefings/target/#nope-" + i + ").");
        }
        BuildResult r = b.build();
        assertEquals(1, r.exitCode(), "the missing headings are errors: " + DiagnosticFormat.text(r.diagnostics()));
        return r;
    }
}
