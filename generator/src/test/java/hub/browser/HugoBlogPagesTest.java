package hub.browser;

import com.microsoft.playwright.Page;
import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.support.Golden;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Hugo blog moved in with configuration only (resources/sites/hugo-blog), built with the repository's theme: its
 * pages (dated addresses, a page bundle's pictures and raw-HTML figure, an author page with no date) are valid HTML
 * (Nu) with no axe-core violations (WCAG 2.2 AA), and the bundle's pictures load.
 */
class HugoBlogPagesTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    static final List<String> PAGES = List.of("/posts/2020/01/02/hello/", "/posts/2021/07/08/field-trip/", "/authors/jane-doe/");

    @TempDir
    static Path tmp;
    static Path out;
    static StaticServer server;

    @BeforeAll
    static void build() {
        Path site = SiteBuilder.fixture("hugo-blog", tmp.resolve("site")).write();
        Sites.useRepositoryTheme(site);
        out = tmp.resolve("public");
        BuildResult r = Sites.build(site, out);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        server = StaticServer.start(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void everyPageIsValidHtml() {
        List<Path> html = Golden.readTree(out).keySet().stream().filter(p -> p.endsWith(".html")).map(out::resolve).toList();
        HtmlChecker.shared().assertValid(out, html);
    }

    @Test
    void thePagesHaveNoAxeViolationsAndTheBundlesPicturesLoad() {
        for (String path : PAGES) {
            Page page = CHROMIUM.newPage();
            page.navigate(server.url(path));
            page.waitForLoadState();
            Accessibility.assertNoViolations(page, path);
        }
        Page page = CHROMIUM.newPage();
        page.navigate(server.url("/posts/2021/07/08/field-trip/"));
        page.waitForLoadState();
        Object loaded = page.evaluate("() => [...document.querySelectorAll('main img')].map(i => i.complete && i.naturalWidth)");
        assertEquals(List.of(1, 1), loaded, "both pictures of the bundle load beside the page");
    }
}
