package hub.cli;

import hub.support.Cli;
import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub import hugo DIR} on the Hugo-layout fixture (resources/sites/hugo-features without hub's files): it writes
 * exactly expected-import.yml, reports each change, gives the site hub's theme, changes nothing when run again, and
 * the site then builds with its content untouched.
 */
class HugoImportTest {
    @TempDir
    Path tmp;

    /** The fixture as Hugo has it: its hugo.toml, content/, layouts/ and static/, none of hub's files. */
    private Path hugoSite() {
        Path fixture = Sites.resource("sites/hugo-features");
        Path site = tmp.resolve("blog");
        Sites.copyTree(fixture, site);
        for (String hub : new String[]{"site-config.yml", "expected-import.yml", "expected-diagnostics.txt", "expected-search.txt", "README.md"}) {
            site.resolve(hub).toFile().delete();
        }
        Sites.deleteTree(site.resolve("expected"));
        return site;
    }

    @Test
    void writesTheConfigurationReportsWhatItDidAndIsIdempotent() throws Exception {
        Path site = hugoSite();
        Map<String, byte[]> content = Golden.readTree(site.resolve("content"));
        Cli first = Cli.run("import", "hugo", site.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("wrote site-config.yml from hugo.toml"), first.out());
        assertTrue(first.out().contains("shortcode 'notice' is the site's own (layouts/shortcodes/notice.html)"), first.out());
        assertTrue(first.out().contains("copied hub's default theme"), first.out());
        Golden.assertText(Sites.resource("sites/hugo-features/expected-import.yml"), Files.readString(site.resolve("site-config.yml")));
        assertTrue(Files.isRegularFile(site.resolve("templates/base.peb")), "the site gets hub's theme");

        Map<String, byte[]> after = Golden.readTree(site);
        Cli second = Cli.run("import", "hugo", site.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().startsWith("site-config.yml is up to date"), second.out());
        assertFalse(second.out().contains("wrote") || second.out().contains("copied"), second.out());
        Map<String, byte[]> again = Golden.readTree(site);
        assertEquals(after.keySet(), again.keySet(), "a second import adds no file");
        after.forEach((p, bytes) -> assertTrue(Arrays.equals(bytes, again.get(p)), "a second import changed " + p));

        // Content is not rewritten, and the site builds with the configuration alone: the unmapped shortcodes are warnings.
        Map<String, byte[]> contentAfter = Golden.readTree(site.resolve("content"));
        assertEquals(content.keySet(), contentAfter.keySet());
        content.forEach((p, bytes) -> assertTrue(Arrays.equals(bytes, contentAfter.get(p)), "the import changed content/" + p));
        Cli build = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--today", "2026-01-01",
                "--out", tmp.resolve("public").toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("content/posts/hello.md:24:1: warning: unknown Hugo shortcode 'notice'"), build.err());
        assertTrue(build.err().contains("content/posts/hello.md:32:1: warning: unknown Hugo shortcode 'tweet'"), build.err());
        assertTrue(Files.isRegularFile(tmp.resolve("public/fr/2019/03/hello/index.html")));
    }

    @Test
    void keepsASiteConfigurationThatIsAlreadyThere() throws Exception {
        Path site = hugoSite();
        Files.writeString(site.resolve("site-config.yml"), "title: Mine\n");
        Cli r = Cli.run("import", "hugo", site.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("site-config.yml is already there and differs"), r.out());
        assertEquals("title: Mine\n", Files.readString(site.resolve("site-config.yml")));
    }

    @Test
    void aBadHugoConfigurationIsReportedAtItsLine() throws Exception {
        Path site = tmp.resolve("bad");
        Files.createDirectories(site);
        Files.writeString(site.resolve("hugo.toml"), "title = \"Blog\"\nbaseURL = https://example.org/\n");
        Cli r = Cli.run("import", "hugo", site.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("hugo.toml:2:11: error: a value was expected"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(site.resolve("site-config.yml")), "nothing is written");
    }

    @Test
    void aFolderWithoutHugoConfigurationIsAnError() throws Exception {
        Path site = tmp.resolve("empty");
        Files.createDirectories(site);
        Cli r = Cli.run("import", "hugo", site.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("error: no Hugo configuration in"), r.err());
        assertTrue(r.err().contains("hint: a Hugo site has one of hugo.toml"), r.err());
        assertEquals(2, Cli.run("import", "hugo", tmp.resolve("nowhere").toString()).exitCode());
    }
}
