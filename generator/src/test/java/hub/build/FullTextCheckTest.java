package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
