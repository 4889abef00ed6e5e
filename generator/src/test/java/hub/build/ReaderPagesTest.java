package hub.build;

import hub.support.Archive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader sees on the built archive (issue 18): full-text links, date notes worded for readers and collapsed,
 * year-only dates the same for people and machines, counts in the right number, key-messages sections with their
 * context in lists and feeds, and "Cited by" note numbers that lead to the citing passage.
 */
class ReaderPagesTest {
    private static final Path OUT = Archive.output();

    private static String page(String path) throws IOException {
        return Files.readString(OUT.resolve(path), StandardCharsets.UTF_8);
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> s = Files.walk(OUT)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void aPublicationLinksToItsFullTextWithAnArchivedCopyOfTheOldWebsite() throws IOException {
        String html = page("research-reports/centrestage-dignified-food-provision/index.html");
        assertTrue(html.contains("<h2 id=\"hub-full-text\">Full text</h2>"), html);
        assertTrue(html.contains("<a href=\"http://whatworksscotland.ac.uk/centrestage-dignified-food-provision/\">"), html);
        assertTrue(html.contains("<a href=\"https://web.archive.org/web/http://whatworksscotland.ac.uk/centrestage-dignified-food-provision/\">"
                + "archived copy</a>"), html);
        // Indexers learn the same: the old page is the same work (schema.org sameAs).
        assertTrue(html.contains("\"sameAs\": [\n        \"http://whatworksscotland.ac.uk/centrestage-dignified-food-provision/\"\n      ]"), html);
        // An address elsewhere (a publisher's DOI) gets no archive link: only the programme's old website is gone.
        String article = page("journal-articles/implementing-health-and-social-care-integration-in-scotland/index.html");
        assertTrue(article.contains("DOI: <a href=\"https://doi.org/10.1111/hsc.12537\">"), article);
        assertFalse(article.contains("web.archive.org"), article);
    }

    @Test
    void dateNotesSpeakToReadersAndAreCollapsed() throws IOException {
        int notes = 0;
        for (Path p : htmlPages()) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            assertFalse(html.contains("The seeds give"), p + " tells readers about seeds");
            if (html.contains("<summary>About the date</summary>")) notes++;
        }
        assertTrue(notes >= 40, "pages with a collapsed date note: " + notes);
        String html = page("research-reports/centrestage-dignified-food-provision/index.html");
        assertTrue(html.contains("<details class=\"date-note\">\n<summary>About the date</summary>\n"
                + "<p>The exact publication date is not recorded; the year shown is an estimate.</p>\n</details>"), html);
    }

    @Test
    void aYearOnlyDateIsTheYearEverywhere() throws IOException {
        Pattern time = Pattern.compile("<time datetime=\"([^\"]*)\">([^<]*)</time>");
        int years = 0;
        for (Path p : htmlPages()) {
            Matcher m = time.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                if (m.group(2).matches("\\d{4}")) {
                    years++;
                    assertEquals(m.group(2), m.group(1), p + ": " + m.group());
                }
            }
        }
        assertTrue(years > 100, "year-only dates: " + years);
    }

    @Test
    void countsAgreeWithTheirNumber() throws IOException {
        assertTrue(page("places/fife/index.html").contains("1 key message, "), "one key message, singular");
        List<String> wrong = new ArrayList<>();
        Pattern one = Pattern.compile("\\b1 (key messages|publications|authors|kinds|notes|corrections)\\b");
        for (Path p : htmlPages()) {
            Matcher m = one.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) wrong.add(p + ": " + m.group());
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void keyMessagesSectionsHaveTheirContextInListsAndFeeds() throws IOException {
        String feed = page("feed.xml");
        assertTrue(feed.contains("<title>Key messages: Evidence</title>"), feed);
        assertTrue(feed.contains("<title>Key messages about public service reform in Scotland</title>"), "no prefix twice");
        assertTrue(page("key-messages/index.html").contains(">Key messages: Governance</a>"));
        // The page itself keeps its own heading (the report's navigation gives the context there), but its window
        // title, seen in tabs, bookmarks and shared links, carries the context.
        String evidence = page("key-messages/evidence/index.html");
        assertTrue(evidence.contains("<h1 id=\"doc-title\">Evidence</h1>"));
        assertTrue(evidence.contains("<title>Key messages: Evidence – What Works Scotland archive</title>"), evidence);
    }

    /**
     * Credits follow what the programme's own documents say: the key-messages report was co-ordinated and edited by
     * its co-directors, so each of its theme pages is theirs as the overview is. The other publications the seeds
     * name no one for stay with the programme (61 of 75).
     */
    @Test
    void keyMessagesAreCreditedToTheReportsEditors() throws IOException {
        String html = page("key-messages/evidence/index.html");
        assertTrue(html.contains("<a href=\"/authors/nicholas-watson/\">Nicholas Watson</a>, <a href=\"/authors/oliver-escobar/\">Oliver Escobar</a>"), html);
        long programmeOnly = Archive.result().site().corpus().publications().stream()
                .filter(d -> Archive.result().site().taxonomies().termIdsOf(d.key(), "authors").equals(List.of("what-works-scotland"))).count();
        assertEquals(61, programmeOnly);
    }

    @Test
    void citedByNoteNumbersLinkToTheCitingPassage() throws IOException {
        String html = page("research-reports/making-data-meaningful/index.html");
        Matcher m = Pattern.compile("<a href=\"/key-messages/evidence/#(fnref-evidence-\\d+)\" aria-label=\"note (\\d+) in Key messages: Evidence\">(\\d+)</a>")
                .matcher(html);
        int links = 0;
        String citing = page("key-messages/evidence/index.html");
        while (m.find()) {
            links++;
            assertEquals(m.group(2), m.group(3));
            assertTrue(citing.contains("id=\"" + m.group(1) + "\""), "the citing page has the anchor " + m.group(1));
        }
        assertTrue(links >= 2, html);
    }
}
