package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inline citations ({@code [@key]}) read "(Example 2019a)" when two works on the page would share a label, with the
 * letters in the order the page first cites them; a note that only cites shows the same letter, and the page's
 * reference list gives each work once under that label.
 */
class AuthorDateCitationsTest {
    @TempDir
    Path tmp;

    private BuildResult build() {
        Path dir = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("reports/alpha.md", "title: Alpha", "date: 2019-03-01", "authors: [Ann Example]")
                .doc("reports/beta.md", "title: Beta", "date: 2019-06-01", "authors: [Ann Example]")
                .doc("reports/gamma.md", "title: Gamma", "date: 2018-06-01", "authors: [Ann Example]")
                .doc("briefings/cites.md", "title: Cites", "date: 2020-01-01", "summary: Cites three works.")
                .body("First [@beta], then [@alpha; @gamma, p. 4].[^1]\n\n[^1]: [@beta]\n")
                .doc("briefings/one.md", "title: One", "date: 2020-01-01", "summary: Cites one work.")
                .body("Only [@alpha].\n")
                .write();
        Sites.useRepositoryTheme(dir);
        BuildResult r = Sites.buildInMemory(dir);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        return r;
    }

    private static String page(BuildResult r, String path) {
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void worksThatWouldShareALabelGetLettersInTheOrderFirstCited() {
        String html = page(build(), "briefings/cites/index.html");
        assertTrue(html.contains("First <span class=\"citation\">(<a href=\"/reports/2019/beta/\">Example 2019a</a>)</span>"), html);
        assertTrue(html.contains("then <span class=\"citation\">(<a href=\"/reports/2019/alpha/\">Example 2019b</a>; "
                + "<a href=\"/reports/2018/gamma/\">Example 2018</a>, p. 4)</span>"), html);
        // The note that only cites Beta is its formatted reference, with the same letter.
        assertTrue(html.contains("Ann Example (2019a) <a href=\"/reports/2019/beta/\"><cite>Beta</cite></a>"), html);
    }

    @Test
    void theReferenceListGivesEachWorkOnceUnderItsLabel() {
        String html = page(build(), "briefings/cites/index.html");
        int start = html.indexOf("<h2 id=\"hub-references\">References</h2>");
        assertTrue(start > 0, html);
        String list = html.substring(start, html.indexOf("</section>", start));
        assertEquals("""
                <h2 id="hub-references">References</h2>
                <ul>
                <li>Ann Example (2018) <a href="/reports/2018/gamma/"><cite>Gamma</cite></a>. <span class="ref-type">Report</span>.</li>
                <li>Ann Example (2019a) <a href="/reports/2019/beta/"><cite>Beta</cite></a>. <span class="ref-type">Report</span>.</li>
                <li>Ann Example (2019b) <a href="/reports/2019/alpha/"><cite>Alpha</cite></a>. <span class="ref-type">Report</span>.</li>
                </ul>
                """, list);
    }

    @Test
    void aPageCitingOneOfThemNeedsNoLetter() {
        String html = page(build(), "briefings/one/index.html");
        assertTrue(html.contains("Only <span class=\"citation\">(<a href=\"/reports/2019/alpha/\">Example 2019</a>)</span>"), html);
        assertTrue(html.contains("<li>Ann Example (2019) <a href=\"/reports/2019/alpha/\"><cite>Alpha</cite></a>"), html);
    }
}
