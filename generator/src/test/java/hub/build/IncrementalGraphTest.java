package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that keeps its state updates the link graph of the last one: the documents whose rendering changed are
 * checked again, and so are those that link to a #fragment of one of them (a heading added there mends their link) and
 * those that link to a document whose front matter changed (a withdrawal or a replacement's title is in their
 * warnings). Each step is compared with a clean build: exit code, diagnostics, every file.
 */
class IncrementalGraphTest {
    @TempDir
    Path tmp;

    private Path site;
    private final BuildState state = new BuildState();

    @Test
    void onlyTheDocumentsAnEditCanAffectAreCheckedAgain() throws Exception {
        SiteBuilder b = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/target.md", "title: Target", "date: 2018-01-01", "summary: Cited and linked.").body("Text, no headings yet.")
                .doc("briefings/linking.md", "title: Linking", "date: 2018-02-01", "summary: Links to a heading.")
                .body("See [the method](../briefings/target.md#method).")
                .doc("briefings/citing.md", "title: Citing", "date: 2018-03-01", "summary: Cites.").body("As shown [@target].");
        for (int i = 0; i < 6; i++) {
            b = b.doc("briefings/other-" + i + ".md", "title: Other " + i, "date: 2018-04-0" + (i + 1), "summary: Unrelated.").body("Words " + i + ".");
        }
        site = b.write();

        BuildResult first = step("the link to a missing heading");
        assertEquals(1, first.exitCode(), "a link to a heading the target lacks is an error");
        assertTrue(DiagnosticFormat.text(first.diagnostics()).contains("no heading '#method'"), DiagnosticFormat.text(first.diagnostics()));

        edit("content/briefings/target.md", "Text, no headings yet.", "## Method\n\nNow it has one.");
        BuildResult mended = step("the heading added");
        assertEquals(0, mended.exitCode(), "the heading mends the link in the other document: " + DiagnosticFormat.text(mended.diagnostics()));
        assertEquals(2, mended.stats().get("graph_checked"), "the target and the document linking to its heading are checked again");

        edit("content/briefings/citing.md", "As shown [@target].", "No citation any more.");
        BuildResult uncited = step("a citation removed");
        assertEquals(1, uncited.stats().get("graph_checked"), "only the edited document");

        edit("content/briefings/other-3.md", "Words 3.", "Words 3, citing [@target] and linking [there](../briefings/target.md#method).");
        BuildResult cited = step("a citation and a heading link added elsewhere");
        assertEquals(1, cited.stats().get("graph_checked"));

        edit("content/briefings/target.md", "## Method", "## Approach");
        BuildResult broken = step("the heading renamed");
        assertEquals(1, broken.exitCode(), "both links to #method break");
        assertEquals(3, broken.stats().get("graph_checked"), "the target and both documents linking to its heading");

        edit("content/briefings/target.md", "summary: Cited and linked.", "summary: Front matter changed.");
        BuildResult frontMatter = step("front matter edited");
        assertEquals(3, frontMatter.stats().get("graph_checked"), "the target and the two documents that link to it");

        edit("content/briefings/citing.md", "No citation any more.", "Cites again [@target].");
        assertEquals(1, step("a citation put back").stats().get("graph_checked"));

        edit("content/briefings/target.md", "summary: Front matter changed.", "summary: Withdrawn.\nstatus: withdrawn\nwithdrawn_reason: Counted twice.");
        BuildResult withdrawn = step("the target withdrawn");
        assertEquals(4, withdrawn.stats().get("graph_checked"), "the target and the three documents that cite or link to it");
        assertTrue(DiagnosticFormat.text(withdrawn.diagnostics()).contains("content/briefings/citing.md:6:14: warning: cites a withdrawn publication"),
                DiagnosticFormat.text(withdrawn.diagnostics()));

        edit("content/briefings/target.md", "summary: Withdrawn.\nstatus: withdrawn\nwithdrawn_reason: Counted twice.",
                "summary: Replaced.\nstatus: superseded\nsuperseded_by: other-5");
        BuildResult superseded = step("the target superseded");
        assertEquals(9, superseded.stats().get("graph_checked"), "which publication replaces which changed: the graph is made anew");
        assertTrue(DiagnosticFormat.text(superseded.diagnostics()).contains("(Other 5)"), DiagnosticFormat.text(superseded.diagnostics()));

        edit("content/briefings/other-5.md", "title: Other 5", "title: The replacement");
        BuildResult retitled = step("the replacement retitled");
        assertEquals(4, retitled.stats().get("graph_checked"), "the replacement and the three documents whose warnings name it");
        assertTrue(DiagnosticFormat.text(retitled.diagnostics()).contains("(The replacement)"), DiagnosticFormat.text(retitled.diagnostics()));

        edit("content/briefings/other-0.md", "title: Other 0", "title: Unlinked, retitled");
        assertEquals(1, step("a document nobody links to retitled").stats().get("graph_checked"));
    }

    /**
     * A document's own relative link to a file (a page bundle's) is answered by the disk, not by front matter: every build
     * asks it again, whether front matter changed or not, while every other remembered answer is kept.
     */
    @Test
    void aLinkToAFileThatComesAndGoesIsAskedAgainAfterEverySave() throws Exception {
        site = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/pictured/index.md", "title: Pictured", "date: 2018-01-01", "summary: Links to its data.")
                .body("See [the data](data.csv).")
                .doc("briefings/plain.md", "title: Plain", "date: 2018-02-01", "summary: Unrelated.").body("Words.")
                .write();
        BuildResult missing = step("the bundle without its file");
        assertEquals(1, missing.exitCode(), "a link to a file the bundle lacks is an error: " + DiagnosticFormat.text(missing.diagnostics()));
        java.nio.file.Files.writeString(site.resolve("content/briefings/pictured/data.csv"), "a,b\n1,2\n");
        BuildResult added = step("the file added, no front matter changed");
        assertEquals(0, added.exitCode(), DiagnosticFormat.text(added.diagnostics()));
        java.nio.file.Files.delete(site.resolve("content/briefings/pictured/data.csv"));
        edit("content/briefings/plain.md", "title: Plain", "title: Plain, retitled");
        assertEquals(1, step("the file deleted while another document's front matter changed").exitCode());
    }

    /** Builds from the state and clean, and compares them; returns the build from the state. */
    private BuildResult step(String what) {
        BuildOptions o = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        BuildResult incremental = Build.run(o.withState(state, false));
        BuildResult clean = Build.run(o);
        assertEquals(DiagnosticFormat.text(clean.diagnostics()), DiagnosticFormat.text(incremental.diagnostics()), what + ": diagnostics");
        assertEquals(clean.exitCode(), incremental.exitCode(), what + ": exit code");
        if (clean.exitCode() == 0) {
            assertEquals(new TreeSet<>(clean.files().keySet()), new TreeSet<>(incremental.files().keySet()), what + ": the same files");
            for (var e : clean.files().entrySet()) {
                assertTrue(Arrays.equals(e.getValue(), incremental.files().get(e.getKey())), what + ": " + e.getKey());
            }
        }
        return incremental;
    }

    private void edit(String file, String from, String to) throws Exception {
        hub.support.Sites.replaceIn(site, file, from, to);
    }
}
