package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default theme shows nothing of the programme it was made for: the logo and the example searches are the site's
 * own (site-config.yml), and a site without them, or without themes, gets no logo, no examples and no Themes section.
 * (The fixture sites/hugo-features shows a site that has a logo and examples but no themes.)
 */
class NeutralThemeTest {
    @TempDir
    Path tmp;

    private static final String NO_THEMES = """
            title: Plain blog
            base_url: https://plain.example/
            types:
              - {id: post, label: Post, plural: Posts, folder: posts, permalink: "/posts/{slug}/"}
            taxonomies:
              - {id: authors, label: Author, plural: Authors, controlled: false}
              - {id: tags, label: Tag, plural: Tags, controlled: false}
            """;

    private String home(SiteBuilder site) {
        Path dir = site.write();
        Sites.useRepositoryTheme(dir);
        Sites.deleteTree(dir.resolve("static/logo.svg")); // the archive's own logo file, not the theme's
        BuildResult r = Sites.buildInMemory(dir);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        return new String(r.files().get("index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void aSiteWithoutLogoExamplesOrThemesShowsNoneOfThem() {
        SiteBuilder site = SiteBuilder.minimal(tmp.resolve("plain")).file("site-config.yml", NO_THEMES)
                .doc("posts/first.md", "title: First", "date: 2020-01-01", "tags: [notes]").body("Hello.");
        String home = home(site);
        assertFalse(home.contains("class=\"logo\""), "no logo");
        assertFalse(home.contains("home-q-hint") || home.contains("For example"), "no example searches");
        assertFalse(home.contains("themes-title"), "no Themes section");
        assertFalse(home.contains("What Works Scotland") || home.contains("participatory budgeting"), "nothing of the archive's");
        assertTrue(home.contains("<a href=\"/tags/\">Tags</a>"), "a taxonomy with terms is in the menus");
    }

    @Test
    void theLogoAndExampleSearchesComeFromTheConfiguration() {
        SiteBuilder site = SiteBuilder.minimal(tmp.resolve("own")).file("site-config.yml", NO_THEMES
                        + "logo: /brand/mark.svg\nexample_searches: [soil, \"rain & wind\"]\n")
                .file("static/brand/mark.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .doc("posts/first.md", "title: First", "date: 2020-01-01").body("Hello.");
        String home = home(site);
        assertTrue(home.contains("<img class=\"logo\" src=\"/brand/mark.svg\" alt=\"\" width=\"32\" height=\"32\">"), home);
        assertTrue(home.contains("<p id=\"home-q-hint\" class=\"hint\">For example: soil, rain &amp; wind</p>"), home);
        assertFalse(home.contains("<a href=\"/tags/\">"), "a taxonomy without terms is left out of the menus");
    }

    @Test
    void aLogoThatIsNotThereIsAnError() {
        BuildResult r = SiteBuilder.minimal(tmp.resolve("missing")).file("site-config.yml", NO_THEMES + "logo: /nope.svg\n")
                .doc("posts/first.md", "title: First", "date: 2020-01-01").body("Hello.").build();
        assertEquals(2, r.exitCode());
        String text = DiagnosticFormat.text(r.diagnostics());
        assertTrue(text.contains("site-config.yml:8:7: error: logo '/nope.svg' is not a file under static/"), text);
        assertTrue(text.contains("hint: put the file at static/nope.svg"), text);
    }
}
