package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.Cli;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A type with {@code full_text: true}: each of its publications links to its full text (original address, DOI or
 * full-report attachment) or says why it cannot; one that does neither is a warning at its title. (What the page shows
 * is ReaderPagesTest's, on the archive.)
 */
class FullTextCheckTest {
    @TempDir
    Path tmp;

    private SiteBuilder site() {
        return SiteBuilder.minimal(tmp).config("""
                types:
                  - {id: review, label: Evidence review, plural: Evidence reviews, folder: reviews, full_text: true}""")
                .doc("reviews/linked.md", "title: Linked", "date: 2018-01-01", "extra: {original_url: 'http://old.example.org/linked/'}")
                .doc("reviews/doi.md", "title: With a DOI", "date: 2018-01-01", "doi: 10.1234/abc")
                .doc("reviews/explained.md", "title: Explained", "date: 2018-01-01", "extra: {full_text_note: No copy is known.}")
                .doc("briefings/a-briefing.md", "title: A briefing", "date: 2018-01-01", "summary: Briefings need no full text.");
    }

    @Test
    void aPublicationWithoutFullTextIsAWarningAtItsTitle() {
        BuildResult r = site().doc("reviews/missing.md", "title: Missing", "date: 2018-01-01").build();
        assertEquals(0, r.exitCode());
        assertEquals("""
                content/reviews/missing.md:2:1: warning: no link to the full text of this evidence review
                  hint: add extra.original_url (its address on the programme's website), a doi:, or an attachment of kind full-report; or extra.full_text_note saying why there is none
                """, DiagnosticFormat.text(r.diagnostics()));
    }

    @Test
    void anOriginalAddressADoiOrANoteIsEnough() {
        BuildResult r = site().build();
        assertEquals(0, r.diagnostics().size(), DiagnosticFormat.text(r.diagnostics()));
        assertEquals(0, r.exitCode());
    }

    /** {@code hub new} leaves a place for the address in a full_text type's file, and the check asks for it until it is filled in. */
    @Test
    void aScaffoldAsksForTheAddress() throws Exception {
        Path dir = site().write();
        String config = dir.resolve("site-config.yml").toString();
        Cli made = Cli.run("new", "review", "A new review", "--config", config, "--date", "2020-02-02");
        assertEquals(0, made.exitCode(), made.err());
        Path file = dir.resolve("content/reviews/a-new-review.md");
        assertTrue(Files.readString(file).contains("extra:\n  original_url: \"\""), Files.readString(file));
        Cli check = Cli.run("check", "--config", config, "--today", "2026-01-01");
        assertTrue(check.err().contains("a-new-review.md:2:1: warning: no link to the full text of this evidence review"), check.err());
        Files.writeString(file, Files.readString(file).replace("original_url: \"\"", "original_url: \"http://old.example.org/a-new-review/\""));
        assertFalse(Cli.run("check", "--config", config, "--today", "2026-01-01").err().contains("no link to the full text"));
    }
}
