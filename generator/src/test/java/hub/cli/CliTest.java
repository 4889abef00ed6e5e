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

    /** A built copy of the basic fixture: its config, with the site in {@code out} (its index in out's work folder). */
    private Path builtBasic(Path out) {
        Path site = basicCopy();
        Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(), "--today", "2026-01-01");
        assertEquals(0, r.exitCode(), r.err());
        return site.resolve("site-config.yml");
    }

    /** A filter value no publication has is a typo until shown otherwise: the nearest value that exists, and no empty result. */
    @Test
    void searchNamesTheNearestFilterValueForAnUnknownOne() {
        Path out = tmp.resolve("public");
        String config = builtBasic(out).toString();
        Cli r = Cli.run("search", "--config", config, "--out", out.toString(), "--place", "fif");
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("--place: error: no publication has place 'fif'"), r.err());
        assertTrue(r.err().contains("hint: did you mean 'fife'?"), r.err());
        assertEquals("", r.out(), "nothing printed as if it were a result");
        Cli theme = Cli.run("search", "evidence", "--config", config, "--out", out.toString(), "--theme", "evidense");
        assertEquals(2, theme.exitCode());
        assertTrue(theme.err().contains("did you mean 'evidence'?"), theme.err());
        Cli ok = Cli.run("search", "--config", config, "--out", out.toString(), "--place", "fife");
        assertEquals(0, ok.exitCode(), ok.err());
    }

    /** Filters without words list the publications that have them, newest first; --page shows the next ones and says how to go on. */
    @Test
    void searchBrowsesByFilterWithoutWordsAndPages() {
        Path out = tmp.resolve("public");
        String config = builtBasic(out).toString();
        Cli browse = Cli.run("search", "--config", config, "--out", out.toString(), "--theme", "evidence", "-n", "1");
        assertEquals(0, browse.exitCode(), browse.err());
        List<String> lines = browse.out().lines().toList();
        assertTrue(lines.get(0).matches("4 publications for theme evidence, newest first, the first 1:"), browse.out());
        assertTrue(lines.get(1).startsWith("1. ") && lines.get(1).endsWith("(2019-06-01)"), "the newest first: " + browse.out());
        assertTrue(browse.out().contains("More: the same command with --page 2."), browse.out());
        Cli page2 = Cli.run("search", "--config", config, "--out", out.toString(), "--theme", "evidence", "-n", "1", "--page", "2");
        assertEquals(0, page2.exitCode(), page2.err());
        assertTrue(page2.out().lines().findFirst().orElse("").endsWith(", 2 to 2:"), page2.out());
        assertTrue(page2.out().contains("\n2. ") && page2.out().contains("(2019-05-10)"), "the second newest: " + page2.out());
        Cli last = Cli.run("search", "--config", config, "--out", out.toString(), "--theme", "evidence", "-n", "1", "--page", "4");
        assertTrue(last.out().contains("(2016-02-02)"), "the oldest last: " + last.out());
        assertFalse(last.out().contains("More:"), "the last page offers no next one: " + last.out());
        Cli nothing = Cli.run("search", "--config", config, "--out", out.toString());
        assertEquals(2, nothing.exitCode());
        assertTrue(nothing.err().contains("search needs words or a filter"), nothing.err());
        assertEquals(2, Cli.run("search", "x", "--config", config, "--out", out.toString(), "--page", "0").exitCode());
    }

    /** A document dated after today is left out, and the build says which (a note, not a warning). */
    @Test
    void buildNamesTheDocumentsLeftOutForTheirDate() {
        Path site = basicCopy();
        Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", tmp.resolve("public").toString(), "--today", "2026-01-01");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("hub: note: left out 1 document dated after today: content/briefings/future.md (2099-01-01)"), r.err());
        assertTrue(r.err().contains("hint: --future (or future: true in site-config.yml) publishes it"), r.err());
        Cli future = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", tmp.resolve("public").toString(), "--future");
        assertFalse(future.err().contains("left out"), future.err());
    }

    /** hub new's body is a TODO line: check warns that placeholder text is left in, at its line, and reports no broken citation. */
    @Test
    void aNewDocumentsBodyIsFlaggedAsAPlaceholderNotABrokenCitation() throws Exception {
        Path site = basicCopy();
        String config = site.resolve("site-config.yml").toString();
        Cli made = Cli.run("new", "briefing", "Fresh thoughts", "--config", config, "--date", "2020-01-01");
        assertEquals(0, made.exitCode(), made.err());
        List<String> file = Files.readAllLines(site.resolve("content/briefings/fresh-thoughts.md"));
        int todo = file.indexOf(file.stream().filter(l -> l.startsWith("TODO:")).findFirst().orElseThrow()) + 1;
        Cli check = Cli.run("check", "--config", config, "--today", "2026-01-01");
        assertTrue(check.err().contains("content/briefings/fresh-thoughts.md:" + todo + ":1: warning: placeholder text left in: TODO:"), check.err());
        assertFalse(check.err().contains("citation"), "the example citation is not a citation: " + check.err());
    }

    /** hub new --help lists the TYPE ids of the configuration it is given. */
    @Test
    void newHelpListsTheTypeIds() {
        Path site = basicCopy();
        Cli help = Cli.run("new", "--help", "--config", site.resolve("site-config.yml").toString());
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("TYPE ids in "), help.out());
        assertTrue(help.out().lines().anyMatch(l -> l.matches("\\s+briefing\\s+Briefing \\(content/briefings/\\)")), help.out());
        assertTrue(help.out().lines().anyMatch(l -> l.matches("\\s+report\\s+Report \\(content/reports/\\)")), help.out());
    }

    /** An example address as base_url (example.org and its subdomains) warns on build, at its line; not on a check or with --base-url. */
    @Test
    void anExampleBaseUrlWarnsOnBuild() throws Exception {
        Path site = basicCopy();
        Path config = site.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config).replace("base_url: https://fixture.example/", "base_url: https://hub.example.org/"));
        Cli build = Cli.run("build", "--config", config.toString(), "--out", tmp.resolve("public").toString(), "--today", "2026-01-01");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("site-config.yml:4:11: warning: base_url 'https://hub.example.org/' is an example address"), build.err());
        assertTrue(build.err().contains("0 errors, 4 warnings"), build.err());
        Cli check = Cli.run("check", "--config", config.toString(), "--today", "2026-01-01");
        assertFalse(check.err().contains("example address"), check.err());
        Cli given = Cli.run("build", "--config", config.toString(), "--out", tmp.resolve("public").toString(), "--today", "2026-01-01",
                "--base-url", "https://archive.whatworksscotland.ac.uk/");
        assertFalse(given.err().contains("example address"), given.err());
    }

    /**
     * --out DIR puts the work folder (search index, caches) at .hub-DIR beside it, printed: two sites built into sibling
     * folders keep one index each, and hub search --out finds each one's.
     */
    @Test
    void outFoldersKeepTheirOwnSearchIndex() {
        Path a = tmp.resolve("dist/a"), b = tmp.resolve("dist/b");
        String config = builtBasic(a).toString();
        Cli second = Cli.run("build", "--config", config, "--out", b.toString(), "--today", "2026-01-01", "--drafts");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("hub: search index and caches in " + tmp.resolve("dist/.hub-b").toAbsolutePath()), second.err());
        assertTrue(Files.isDirectory(tmp.resolve("dist/.hub-a")) && Files.isDirectory(tmp.resolve("dist/.hub-b")));
        assertFalse(Files.exists(tmp.resolve("dist/.hub")), "not a work folder shared by every output in dist/");
        // The draft is in b's index only.
        Cli inA = Cli.run("search", "--config", config, "--out", a.toString(), "--year", "2019", "--json");
        Cli inB = Cli.run("search", "--config", config, "--out", b.toString(), "--year", "2019", "--json");
        assertFalse(inA.out().contains("briefings/draft"), inA.out());
        assertTrue(inB.out().contains("briefings/draft"), inB.out());
    }
}
