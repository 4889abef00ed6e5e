package hub.browser;

import com.microsoft.playwright.Page;
import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.support.Golden;
import hub.support.HostileSite;
import hub.support.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page built from {@link HostileSite} (44 hostile cases in titles, summaries, authors, extra values, links,
 * images, notes, headings, tables, code and raw HTML) is loaded in Chromium, and so is the search page with a query
 * that finds them all: no payload may run (none sets {@code window.__pwned} or retitles the page), and every page
 * still passes the Nu HTML checker.
 */
class HostileContentTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @TempDir
    static Path tmp;
    static Path out;
    static StaticServer server;

    @BeforeAll
    static void build() {
        out = tmp.resolve("public");
        BuildResult r = Sites.build(HostileSite.write(tmp.resolve("site")), out);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        server = StaticServer.start(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void thereAreAtLeastFortyCases() {
        assertTrue(HostileSite.CASES.size() >= 40, "cases: " + HostileSite.CASES.size());
    }

    @Test
    void noPayloadRunsOnAnyPage() {
        List<String> pages = new ArrayList<>();
        for (String p : Golden.readTree(out).keySet()) {
            if (p.endsWith(".html")) pages.add("/" + p.replaceFirst("index\\.html$", ""));
        }
        pages.add("/search/?q=pwned");
        pages.add("/search/?q=script");
        assertTrue(pages.size() > 20, "pages: " + pages.size());
        List<String> ran = new ArrayList<>();
        Page page = CHROMIUM.newPage();
        // The control: the same check sees a script that does run.
        page.navigate(server.url("/canary.html"));
        page.waitForLoadState();
        assertEquals("canary", page.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)"));
        pages.remove("/canary.html");
        for (String path : pages) {
            page.navigate(server.url(path));
            page.waitForLoadState();
            if (path.startsWith("/search/")) page.waitForTimeout(500); // the client fetches the index and renders results
            Object pwned = page.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)");
            String title = page.title();
            if (pwned != null || title.startsWith("PWNED") && !title.contains("bold")) ran.add(path + ": " + pwned + " / " + title);
        }
        assertTrue(ran.isEmpty(), "payloads ran: " + ran);
    }

    @Test
    void everyPageIsStillValidHtml() {
        List<Path> html = Golden.readTree(out).keySet().stream().filter(p -> p.endsWith(".html")).map(out::resolve).toList();
        HtmlChecker.shared().assertValid(out, html);
    }
}
