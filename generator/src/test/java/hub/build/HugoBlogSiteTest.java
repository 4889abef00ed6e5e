package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.model.Document;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: a blog in Hugo's layout (resources/sites/hugo-blog, whose golden tree GoldenSitesTest checks) builds with
 * configuration only. Each test here changes one setting or file of that fixture and shows what the setting is for:
 * without it, the same posts fail the way they did before.
 */
class HugoBlogSiteTest {
    @TempDir
    Path tmp;

    private SiteBuilder blog() {
        return SiteBuilder.fixture("hugo-blog", tmp.resolve("site"));
    }

    /** The fixture's configuration with {@code from} replaced by {@code to} (it must be there). */
    private static String config(String from, String to) {
        try {
            String yml = Files.readString(Sites.resource("sites/hugo-blog").resolve("site-config.yml"));
            assertTrue(yml.contains(from), from);
            return yml.replace(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(BuildResult r) {
        return DiagnosticFormat.text(r.diagnostics());
    }

    private static String page(BuildResult r, String path) {
        byte[] b = r.files().get(path);
        assertNotNull(b, () -> path + " is not in the output: " + new TreeMap<>(r.files()).keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void theFixtureBuildsWithWarningsOnly() {
        BuildResult r = blog().build();
        assertEquals(0, r.exitCode(), () -> text(r));
        assertEquals(0, r.errors(), () -> text(r));
        assertEquals(7, r.warnings(), () -> text(r)); // 3 unknown keys, 3 broken links and the ambiguous citation
    }

    @Test
    void twoPostsWithOneSlugAreKeyedByTheirAddressesAndLinksReachEach() {
        BuildResult r = blog().build();
        Map<String, Document> byKey = r.site().corpus().byKey();
        assertEquals("content/posts/hello.md", byKey.get("posts/2020/01/02/hello").ref().path());
        assertEquals("content/posts/2021/hello.md", byKey.get("posts/2021/03/04/hello").ref().path());
        assertNull(byKey.get("post/hello"), "type/slug names two posts: neither has it as its key");
        assertNotNull(byKey.get("post/v1.2-release"), "a type and slug that name one post stay its key");
        String first = page(r, "posts/2020/01/02/hello/index.html");
        String second = page(r, "posts/2021/03/04/hello/index.html");
        assertTrue(first.contains("<h1>Hello, world</h1>") && second.contains("<h1>Hello again</h1>"));
        assertTrue(first.contains("<a href=\"/posts/2021/03/04/hello/\">second hello</a>"), first);
        assertTrue(second.contains("<a href=\"/posts/2020/01/02/hello/\">the same post by its file</a>"), second);
        assertTrue(page(r, "posts/2021/05/06/v1.2-release/index.html").contains("(<a href=\"/posts/2020/01/02/hello/\">Doe 2020</a>)"),
                "a citation by address reaches its post");
    }

    @Test
    void aCitationOfASharedSlugIsAnErrorListingBothAddresses() {
        BuildResult r = blog().file("site-config.yml", config("  mode: warn\n", "  mode: error\n")).build();
        assertEquals(1, r.exitCode());
        assertTrue(text(r).contains("""
                content/posts/broken.md:7:86: error: citation [@hello] is ambiguous
                  hint: it names 2 documents (/posts/2020/01/02/hello/, /posts/2021/03/04/hello/); \
                cite one by its key: [@posts/2020/01/02/hello] or [@posts/2021/03/04/hello]
                """), text(r));
    }

    @Test
    void aReplacementNamedByASharedSlugIsAnError() {
        BuildResult r = blog().doc("posts/old.md", "title: Old", "date: 2019-01-01", "status: superseded", "superseded_by: hello").build();
        assertTrue(text(r).contains("""
                content/posts/old.md:5:16: error: superseded_by 'hello' is ambiguous
                  hint: it names 2 documents; name one by its key: posts/2020/01/02/hello or posts/2021/03/04/hello
                """), text(r));
    }

    @Test
    void twoPostsAtOneAddressStillCollide() {
        BuildResult r = blog().doc("posts/2020/hello.md", "title: Same day", "date: 2020-01-02").build();
        assertEquals(1, r.exitCode());
        assertTrue(text(r).contains("content/posts/hello.md:1:1: error: this document would be published at /posts/2020/01/02/hello/, "
                + "where content/posts/2020/hello.md is published too"), text(r));
    }

    @Test
    void unknownFrontMatterKeysAreErrorsUnlessTheSiteSaysOtherwise() {
        BuildResult strict = blog().file("site-config.yml", config("  unknown_keys: warn\n", "  unknown_keys: error\n")).build();
        assertEquals(1, strict.exitCode());
        assertTrue(text(strict).contains("content/posts/hello.md:6:1: error: unknown front-matter key 'categories'"), text(strict));

        BuildResult quiet = blog().file("site-config.yml", config("  unknown_keys: warn\n", "  unknown_keys: extra\n")).build();
        assertEquals(0, quiet.exitCode(), () -> text(quiet));
        assertFalse(text(quiet).contains("unknown front-matter key"), text(quiet));
        assertEquals(4, quiet.warnings(), () -> text(quiet));
        Document hello = quiet.site().corpus().byKey().get("posts/2020/01/02/hello");
        assertEquals(java.util.List.of("updates"), hello.extra().get("categories"));
        assertEquals("The first post", hello.extra().get("subtitle"), "params: is read as extra");
        assertEquals("hopeful", hello.extra().get("mood"));
    }

    @Test
    void paramsAlwaysMergeIntoExtraAndANameGivenTwiceIsAnError() {
        BuildResult r = blog().file("site-config.yml", config("  unknown_keys: warn\n", "  unknown_keys: error\n"))
                .doc("posts/twice.md", "title: Twice", "date: 2021-01-01", "extra:", "  mood: calm", "params:", "  mood: hopeful", "  colour: red")
                .build();
        assertTrue(text(r).contains("content/posts/twice.md:7:9: error: 'mood' is given twice (under extra: and here)"), text(r));
        assertFalse(text(r).contains("twice.md:6:1"), "params: itself is a key hub knows, in any mode");
    }

    @Test
    void linksToTheRestOfTheHostSiteAreLeftAloneOnlyWhenListed() {
        BuildResult r = blog().file("site-config.yml", config("  outside: [/about/, /packages/]\n  mode: warn\n", "  mode: error\n")).build();
        assertEquals(1, r.exitCode());
        String t = text(r);
        assertTrue(t.contains("content/posts/hello.md:12:15: error: link target '/about/' does not exist"), t);
        assertTrue(t.contains("content/posts/hello.md:12:46: error: link target '/packages/hubtool/' does not exist"), t);

        BuildResult listed = blog().build();
        assertFalse(text(listed).contains("/about/") || text(listed).contains("/packages/"), text(listed));
        assertTrue(page(listed, "posts/2020/01/02/hello/index.html").contains("<a href=\"/about/\">about us</a>"));
    }

    @Test
    void linkModeWarnTurnsEveryLinkErrorIntoAWarning() {
        BuildResult errors = blog().file("site-config.yml", config("  mode: warn\n", "  mode: error\n")).build();
        BuildResult warnings = blog().build();
        String e = text(errors), w = text(warnings);
        for (String at : new String[]{"broken.md:6:66", "broken.md:7:1", "broken.md:7:39", "broken.md:7:86"}) {
            assertTrue(e.contains(at + ": error: "), at + "\n" + e);
            assertTrue(w.contains(at + ": warning: "), at + "\n" + w);
        }
        assertEquals(4, errors.errors(), e);
    }

    @Test
    void anUnknownPermalinkPlaceholderIsAConfigurationError() {
        BuildResult r = blog().file("site-config.yml", config("{year}/{month}/{day}/{slug}", "{year}/{month}/{dya}/{slug}")).build();
        assertEquals(2, r.exitCode(), () -> text(r));
        assertTrue(text(r).contains("""
                site-config.yml:9:70: error: permalink '/posts/{year}/{month}/{dya}/{slug}/' has an unknown placeholder {dya}
                  hint: did you mean {day}? placeholders are {year}, {month}, {day}, {slug}, {type}, {section}
                """), text(r));
    }

    @Test
    void theMigrationSettingsAreChecked() {
        BuildResult r = blog().file("site-config.yml", config("  outside: [/about/, /packages/]\n  mode: warn\n", "  outside: [about/]\n  mode: warning\n")
                .replace("  unknown_keys: warn\n", "  unknown_keys: keep\n  strict: true\n")).build();
        assertEquals(2, r.exitCode(), () -> text(r));
        String t = text(r);
        assertTrue(t.contains("site-config.yml:20:3: error: unknown front_matter key 'strict'"), t);
        assertTrue(t.contains("site-config.yml:19:17: error: unknown unknown_keys 'keep'\n  hint: unknown_keys is one of error, extra, warn"), t);
        assertTrue(t.contains("site-config.yml:24:13: error: outside path 'about/' must be a path on this site, starting with '/'"), t);
        assertTrue(t.contains("site-config.yml:25:9: error: unknown mode 'warning'\n  hint: mode is one of error, warn"), t);
    }

    @Test
    void theDayAndSectionPlaceholdersAreFilledIn() {
        BuildResult r = blog().file("site-config.yml", config("/posts/{year}/{month}/{day}/{slug}/", "/{section}/{day}/{slug}/")).build();
        assertTrue(r.files().containsKey("posts/10/broken/index.html"), () -> new TreeMap<>(r.files()).keySet().toString());
    }

    @Test
    void aDottedSlugLinkedWithoutItsTrailingSlashResolves() {
        BuildResult r = blog().build();
        assertTrue(page(r, "posts/2020/01/02/hello/index.html").contains("<a href=\"/posts/2021/05/06/v1.2-release/\">1.2 release</a>"));
        assertFalse(text(r).contains("hello.md:15"), "the link on line 15 resolves:\n" + text(r));
    }

    @Test
    void aPageBundleIsNamedAfterItsFolderAndItsFilesArePublishedBesideItsPage() throws IOException {
        BuildResult r = blog().build();
        assertNotNull(r.site().corpus().byKey().get("post/field-trip"));
        Path bundle = Sites.resource("sites/hugo-blog/content/posts/field-trip");
        assertArrayEquals(Files.readAllBytes(bundle.resolve("map.png")), r.files().get("posts/2021/07/08/field-trip/map.png"));
        assertArrayEquals(Files.readAllBytes(bundle.resolve("photos/beach.png")), r.files().get("posts/2021/07/08/field-trip/photos/beach.png"));
        assertFalse(text(r).contains("field-trip"), "its image and raw-HTML links resolve, its files are not 'not published':\n" + text(r));
    }

    @Test
    void imagesAndRawHtmlLinksAreChecked() {
        BuildResult r = blog().file("site-config.yml", config("  mode: warn\n", "  mode: error\n"))
                .doc("posts/pictures.md", "title: Pictures", "date: 2021-02-02")
                .body("![Gone](/files/gone.png)\n\n<p><img src=\"cover.png\" alt=\"\"> and <a href='/posts/nowhere/'>x</a> "
                        + "<!-- <a href=\"/commented/out/\">y</a> --></p>\n")
                .build();
        String t = text(r);
        assertTrue(t.contains("content/posts/pictures.md:5:1: error: link target '/files/gone.png' does not exist\n"
                + "  hint: no file of the site is there"), t);
        assertTrue(t.contains("content/posts/pictures.md:7:14: error: link target 'cover.png' does not exist"), t);
        assertTrue(t.contains("content/posts/pictures.md:7:46: error: link target '/posts/nowhere/' does not exist"), t);
        assertFalse(t.contains("/commented/out/"), t);
    }

    @Test
    void aBundleFileNamedIndexHtmlIsRefused() {
        BuildResult r = blog().file("content/posts/field-trip/index.html", "<p>old export</p>").build();
        assertEquals(1, r.exitCode());
        assertTrue(text(r).contains("content/posts/field-trip/index.html: error: a page bundle's file may not be named index.html"), text(r));
    }

    @Test
    void anAuthorPageNeedsNoDateButAPostDoes() {
        BuildResult r = blog().build();
        assertNull(r.site().corpus().byKey().get("person/jane-doe").date());
        assertTrue(page(r, "authors/jane-doe/index.html").contains("an author&rsquo;s page has no date"));

        BuildResult undated = blog().doc("posts/undated.md", "title: Undated").build();
        assertTrue(text(undated).contains("content/posts/undated.md:1:1: error: missing required key 'date'"), text(undated));
    }
}
