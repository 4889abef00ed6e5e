package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.Golden;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site published under a sub-path (the fixture site "subpath", base_url https://example.org/archive/) writes no
 * address that leaves the sub-path: every root-relative address starts with /archive/, every absolute address on
 * its host with https://example.org/archive/. Checked over every page, feed, sitemap, robots.txt and _redirects,
 * with the fixture's own templates (whose golden tree GoldenSitesTest compares) and with the repository's theme
 * (templates/ and static/, what the archive ships).
 */
class SubPathSiteTest {
    static final String ROOT = "/archive/", BASE = "https://example.org/archive/";

    /** Addresses in attributes, meta refresh, sitemap locations, feed ids, robots.txt and _redirects lines. */
    static final Pattern ADDRESS = Pattern.compile(
            "(?:href|src|action|content|data-index|data-script)=\"(?:0; url=)?([^\"]*)\"|<(?:loc|id)>([^<]*)</|^Sitemap: (\\S+)|^(/\\S*) (\\S+) 30\\d$",
            Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @Test
    void theFixtureSiteWritesNoAddressOutsideTheSubPath() {
        Path out = tmp.resolve("public");
        BuildResult r = Sites.build(Sites.resourceSource("sites/subpath"), out);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        assertNothingEscapes(Golden.readTree(out), 300);
    }

    @Test
    void theRepositoryThemeWritesNoAddressOutsideTheSubPath() {
        Path root = Sites.repositoryRoot();
        SiteBuilder site = SiteBuilder.fixture("subpath", tmp.resolve("site"));
        Path dir = site.write();
        Sites.deleteTree(dir.resolve("templates"));
        Sites.deleteTree(dir.resolve("static"));
        Sites.copyTree(root.resolve("templates"), dir.resolve("templates"));
        Sites.copyTree(root.resolve("static"), dir.resolve("static"));
        Path out = tmp.resolve("public");
        BuildResult r = Sites.build(dir, out);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        assertNothingEscapes(Golden.readTree(out), 500);
    }

    private static void assertNothingEscapes(Map<String, byte[]> files, int atLeast) {
        List<String> escaping = new ArrayList<>();
        int seen = 0;
        for (var f : files.entrySet()) {
            String p = f.getKey();
            if (!(p.endsWith(".html") || p.endsWith(".xml") || p.equals("robots.txt") || p.equals("_redirects"))) continue;
            Matcher m = ADDRESS.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    String a = m.group(g);
                    if (a == null || m.group(0).startsWith("content=\"") && !m.group(0).contains("url=")) continue;
                    seen++;
                    boolean ok = a.startsWith("#") || a.startsWith(ROOT) || a.startsWith(BASE)
                            || a.startsWith("http") && !a.startsWith("https://example.org") && !a.startsWith("http://example.org")
                            || a.startsWith("mailto:") || a.startsWith("data:");
                    if (!ok) escaping.add(p + ": " + a);
                }
            }
        }
        assertTrue(escaping.isEmpty(), escaping.size() + " address(es) outside " + ROOT + ":\n" + String.join("\n", escaping));
        assertTrue(seen >= atLeast, "the addresses checked: " + seen);
    }
}
