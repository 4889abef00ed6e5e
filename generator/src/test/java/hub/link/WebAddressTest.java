package hub.link;

import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web addresses in content that are unusual but valid build and link (the malformed ones: invalid-sites/malformed-links). */
class WebAddressTest {
    @TempDir
    Path tmp;

    private static String page(BuildResult r, String path) {
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aTenThousandCharacterUrlIsAWorkingLink() {
        String url = "https://example.org/archive/" + "a".repeat(10_000) + "?q=" + "b".repeat(200) + "#end";
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/long.md", "title: Long", "date: 2018-01-01", "summary: A long link.")
                .body("A [very long address](" + url + ") and <" + url + ">.")
                .build();
        String html = page(r, "briefings/long/index.html");
        assertTrue(html.contains("<a href=\"" + url + "\">very long address</a>"), "the link is written as given");
        assertTrue(html.contains("<a href=\"" + url + "\">" + url + "</a>"), "the autolink too");
    }
}
