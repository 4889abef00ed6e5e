package hub.browser;

import com.microsoft.playwright.Page;
import hub.build.BuildOptions;
import hub.preview.PreviewServer;
import hub.preview.Serve;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The preview in a real browser: an edit reloads the open tab; an error shows an overlay; the fix removes it. */
class PreviewReloadTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @TempDir(factory = BuildTempDirFactory.class)
    Path tmp;

    @Test
    void editReloadsErrorShowsOverlayFixClearsIt() throws Exception {
        Path site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        BuildOptions o = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        StringWriter log = new StringWriter();
        try (PreviewServer server = Serve.start(o, 0, new PrintWriter(log, true)); AutoCloseable watcher = Serve.watch(o, server)) {
            Page page = CHROMIUM.newPage();
            page.navigate("http://127.0.0.1:" + server.port() + "/briefings/third/");
            assertThat(page.locator("h1")).hasText("Third briefing");
            // No wait for the page to subscribe: it knows the build generation it came from, and a save that lands
            // before its event stream connects is seen in the stream's first event (LiveReload.script).

            Path file = site.resolve("content/briefings/third.md");
            String text = Files.readString(file);
            Files.writeString(file, text.replace("title: Third briefing", "title: Third briefing, live"));
            assertThat(page.locator("h1")).hasText("Third briefing, live", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15000));

            Files.writeString(file, text.replace("date: 2019-06-01", "date: 2019-13-45"));
            assertThat(page.locator("#hub-error-overlay")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15000));
            assertThat(page.locator("#hub-error-overlay")).containsText("content/briefings/third.md:3:7");
            assertThat(page.locator("#hub-error-overlay")).containsText("hint: write the date as YYYY-MM-DD");

            Files.writeString(file, text);
            assertThat(page.locator("#hub-error-overlay")).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15000));
            assertThat(page.locator("h1")).hasText("Third briefing");
        }
    }
}
