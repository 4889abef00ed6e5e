package hub.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import hub.build.BuildOptions;
import hub.preview.PreviewServer;
import hub.preview.Serve;
import hub.support.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * "Cite this" on a publication page of the repository's archive, served by {@code hub serve}: the copy button is
 * reached with Tab, shows its focus, and Enter copies the reference (the clipboard holds the text the page shows,
 * and the live region says so); each download link gets its file with the content type the preview sends for it.
 */
class CiteThisTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static final String PAGE = "/journal-articles/implementing-health-and-social-care-integration-in-scotland/";
    private static PreviewServer server;

    @BeforeAll
    static void serve() throws Exception {
        BuildOptions o = new BuildOptions(Sites.repositoryRoot().resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        server = Serve.start(o, 0, new PrintWriter(new StringWriter(), true));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void theReferenceIsCopiedWithTheKeyboard() {
        BrowserContext ctx = CHROMIUM.newContext();
        ctx.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
        Page page = ctx.newPage();
        page.navigate(url(PAGE));
        Locator reference = page.locator("#hub-cite-ref");
        String shown = reference.textContent().replaceAll("\\s+", " ").strip();
        assertTrue(shown.startsWith("What Works Scotland. (2018). Implementing health") && shown.endsWith("https://doi.org/10.1111/hsc.12537"), shown);
        for (int i = 0; ; i++) {
            if (i == 300) fail("Tab never reached the copy button");
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("() => document.activeElement.matches('button.cite-copy')"))) break;
        }
        assertEquals("solid", page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"), "focus is visible");
        page.keyboard().press("Enter");
        // The status is a polite live region, so a screen reader hears the outcome; in headless Chromium with the
        // clipboard permissions granted, writeText succeeds and the clipboard can be read back.
        assertThat(page.locator("#hub-cite-status")).hasText("Reference copied");
        assertEquals("polite", page.locator("#hub-cite-status").getAttribute("aria-live"));
        assertEquals(shown, page.evaluate("() => navigator.clipboard.readText()"));
    }

    @Test
    void withoutClipboardAccessTheReferenceIsSelectedForCtrlC() {
        Page page = CHROMIUM.newPage();
        // A browser that refuses the clipboard: the button falls back to selecting the reference.
        page.addInitScript("navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));");
        page.navigate(url(PAGE));
        page.locator("button.cite-copy").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#hub-cite-status")).hasText("Reference selected: press Ctrl+C (or Command+C) to copy it");
        assertEquals(page.locator("#hub-cite-ref").textContent(), page.evaluate("() => window.getSelection().toString()"));
    }

    @Test
    void downloadsAreServedWithTheirContentTypes() throws Exception {
        Page page = CHROMIUM.newPage();
        page.navigate(url(PAGE));
        Locator links = page.locator(".cite-files a");
        assertEquals(3, links.count());
        Map<String, String> served = Map.of("bib", "application/x-bibtex; charset=utf-8", "ris", "application/x-research-info-systems",
                "json", "application/json");
        Map<String, String> starts = Map.of("bib", "@article{journal-article/", "ris", "TY  - JOUR\r\n", "json", "[\n  {\n    \"id\"");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < links.count(); i++) {
            Locator a = links.nth(i);
            String href = a.getAttribute("href");
            String ext = href.substring(href.lastIndexOf('.') + 1);
            assertTrue(a.textContent().contains("(." + ext + ")"), "the link names its format: " + a.textContent());
            assertEquals("implementing-health-and-social-care-integration-in-scotland." + ext, a.getAttribute("download"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(href))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), href);
            assertEquals(served.get(ext), r.headers().firstValue("Content-Type").orElse(""), href);
            assertTrue(served.get(ext).startsWith(a.getAttribute("type")), "the link's type is what the server sends: " + a.getAttribute("type"));
            assertTrue(r.body().startsWith(starts.get(ext)), href + ":\n" + r.body());
            assertTrue(r.body().contains("10.1111/hsc.12537"), "the DOI is in every export: " + href);
        }
    }
}
