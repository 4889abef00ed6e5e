package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.Golden;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub build} between runs: a build into a folder starts from what the last one left in the work folder
 * (.hub/cache: each stage's memo, the output manifest), redoes exactly what read a changed input, and writes the
 * same bytes as a clean build of the same files.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private Path site;

    private BuildResult build(Path out) {
        BuildResult r = Sites.build(site, out);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        return r;
    }

    /** A clean build of the site as it is now, into a fresh folder (no work folder to start from). */
    private Map<String, byte[]> clean(String name) {
        Path out = tmp.resolve("clean-" + name).resolve("public");
        build(out);
        return Golden.readTree(out);
    }

    private void assertSameTree(Map<String, byte[]> expected, Path out, String when) {
        Map<String, byte[]> actual = Golden.readTree(out);
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), when + ": the same files");
        for (var e : expected.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), actual.get(e.getKey())), when + ": " + e.getKey() + " differs from a clean build");
        }
    }

    /** Pages (HTML) whose bytes differ between two clean builds: what an incremental build must render, and no more. */
    private static TreeSet<String> changedPages(Map<String, byte[]> before, Map<String, byte[]> after) {
        TreeSet<String> out = new TreeSet<>();
        for (var e : after.entrySet()) {
            if (e.getKey().endsWith(".html") && !Arrays.equals(e.getValue(), before.get(e.getKey()))) out.add(e.getKey());
        }
        return out;
    }

    private void edit(String file, String from, String to) throws Exception {
        hub.support.Sites.replaceIn(site, file, from, to);
    }

    /**
     * One writer, two trees swapped together: a build whose search stage made a new index and whose render stage then
     * failed leaves both the site and the work folder (search index, memos) exactly as the last good build left them.
     */
    @Test
    void aBuildThatFailsInRenderReplacesNeitherTheSiteNorTheSearchIndex() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        Path out = tmp.resolve("out/public"), work = tmp.resolve("out/.hub");
        build(out);
        Map<String, byte[]> siteBefore = Golden.readTree(out), workBefore = Golden.readTree(work);
        assertTrue(workBefore.keySet().stream().anyMatch(k -> k.startsWith("search-index/lucene/")), workBefore.keySet().toString());

        edit("content/briefings/third.md", "Short.", "Short, with zebrafish: a word the search index has not seen.");
        edit("templates/page.peb", "<h1>{{ doc.title }}</h1>", "<h1>{{ doc.title }}</h1>{% include \"no-such-partial.peb\" %}");
        assertAFailedBuildLeftBoth(out, siteBefore, work, workBefore, "search lucene", "a build that failed in render");
    }

    /**
     * Builds the edited site, which must fail (exit 1) after {@code stage} ran, and checks that the site and the work
     * folder are byte for byte what the last good build left.
     */
    private void assertAFailedBuildLeftBoth(Path out, Map<String, byte[]> siteBefore, Path work, Map<String, byte[]> workBefore,
                                            String stage, String what) {
        BuildResult failed = Sites.build(site, out);
        assertEquals(1, failed.exitCode(), () -> DiagnosticFormat.text(failed.diagnostics()));
        assertTrue(failed.stats().containsKey("ms " + stage), "the " + stage + " stage ran: " + failed.stats());
        assertSameTree(siteBefore, out, "after " + what);
        assertSameTree(workBefore, work, "the work folder after " + what);
    }

    /**
     * The Markdown memo is written into the staged work folder while the documents render (Markdown.Spill). A build that
     * stops on a content error leaves the work folder as the last good build left it, and the next build starts from that.
     */
    @Test
    void aBuildThatStopsOnAContentErrorLeavesTheMarkdownMemoAsItWas() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        Path out = tmp.resolve("out/public"), work = tmp.resolve("out/.hub");
        build(out);
        Map<String, byte[]> siteBefore = Golden.readTree(out), workBefore = Golden.readTree(work);
        assertTrue(workBefore.containsKey("cache/markdown.bin"), workBefore.keySet().toString());

        edit("content/briefings/third.md", "Short.", "Short, with [a link to nowhere](/no/such/page/).");
        assertAFailedBuildLeftBoth(out, siteBefore, work, workBefore, "markdown", "a build that stopped on a broken link");

        edit("content/briefings/third.md", "Short, with [a link to nowhere](/no/such/page/).", "Short.");
        BuildResult again = build(out);
        assertEquals(0, again.stats().get("markdown_rendered"), "every rendering is taken from the last good build's memo");
        assertSameTree(siteBefore, out, "after the fix");
    }

    @Test
    void aRebuildOfUnchangedFilesRendersNothingAndWritesTheSameSite() {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        Path out = tmp.resolve("out/public");
        BuildResult first = build(out);
        assertEquals(first.stats().get("documents"), first.stats().get("markdown_rendered"), "a first build renders every document");
        BuildResult again = build(out);
        assertEquals(0, again.stats().get("markdown_rendered"), "no document's Markdown is rendered again");
        assertEquals(0, again.stats().get("rendered"), "no page goes through the templates again");
        assertEquals(1, again.stats().get("search_kept"), "the search index is kept");
        assertEquals(first.pages(), again.pages());
        assertSameTree(clean("unchanged"), out, "after a rebuild of unchanged files");
    }

    @Test
    void anEditRendersExactlyThePagesThatShowItAndTheSiteEqualsACleanBuild() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        Path out = tmp.resolve("out/public");
        build(out);
        Map<String, byte[]> before = clean("before");

        edit("content/briefings/third.md", "Short.", "Short, and now a little longer.");
        BuildResult body = build(out);
        Map<String, byte[]> afterBody = clean("body");
        assertSameTree(afterBody, out, "after a body edit");
        assertEquals(1, body.stats().get("markdown_rendered"), "only the edited document's Markdown is rendered");
        TreeSet<String> changed = changedPages(before, afterBody);
        assertEquals(changed.size(), body.stats().get("rendered"), "the pages rendered are the pages that changed: " + changed);

        edit("content/briefings/second.md", "title: Second briefing", "title: Second briefing, renamed");
        BuildResult title = build(out);
        Map<String, byte[]> afterTitle = clean("title");
        assertSameTree(afterTitle, out, "after a title edit");
        changed = changedPages(afterBody, afterTitle);
        assertTrue(changed.size() > 3, "the title shows on its page, lists, term pages and neighbours: " + changed);
        assertEquals(changed.size(), title.stats().get("rendered"), "the pages rendered are the pages that changed: " + changed);
        assertTrue(title.stats().get("kept") > title.stats().get("rendered"), "the other pages are kept, not written again");

        edit("content/briefings/third.md", "date: 2019-06-01", "date: 2016-06-01");
        BuildResult date = build(out);
        Map<String, byte[]> afterDate = clean("date");
        assertSameTree(afterDate, out, "after a date edit that moves a publication between years");
        // The year terms' counts change; a page that shows none of them is not rendered again.
        changed = changedPages(afterTitle, afterDate);
        assertEquals(changed.size(), date.stats().get("rendered"), "the pages rendered are the pages that changed: " + changed);
    }

    /**
     * With the repository's theme, whose menu and footer read the site variable on every page: a theme added to a
     * document changes that term's count, and only the pages that show the count or the document are rendered again
     * (every page read every taxonomy's terms through Pebble's isEmpty check on the site variable, and all 29 were).
     */
    @Test
    void aTermEditRendersOnlyThePagesThatShowTheTerm() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        Sites.useRepositoryTheme(site);
        Path out = tmp.resolve("out/public");
        build(out);
        Map<String, byte[]> before = clean("before");
        edit("content/briefings/third.md", "themes: [evidence]", "themes: [evidence, participation]");
        BuildResult theme = build(out);
        Map<String, byte[]> after = clean("theme");
        assertSameTree(after, out, "after a theme edit");
        TreeSet<String> changed = changedPages(before, after);
        int rendered = theme.stats().get("rendered");
        assertTrue(changed.size() < theme.pages() / 2, "most pages do not show the term: " + changed + " of " + theme.pages());
        // Lists that hold the document are rendered too (their input holds its themes, shown or not): more than
        // changed, far fewer than all.
        assertTrue(rendered >= changed.size() && rendered < theme.pages() / 2,
                rendered + " of " + theme.pages() + " pages rendered; changed: " + changed);
    }

    /**
     * Issue 19: a document's key can change without its file changing (the second post with its slug goes, so the
     * first is keyed "type/slug" again), and a bundle's picture can change with no Markdown changing: the incremental
     * build still equals a clean one.
     */
    @Test
    void aKeyThatChangesWithAnotherFileAndABundlesPictureFollowACleanBuild() throws Exception {
        site = SiteBuilder.fixture("hugo-blog", tmp.resolve("site")).write();
        Path out = tmp.resolve("out/public");
        build(out);
        edit("content/posts/broken.md", "and [@hello], which names two posts", "and no citation");
        Files.delete(site.resolve("content/posts/2021/hello.md"));
        edit("content/posts/hello.md", "this year's\n[second hello](/posts/2021/03/04/hello/) is another post with the same slug.", "that is all.");
        edit("content/posts/field-trip/index.md", "<a href=\"/posts/2021/03/04/hello/\">the second hello</a>", "the first hello");
        BuildResult r = build(out);
        assertTrue(r.site().corpus().byKey().containsKey("post/hello"), "one post named hello: keyed by type and slug again");
        assertSameTree(clean("one-hello"), out, "after the second post with the slug went");

        Files.write(site.resolve("content/posts/field-trip/map.png"), new byte[]{1, 2, 3});
        build(out);
        assertSameTree(clean("picture"), out, "after a bundle's picture changed");
        assertTrue(Arrays.equals(new byte[]{1, 2, 3}, Files.readAllBytes(out.resolve("posts/2021/07/08/field-trip/map.png"))));
    }

    @Test
    void aDamagedOrForeignWorkFolderIsIgnored() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        Path out = tmp.resolve("out/public");
        build(out);
        Path cache = tmp.resolve("out/.hub/cache");
        // Every memo but the output manifest first (it is damaged on its own at the end), and not the stamp of the
        // hub that wrote them (with it damaged, no memo would be read at all).
        Path manifest = cache.resolve("output.tsv"), stamp = cache.resolve("tool.txt");
        assertTrue(Files.isRegularFile(stamp), "the work folder names the hub that wrote it");
        try (var files = Files.list(cache)) {
            for (Path f : files.sorted().toList()) if (!f.equals(manifest) && !f.equals(stamp)) damage(f);
        }
        BuildResult r = build(out);
        assertEquals(r.stats().get("documents"), r.stats().get("markdown_rendered"), "every document rendered again");
        assertSameTree(clean("damaged"), out, "after a build from a damaged work folder");

        Files.writeString(cache.resolve("markdown.bin"), "hub markdown memo 0\n");
        Files.writeString(cache.resolve("render.tsv"), "hub render memo 0\n");
        r = build(out);
        assertEquals(r.stats().get("documents"), r.stats().get("markdown_rendered"), "a memo of another version is not read");

        // A damaged manifest keeps no file, but the output folder is still known as hub's: the record beside it says so.
        damage(manifest);
        r = build(out);
        assertEquals(0, r.exitCode(), DiagnosticFormat.text(r.diagnostics()));
        assertEquals(0, r.stats().get("kept"), "no file is kept on a damaged manifest's word");
        assertSameTree(clean("damaged manifest"), out, "after a build from a damaged manifest");
    }

    /**
     * The memos are keyed by the site's inputs, not by hub's code: a work folder that another build of hub wrote (an
     * upgrade, say, that renders a page differently) is not started from, and nothing of it is kept.
     */
    @Test
    void aWorkFolderFromAnotherBuildOfHubIsNotStartedFrom() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        Path out = tmp.resolve("out/public");
        BuildResult first = build(out);
        Path stamp = tmp.resolve("out/.hub/cache/tool.txt");
        Files.writeString(stamp, "hub jar 16438638 1764781380000\n");
        BuildResult r = build(out);
        assertEquals(r.stats().get("documents"), r.stats().get("markdown_rendered"), "every document's Markdown rendered again");
        assertEquals(first.pages(), r.stats().get("rendered"), "every page rendered again");
        assertEquals(0, r.stats().get("kept"), "no file kept");
        assertEquals(null, r.stats().get("search_kept"), "the search index made again");
        assertSameTree(clean("other hub"), out, "after a build from another hub's work folder");
        // and the folder now names this hub: the next build starts from it
        BuildResult again = build(out);
        assertEquals(0, again.stats().get("rendered"), "nothing rendered again by the same hub");
    }

    /** Cuts a work file in half and puts a NUL in a path: no memo may trust it. */
    private static void damage(Path f) throws java.io.IOException {
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, b.length / 2));
        Files.writeString(f, "\0bad\tpath\n", java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aCheckStartsFromTheLastBuildsMarkdownAndWritesNothing() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        build(site.resolve("public"));
        BuildResult check = Build.run(BuildOptions.check(site.resolve("site-config.yml")).checkOnly());
        assertEquals(0, check.stats().get("markdown_rendered"), "nothing changed since the build: no Markdown is rendered");
        assertTrue(check.stats().get("pages") == null, "a check renders no page");
        edit("content/briefings/third.md", "Short.", "Short [@nowhere].");
        check = Build.run(new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { }).checkOnly());
        assertEquals(1, check.exitCode(), "the broken citation is found");
        assertEquals(1, check.stats().get("markdown_rendered"));
    }
}
