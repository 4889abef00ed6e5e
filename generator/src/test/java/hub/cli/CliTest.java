package hub.cli;

import hub.support.Cli;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path tmp;

    /** A copy of the basic fixture site (its three warnings are in resources/sites/basic/expected-diagnostics.txt). */
    private Path basicCopy() {
        return SiteBuilder.fixture("basic", tmp.resolve("site")).write();
    }

    @Test
    void helpAndVersionExitZero() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("build") && help.out().contains("check") && help.out().contains("new"), help.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("hub "), version.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("build", "--no-such-option").exitCode());
        assertEquals(2, Cli.run("frobnicate").exitCode());
        assertEquals(2, Cli.run().exitCode());
    }

    @Test
    void missingConfigIsAConfigurationError() {
        Cli r = Cli.run("check", "--config", tmp.resolve("nope.yml").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("configuration file not found"), r.err());
    }

    @Test
    void buildWritesTheSiteAndPrintsASummary() throws Exception {
        Path site = basicCopy();
        Path out = tmp.resolve("public");
        Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(), "--today", "2026-01-01");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("hub: built \\d+ pages in \\d+ ms: 0 errors, 3 warnings")), r.err());
        assertTrue(Files.isRegularFile(out.resolve("briefings/first/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")));
        assertFalse(Files.exists(out.resolve("briefings/draft/index.html")), "drafts are left out by default");
        assertFalse(Files.exists(out.resolve("briefings/future/index.html")), "future documents are left out by default");
    }

    @Test
    void draftsAndFutureAreIncludedOnRequest() {
        Path site = basicCopy();
        Path out = tmp.resolve("public");
        Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(), "--drafts", "--future");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out.resolve("briefings/draft/index.html")));
        assertTrue(Files.exists(out.resolve("briefings/future/index.html")));
    }

    @Test
    void checkWritesNothingAndReportsStats() {
        Path site = basicCopy();
        Cli r = Cli.run("check", "--config", site.resolve("site-config.yml").toString(), "--stats", "--today", "2026-01-01");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("internal citations: 2"), r.err());
        assertFalse(Files.exists(site.resolve("public")));
        assertFalse(Files.exists(site.resolve(".hub")), "a check writes no work folder");
        // A check stops after the links and compiles the templates: it renders no page and builds no search index.
        assertTrue(r.err().contains("ms templates:"), r.err());
        assertFalse(r.err().lines().anyMatch(l -> l.startsWith("  rendered:") || l.startsWith("  ms search") || l.startsWith("  ms render")), r.err());
    }

    @Test
    void githubAndJsonFormats() {
        Path site = basicCopy();
        Cli gh = Cli.run("check", "--config", site.resolve("site-config.yml").toString(), "--format", "github", "--today", "2026-01-01");
        assertTrue(gh.err().contains("::warning file=content/briefings/second.md,line=5,col=10::'community engagement' is a synonym"), gh.err());
        Cli json = Cli.run("check", "--config", site.resolve("site-config.yml").toString(), "--format", "json", "--today", "2026-01-01");
        assertTrue(json.out().startsWith("[") && json.out().contains("\"line\":5"), json.out());
    }

    @Test
    void baseUrlMovesEveryInternalLinkUnderTheSubPath() throws Exception {
        Path site = basicCopy();
        Path out = tmp.resolve("public");
        Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(),
                "--base-url", "https://preview.example/pr-7/", "--today", "2026-01-01");
        assertEquals(0, r.exitCode(), r.err());
        String page = Files.readString(out.resolve("briefings/first/index.html"));
        assertTrue(page.contains("href=\"/pr-7/reports/2017/the-report/#method\""), page);
        assertTrue(page.contains("href=\"/pr-7/css/site.css\""), page);
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://preview.example/pr-7/briefings/first/\">"), page);
        assertFalse(page.matches("(?s).*href=\"/(briefings|reports|themes|authors)/.*"), "no link may escape the sub-path");
    }

    @Test
    void aSubPathWithoutItsSlashIsTheSameFolder() throws Exception {
        Path site = basicCopy();
        Path out = tmp.resolve("public");
        Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(),
                "--base-url", "https://preview.example/pr-7", "--today", "2026-01-01");
        assertEquals(0, r.exitCode(), r.err());
        String page = Files.readString(out.resolve("briefings/first/index.html"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://preview.example/pr-7/briefings/first/\">"), page);
        assertTrue(page.contains("href=\"/pr-7/css/site.css\""), page);
    }

    /** Bad --base-url values: exit code 2, nothing built, one diagnostic naming the option, with the example. */
    @Test
    void anUnusableBaseUrlOptionIsAUsageError() throws Exception {
        Path site = basicCopy();
        Path out = tmp.resolve("public");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("preview.example/pr-7/", "is not an absolute URL: it must start with https:// or http://");
        bad.put("/pr-7/", "is not an absolute URL: it must start with https:// or http://");
        bad.put("https:///pr-7/", "has no host: write it as https://host/path/");
        bad.put("https://preview.example/pr-7/?x=1", "has a query ('?x=1'), which a base URL cannot have");
        bad.put("https://preview.example/pr-7/#top", "has a fragment ('#top'), which a base URL cannot have");
        bad.put("https://preview.example/pr 7/", "contains white space (write a space in a path as %20)");
        bad.put("(https://preview.example/pr-7/)", "is not a valid URL: remove the extra parenthesis");
        bad.put("https://preview.example/pr%zz/", "is not a valid URL: '%zz' is not a percent escape (% and two hexadecimal digits); write a % sign as %25");
        bad.put("http://", "is not a valid URL: add the host: https://example.org/path");
        for (var e : bad.entrySet()) {
            Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(),
                    "--base-url", e.getKey(), "--today", "2026-01-01");
            assertEquals(2, r.exitCode(), r.err());
            assertEquals("--base-url: error: --base-url '" + e.getKey() + "' " + e.getValue() + "\n  hint: e.g. https://example.org/preview/\n",
                    r.diagnostics());
            assertFalse(Files.exists(out), "nothing is written");
        }
    }

    /** site-config.yml's base_url and --base-url accept the same addresses and reject the others with the same words. */
    @Test
    void baseUrlInTheConfigAndTheOptionAgree() throws Exception {
        Path site = basicCopy();
        Path config = site.resolve("site-config.yml");
        String yml = Files.readString(config);
        assertTrue(yml.contains("\nbase_url: https://fixture.example/\n"));
        for (String url : List.of("https://example.org", "https://example.org/sub", "http://127.0.0.1:8000/x/", "example.org",
                "/sub/", "ftp://example.org/", "https:///sub/", "https://example.org/?q", "https://example.org/#f", "https://exa mple.org/",
                "(https://example.org/)", "https://example.org/%zz/", "https://example.org/[x]/", "http://", "https://bücher.example/")) {
            Files.writeString(config, yml.replace("\nbase_url: https://fixture.example/\n", "\nbase_url: '" + url + "'\n"));
            Cli fromConfig = Cli.run("check", "--config", config.toString(), "--today", "2026-01-01");
            Files.writeString(config, yml);
            Cli fromOption = Cli.run("check", "--config", config.toString(), "--today", "2026-01-01", "--base-url", url);
            assertEquals(fromOption.exitCode(), fromConfig.exitCode(), url + ":\n" + fromOption.err() + fromConfig.err());
            if (fromOption.exitCode() == 0) continue;
            assertEquals(2, fromOption.exitCode(), fromOption.err());
            String problem = fromOption.diagnostics().replace("--base-url: error: --base-url ", "");
            assertEquals("site-config.yml:4:11: error: base_url " + problem, fromConfig.diagnostics(), "at base_url's line: " + url);
        }
    }

    @Test
    void newScaffoldsADocumentTheCheckFlagsAndRefusesToOverwrite() throws Exception {
        Path site = basicCopy();
        String config = site.resolve("site-config.yml").toString();
        Cli r = Cli.run("new", "briefing", "Local Voices: A New Briefing", "--config", config, "--date", "2020-02-02");
        assertEquals(0, r.exitCode(), r.err());
        Path file = site.resolve("content/briefings/local-voices-a-new-briefing.md");
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\ntitle: \"Local Voices: A New Briefing\"\ndate: 2020-02-02\nauthors: []\n"), text);
        Cli check = Cli.run("check", "--config", config, "--today", "2026-01-01");
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("local-voices-a-new-briefing.md:7:10: error: the summary is still the placeholder"), check.err());
        Cli again = Cli.run("new", "briefing", "Local Voices: A New Briefing", "--config", config);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("refusing to overwrite"), again.err());
        Cli badType = Cli.run("new", "breifing", "X", "--config", config);
        assertEquals(2, badType.exitCode());
        assertTrue(badType.err().contains("did you mean 'briefing'?"), badType.err());
    }

    /**
     * An internal error (an exception the commands do not handle) prints one line and exits 3; --verbose adds its stack
     * trace, and nothing else does. The one internal error a test can cause through the CLI is a preview server whose
     * port is taken: `hub serve` fails binding it before building anything. (If the CLI learns to report that as a
     * usage error, this test needs another way in.) A content error is not an internal error: no stack trace even
     * with --verbose, which then prints statistics.
     */
    @Test
    void verboseShowsStackTracesOnlyForInternalErrors() throws Exception {
        Path site = basicCopy();
        String config = site.resolve("site-config.yml").toString();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            Cli quiet = Cli.run("serve", "--config", config, "--port", port);
            assertEquals(3, quiet.exitCode(), quiet.err());
            assertEquals("hub: internal error: java.net.BindException: Address already in use\n"
                    + "(run again with --verbose for the stack trace, and report it)\n", quiet.err());

            Cli verbose = Cli.run("serve", "--config", config, "--port", port, "--verbose");
            assertEquals(3, verbose.exitCode(), verbose.err());
            List<String> lines = verbose.err().lines().toList();
            assertEquals("hub: internal error: java.net.BindException: Address already in use", lines.get(0));
            assertEquals("java.net.BindException: Address already in use", lines.get(1), "then the stack trace: " + verbose.err());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("\tat hub.preview.PreviewServer.<init>(")), verbose.err());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("\tat hub.cli.ServeCommand.call(")), verbose.err());
            assertFalse(verbose.err().contains("run again with --verbose"), verbose.err());
        }

        Files.writeString(site.resolve("content/briefings/undated.md"), "---\ntitle: Undated\nsummary: No date.\n---\nText.\n");
        Cli content = Cli.run("check", "--config", config, "--verbose", "--today", "2026-01-01");
        assertEquals(1, content.exitCode(), content.err());
        assertTrue(content.err().contains("content/briefings/undated.md:1:1: error: "), content.err());
        assertTrue(content.err().lines().anyMatch(l -> l.matches("  documents: \\d+")), "--verbose prints statistics: " + content.err());
        assertFalse(content.err().contains("\tat ") || content.err().contains("internal error"), "a content error has no stack trace: " + content.err());
    }
}
