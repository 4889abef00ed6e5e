package hub.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.support.Golden;
import hub.support.LifecycleSite;
import hub.support.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of superseded, withdrawn, corrected and replacing publications ({@link LifecycleSite}), which the
 * archive has none of: valid HTML (Nu), no axe-core violations (WCAG 2.2 AA, the notices' contrast included), and
 * the notice still there when the page is printed.
 */
class LifecyclePagesTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    static final List<String> PAGES = List.of("/briefings/growing-2016/", "/briefings/pb-results/", "/briefings/evidence/", "/briefings/growing-2018/");

    @TempDir
    static Path tmp;
    static Path out;
    static StaticServer server;

    @BeforeAll
    static void build() {
        out = tmp.resolve("public");
        BuildResult r = Sites.build(LifecycleSite.write(tmp.resolve("site")), out);
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
    void theLifecyclePagesHaveNoAxeViolations() {
        for (String path : PAGES) {
            Page page = CHROMIUM.newPage();
            page.navigate(server.url(path));
            page.waitForLoadState();
            Accessibility.assertNoViolations(page, path);
        }
    }

    @Test
    void theNoticesPrint() {
        for (String path : List.of("/briefings/growing-2016/", "/briefings/pb-results/")) {
            Page page = CHROMIUM.newPage();
            page.navigate(server.url(path));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertTrue(page.locator("aside.notice").isVisible(), path + ": the notice is hidden in print");
        }
        Page page = CHROMIUM.newPage();
        page.navigate(server.url("/briefings/evidence/"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertTrue(page.locator("section.corrections").isVisible(), "the corrections are hidden in print");
    }
}
