package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.model.Document;
import hub.model.OutgoingLink;
import hub.model.RenderedDocument;
import hub.support.Archive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's own archive: it builds with no errors and no warnings, and nothing goes
 * missing. The counts are the archive's inventory; adding a publication means updating them here.
 */
class RepositoryContentTest {
    /** The archive as built once for every test of the JVM. */
    static final BuildResult result = Archive.result();

    /**
     * No errors, and no warning but one: site-config.yml's base_url is still the example address (hub.example.org), which
     * a build for publishing reports until the archive's real address is set (or given with --base-url).
     */
    @Test
    void buildsWithZeroErrorsAndOnlyTheExampleBaseUrlWarning() {
        assertEquals(0, result.exitCode(), () -> DiagnosticFormat.text(result.diagnostics()));
        int line = baseUrlLine();
        assertEquals(List.of("site-config.yml:" + line + ":11: warning: base_url 'https://hub.example.org/' is an example address: feeds, the sitemap"
                        + " and canonical links will point to hub.example.org, not to this site"),
                result.diagnostics().stream().map(d -> DiagnosticFormat.text(List.of(d)).lines().findFirst().orElse("")).toList(),
                () -> DiagnosticFormat.text(result.diagnostics()));
    }

    /** The line of base_url in the repository's site-config.yml (where the warning must point). */
    private static int baseUrlLine() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(hub.support.Sites.repositoryRoot().resolve("site-config.yml"));
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("base_url: ")) return i + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("site-config.yml has no base_url line");
    }

    @Test
    void documentsPerType() {
        Map<String, Long> perType = result.site().corpus().documents().stream()
                .collect(Collectors.groupingBy(Document::type, TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("key-messages", 9L), Map.entry("research-report", 22L), Map.entry("policy-briefing", 6L),
                Map.entry("evidence-review", 5L), Map.entry("case-study", 5L), Map.entry("blog", 8L),
                Map.entry("event-report", 3L), Map.entry("journal-article", 1L), Map.entry("book-chapter", 2L),
                Map.entry("toolkit", 6L), Map.entry("webinar", 2L), Map.entry("event", 2L), Map.entry("news", 4L),
                Map.entry("place", 6L), Map.entry("person", 14L)));
        assertEquals(expected, perType);
        assertTrue(result.site().corpus().documents().size() >= 90, "at least 90 content files");
    }

    @Test
    void everyKeyMessageFootnoteIsPresent() {
        Map<String, Integer> notes = new TreeMap<>();
        for (Document d : result.site().corpus().documents()) {
            if (d.type().equals("key-messages")) notes.put(d.slug(), result.site().rendered().get(d.key()).footnotes().size());
        }
        assertEquals(new TreeMap<>(Map.of("key-messages-about-public-service-reform", 0, "participation", 29, "partnership", 14,
                "governance", 13, "workforce", 8, "leadership", 9, "prevention", 14, "place", 22, "evidence", 19)), notes);
        assertEquals(128, notes.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void everyCitedProgrammeUrlResolvesToAnArchivePage() {
        int programmeLinks = 0;
        for (RenderedDocument r : result.site().rendered().values()) {
            for (OutgoingLink l : r.links()) {
                if (l.raw().matches("(?i)https?://(www\\.)?whatworksscotland\\.(ac\\.uk|blogspot\\.com)/.+")) {
                    programmeLinks++;
                    assertTrue(l.internal(), l.ref() + ": " + l.raw() + " must resolve to an archive page");
                }
            }
        }
        assertEquals(117, programmeLinks, "legacy URLs cited in footnotes");
        assertEquals(117, result.stats().get("internal_citations"), "resolved internal citations, as hub check --stats reports");
    }
}
