package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Taxonomy ids and the programme's name come from site-config.yml, not from the Java code or the templates:
 * the repository's archive with its themes and places taxonomies renamed (ids and front-matter keys; their
 * {@code role:} and URL bases kept) builds to the very same pages, feeds, facets and related lists.
 */
class TaxonomyRolesTest {
    @TempDir
    static Path tmp;
    static BuildResult original, renamed;

    @BeforeAll
    static void buildBoth() throws IOException {
        original = Sites.buildInMemory(copyOfTheArchive(tmp.resolve("original")));
        Path site = copyOfTheArchive(tmp.resolve("renamed"));
        Path config = site.resolve("site-config.yml");
        String yml = Files.readString(config)
                .replace("  - id: themes\n", "  - id: topics\n")
                .replace("  - id: places\n", "  - id: areas\n")
                .replace("term_of: places", "term_of: areas")
                .replace("[summary, themes]", "[summary, topics]")
                .replace("programme: What Works Scotland\n", "");
        assertTrue(yml.contains("role: themes") && yml.contains("role: places"), "the archive's config names the roles");
        Files.writeString(config, yml);
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String md = Files.readString(f);
                Files.writeString(f, md.replaceAll("(?m)^themes:", "topics:").replaceAll("(?m)^places:", "areas:"));
            }
        }
        renamed = Sites.buildInMemory(site);
        assertEquals(0, original.exitCode(), () -> DiagnosticFormat.text(original.diagnostics()));
        assertEquals(0, renamed.exitCode(), () -> DiagnosticFormat.text(renamed.diagnostics()));
        assertTrue(renamed.site().taxonomies().get("topics").isPresent() && renamed.site().taxonomies().get("themes").isEmpty()
                && renamed.site().taxonomies().get("areas").isPresent() && renamed.site().taxonomies().get("places").isEmpty(), "renamed");
        assertEquals(original.site().taxonomies().assignments().size(), renamed.site().taxonomies().assignments().size());
    }

    private static Path copyOfTheArchive(Path to) {
        Path root = Sites.repositoryRoot();
        for (String part : List.of("content", "templates", "static")) Sites.copyTree(root.resolve(part), to.resolve(part));
        try {
            Files.copy(root.resolve("site-config.yml"), to.resolve("site-config.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static String text(BuildResult r, String path) {
        byte[] b = r.files().get(path);
        assertTrue(b != null, "no " + path);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void thePagesAndFeedsAreTheSame() {
        List<String> differ = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(original.files().keySet());
        paths.removeIf(p -> p.startsWith("search/") && !p.equals("search/index.html")); // index files are named after the config's hash
        for (String p : paths) {
            if (p.equals("years/index.html") || p.equals("404.html")) continue; // the programme's name, below
            byte[] other = renamed.files().get(p);
            if (other == null || !java.util.Arrays.equals(original.files().get(p), other)) differ.add(p);
        }
        assertEquals(List.of(), differ);
        assertTrue(paths.size() > 190, "the comparison covers the site: " + paths.size());
        assertTrue(text(renamed, "index.html").contains("<a href=\"/themes/participation/\">Participation</a>"), "the home page's theme cards");
        assertTrue(text(renamed, "feed.xml").contains("<category term=\"participation\" label=\"Participation\"/>"), "feed categories");
    }

    @Test
    void searchFacetsAndRelatedPublicationsUseTheRoles() {
        assertEquals(original.site().related(), renamed.site().related(), "the shared-themes bonus reads the themes role");
        String facets = original.files().keySet().stream().filter(p -> p.matches("search/f\\.[0-9a-f]+\\.json")).findFirst().orElseThrow();
        assertEquals(text(original, facets), text(renamed, facets));
        assertTrue(text(renamed, facets).contains("\"fife\":\"Fife\""), "place labels");
        Map<String, byte[]> renamedIndex = renamed.files();
        assertTrue(renamedIndex.keySet().stream().anyMatch(p -> p.startsWith("search/manifest.json")));
        assertTrue(text(renamed, "search/manifest.json").contains("[[\"community\",\"engagement\"],[\"participation\"]]"),
                "the themes role's synonyms expand queries");
    }

    @Test
    void theProgrammesNameIsConfiguredOrLeftOut() {
        assertTrue(text(original, "years/index.html").contains("<p class=\"lead\">What Works Scotland ran from 2014 to 2019. Choose a year"),
                text(original, "years/index.html"));
        assertTrue(text(renamed, "years/index.html").contains("<p class=\"lead\">Choose a year to see what was published in it.</p>"));
        assertTrue(text(original, "404.html").contains("a link to the old What Works Scotland website,\n"));
        assertTrue(text(renamed, "404.html").contains("a link to the old website,\n"));
    }
}
