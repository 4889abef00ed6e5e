package hub.preview;

import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview: rebuilds on change, keeps unrelated pages byte-identical, shows and clears errors. */
class PreviewServerTest {
    @TempDir
    Path tmp;
    Path site;
    PreviewServer server;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        BuildOptions o = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        server = Serve.start(o, 0, new PrintWriter(log, true));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    private void edit(String file, String from, String to) throws Exception {
        hub.support.Sites.replaceIn(site, file, from, to);
    }

    /** One request as a browser sends it, redirects not followed. */
    private HttpResponse<String> request(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The reload script the preview adds to an HTML page, right before its closing body tag. */
    private static final Pattern RELOAD_SCRIPT = Pattern.compile(
            "<script>\\(function\\(\\)\\{var g='\\d+',s=new EventSource\\('/__hub/events'\\);[^<]*</script>(?=</body>)");

    /** A served HTML page is the built file with the reload script added, and nothing else. */
    private void assertBuiltPageWithReloadScript(String file, HttpResponse<String> r) {
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(null), file);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), file);
        Matcher m = RELOAD_SCRIPT.matcher(r.body());
        assertTrue(m.find(), "the reload script before </body>: " + r.body());
        assertEquals(new String(server.files().get(file), StandardCharsets.UTF_8), r.body().substring(0, m.start()) + r.body().substring(m.end()),
                "apart from the script, " + file + " as built");
    }

    @Test
    void servesTheSiteWithTheReloadScript() throws Exception {
        HttpResponse<String> page = request("/briefings/first/");
        assertEquals(200, page.statusCode());
        assertBuiltPageWithReloadScript("briefings/first/index.html", page);
        assertTrue(page.body().contains("<h1>First briefing: &quot;quotes&quot; &amp; &lt;tags&gt;</h1>"), page.body());
        assertBuiltPageWithReloadScript("briefings/first/index.html", request("/briefings/first/?from=feed"));
        assertBuiltPageWithReloadScript("index.html", request("/"));

        HttpResponse<String> missing = request("/nope/");
        assertEquals(404, missing.statusCode());
        assertBuiltPageWithReloadScript("404.html", missing);

        HttpResponse<String> noSlash = request("/briefings/first");
        assertEquals(301, noSlash.statusCode(), "a missing trailing slash redirects");
        assertEquals("/briefings/first/", noSlash.headers().firstValue("Location").orElse(null));
        assertEquals("", noSlash.body());

        HttpResponse<String> css = request("/css/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(null));
        assertEquals(new String(server.files().get("css/site.css"), StandardCharsets.UTF_8), css.body(), "other files are served as built");
    }

    /** A request for a path no URL can have is answered 400 or 404, never 500, and the server goes on serving. */
    @Test
    void malformedRequestsAreRefusedAndTheServerGoesOn() throws Exception {
        for (String target : List.of("/%zz", "/a[b]", "/a|b", "/a%00b", "/%C3%28", "/(https://example.org/)", "/" + "x".repeat(10_000),
                "/..%2f..%2fetc/passwd", "/%2e%2e/", "*", "//")) {
            String status = rawStatusLine(target);
            assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target.substring(0, Math.min(40, target.length())) + " gave " + status);
        }
        assertTrue(rawStatusLine("http://127.0.0.1/briefings/first/").startsWith("HTTP/1.1 200"), "an absolute request target is a path too");
        assertEquals(200, request("/briefings/first/").statusCode(), "still serving");
    }

    /** A folder's address without its final slash redirects to the address as requested, still escaped. */
    @Test
    void theRedirectToAFolderKeepsTheEscapes() throws Exception {
        edit("content/briefings/first.md", "aliases: [/old/first/]", "aliases: [/old/first/, /caf\u00e9/]");
        server.rebuild("test");
        HttpResponse<String> r = request("/caf%C3%A9");
        assertEquals(301, r.statusCode());
        assertEquals("/caf%C3%A9/", r.headers().firstValue("Location").orElse(null));
        assertEquals(200, request("/caf%C3%A9/").statusCode());
    }

    /** The status line the server answers a raw request with (HttpClient refuses to send malformed targets). */
    private String rawStatusLine(String target) throws Exception {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            return String.valueOf(line);
        }
    }

    @Test
    void anEditChangesItsPageAndListsButNotUnrelatedPages() throws Exception {
        Map<String, byte[]> before = server.files();
        edit("content/briefings/third.md", "title: Third briefing", "title: Third briefing, revised");
        BuildResult quick = server.rebuild("test");
        assertEquals(1, quick.stats().get("markdown_rendered"), "nothing links to or cites the third briefing: only its Markdown is rendered");
        Map<String, byte[]> after = server.files();
        assertTrue(new String(after.get("briefings/third/index.html")).contains("Third briefing, revised"));
        assertTrue(new String(after.get("briefings/index.html")).contains("Third briefing, revised"), "the type list changes");
        assertTrue(new String(after.get("themes/evidence/index.html")).contains("Third briefing, revised"), "the term page changes");
        assertTrue(Arrays.equals(before.get("reports/2016/windows/index.html"), after.get("reports/2016/windows/index.html")),
                "an unrelated page keeps its bytes");
        assertTrue(Arrays.equals(before.get("places/fife/index.html"), after.get("places/fife/index.html")));
        assertEquals(0, server.state().lastRenderedDocuments(), "the full build after the save renders no Markdown again");
        edit("content/briefings/second.md", "title: Second briefing", "title: Second briefing, renamed");
        quick = server.rebuild("title of a cited document");
        // The first briefing cites it as (Example 2019), which the new title does not change, but its reference list
        // shows the title: its Markdown is rendered again (the reference's answer changed), the others' are not.
        assertEquals(2, quick.stats().get("markdown_rendered"), "the renamed document and the one whose reference list names it");
        assertTrue(new String(server.files().get("briefings/first/index.html")).contains("<cite>Second briefing, renamed</cite>"),
                "the reference list shows the new title");
        assertTrue(new String(server.files().get("briefings/first/index.html")).contains("Second briefing, renamed"),
                "the citation shows the new title");
        assertSameAsCleanBuild("after renaming a cited document");
        edit("content/briefings/third.md", "Short.", "Short, and edited.");
        quick = server.rebuild("body edit");
        assertEquals(1, quick.stats().get("markdown_rendered"), "a body edit re-renders that document's Markdown only");
        assertTrue(new String(server.files().get("briefings/third/index.html")).contains("Short, and edited."));
    }

    /** Every file the preview serves, search index included, against a clean build of the same files. */
    private void assertSameAsCleanBuild(String when) {
        server.awaitSearchIndex();
        BuildResult clean = Build.run(new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { }));
        assertEquals(0, clean.exitCode(), when + ": " + clean.diagnostics());
        Map<String, byte[]> served = server.files();
        assertEquals(new TreeSet<>(clean.files().keySet()), new TreeSet<>(served.keySet()), when + ": the same files");
        for (var e : clean.files().entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), served.get(e.getKey())), when + ": " + e.getKey() + " differs from a clean build");
        }
    }

    @Test
    void aBodyEditRendersOnePageAndTheResultEqualsACleanBuild() throws Exception {
        assertSameAsCleanBuild("start");
        Map<String, byte[]> before = server.files();

        edit("content/briefings/third.md", "Short.", "Short, with **more** to say.");
        BuildResult quick = server.rebuild("body edit");
        assertEquals(1, server.state().lastReads(), "only the saved file is read again");
        assertEquals(0, quick.onDemand().made(), "a save's build makes no page until one is asked for");
        assertTrue(get("/briefings/third/").contains("<strong>more</strong>"), "the page asked for shows the edit");
        assertEquals(1, quick.onDemand().made(), "and only the page asked for is made");
        server.awaitSearchIndex();
        assertEquals(1, server.state().lastRenderedPages(), "the full build that follows re-renders only the edited publication's page");
        assertTrue(new String(server.files().get("briefings/third/index.html")).contains("<strong>more</strong>"));
        assertTrue(Arrays.equals(before.get("briefings/index.html"), server.files().get("briefings/index.html")));
        assertSameAsCleanBuild("after a body edit");

        edit("content/briefings/third.md", "Short, with", "Short [@first], with");
        server.rebuild("new citation");
        assertTrue(new String(server.files().get("briefings/first/index.html")).contains("Third briefing"), "cited by on the cited page");
        assertSameAsCleanBuild("after adding a citation");

        edit("content/briefings/third.md", "summary: A third, for pagination.", "summary: A third, retold.");
        server.rebuild("front matter");
        assertTrue(new String(server.files().get("briefings/feed.xml")).contains("A third, retold."), "the feed shows the new summary");
        assertTrue(server.state().lastRenderedPages() < server.files().size() / 2, "pages that do not show it are reused");
        assertSameAsCleanBuild("after a front-matter edit");

        edit("content/briefings/third.md", "date: 2019-06-01", "date: 2016-06-01");
        server.rebuild("date");
        assertTrue(server.files().containsKey("years/2016/index.html"));
        assertSameAsCleanBuild("after a date edit");

        edit("content/briefings/second.md", "title: Second briefing", "title: Aardvark briefing");
        server.rebuild("title that reorders lists");
        assertSameAsCleanBuild("after a title edit that reorders a list");

        edit("templates/page.peb", "{{ doc.title }}", "{{ doc.title }} (edited template)");
        server.rebuild("template");
        assertTrue(new String(server.files().get("briefings/first/index.html")).contains("(edited template)"));
        assertSameAsCleanBuild("after a template edit");
    }

    @Test
    void searchWorksInThePreviewAndFollowsEdits() throws Exception {
        assertTrue(get("/search/manifest.json").startsWith("200 "), "the static index is served from the first build");
        edit("content/briefings/third.md", "Short.", "Short, about zymurgy.");
        server.rebuild("body edit");
        server.awaitSearchIndex();
        Map<String, byte[]> files = server.files();
        assertTrue(files.keySet().stream().filter(k -> k.startsWith("search/d.")).anyMatch(k -> new String(files.get(k)).contains("zymurgy")),
                "the new word is in the search dictionary once the background indexing has run");
    }

    @Test
    void addingAndDeletingDocuments() throws Exception {
        Files.writeString(site.resolve("content/briefings/fourth.md"), "---\ntitle: Fourth\ndate: 2019-07-01\nsummary: New.\n---\nCites [@third].\n");
        server.rebuild("add");
        assertTrue(get("/briefings/fourth/").contains("Fourth"));
        assertTrue(new String(server.files().get("briefings/third/index.html")).contains("Fourth"), "cited-by appears on the cited page");
        Files.delete(site.resolve("content/briefings/third.md"));
        server.rebuild("delete");
        assertEquals(1, server.problems().size(), log.toString());
        assertTrue(server.problems().get(0).toString().contains("third"), "the dangling citation is an error");
        String page = get("/briefings/fourth/");
        assertTrue(page.contains("id=\"hub-error-overlay\"") && page.contains("content/briefings/fourth.md:6:8"), page);
        assertTrue(page.contains("hint: "), page);
        Files.delete(site.resolve("content/briefings/fourth.md"));
        server.rebuild("fix");
        assertTrue(server.problems().isEmpty());
        assertFalse(get("/").contains("hub-error-overlay"), "fixing the error clears the overlay");
        assertTrue(get("/briefings/fourth/").startsWith("404"));
    }

    @Test
    void theWatchersAccountOfChangesIsUsedAndNewFilesAreStillFound() throws Exception {
        edit("content/briefings/third.md", "Short.", "Short, as the watcher saw.");
        server.rebuild("watcher", List.of(site.resolve("content/briefings/third.md")));
        assertEquals(1, server.state().lastReads());
        assertTrue(new String(server.files().get("briefings/third/index.html")).contains("as the watcher saw"));
        Path added = site.resolve("content/briefings/fifth.md");
        Files.writeString(added, "---\ntitle: Fifth\ndate: 2019-07-02\nsummary: New.\n---\nText.\n");
        server.rebuild("watcher", List.of(added));
        assertTrue(server.files().containsKey("briefings/fifth/index.html"), "a file the last build did not know makes it walk content/");
        assertSameAsCleanBuild("after the watcher's account");
    }

    @Test
    void deletingAStaticFileThatALinkNeedsIsAnError() throws Exception {
        Files.createDirectories(site.resolve("static/files"));
        Files.writeString(site.resolve("static/files/data.csv"), "a,b\n");
        edit("content/briefings/third.md", "Short.", "Short, with [the data](/files/data.csv).");
        server.rebuild("link to a static file");
        assertTrue(server.problems().isEmpty(), log.toString());
        Files.delete(site.resolve("static/files/data.csv"));
        server.rebuild("static file deleted");
        assertEquals(1, server.problems().size(), "the link no longer resolves, as in a clean build: " + log);
        assertTrue(server.problems().get(0).toString().contains("files/data.csv"));
    }

    @Test
    void templateAndConfigChanges() throws Exception {
        edit("templates/404.peb", "<h1>Not found</h1>", "<h1>Nothing here</h1>");
        server.rebuild("template");
        assertTrue(get("/404.html").contains("Nothing here"));
        edit("site-config.yml", "page_size: 2", "page_size: two");
        server.rebuild("config");
        assertEquals(1, server.problems().size());
        assertTrue(get("/").contains("site-config.yml:8:12"), "config errors show in the overlay");
    }

    @Test
    void theWatcherRebuildsAfterASave() throws Exception {
        BuildOptions o = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        try (AutoCloseable w = Serve.watch(o, server)) {
            edit("content/briefings/third.md", "Short.", "Edited while watching.");
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline && !get("/briefings/third/").contains("Edited while watching.")) Thread.sleep(50);
            assertTrue(get("/briefings/third/").contains("Edited while watching."), log.toString());
        }
    }
}
