package hub.build;

import com.fasterxml.jackson.databind.JsonNode;
import hub.diagnostic.DiagnosticFormat;
import hub.search.Client;
import hub.support.Cli;
import hub.support.Pdfs;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attachments end to end, on a small site with the repository's theme: a report attaches a PDF beside its Markdown
 * and a CSV under static/. The PDF is copied beside the page, both are linked with kind, format and size, the full
 * report is the page's citation_pdf_url, a word only the PDF holds is found by hub search and by the browser
 * client (each saying "in the PDF"), and an unchanged PDF is not parsed again by the next build.
 */
class AttachmentsTest {
    /** A word in the PDF and nowhere else in the site. */
    private static final String PDF_ONLY = "zymurgy";

    @TempDir
    Path tmp;

    private Path site(byte[] pdf) throws Exception {
        Path dir = tmp.resolve("site");
        SiteBuilder.minimal(dir)
                .doc("reports/brewing.md", "title: Brewing evidence", "date: 2018-03-01", "summary: What local brewers told us.",
                        "attachments:", "  - path: full-report.pdf", "    title: The full report", "    kind: full-report",
                        "  - path: /files/survey.csv", "    title: Survey answers", "    kind: data",
                        "  - path: slides & notes.txt", "    title: <Slides> & \"notes\"", "    kind: slides")
                .body("The report asked brewers about fermentation and community.")
                .doc("briefings/other.md", "title: Another briefing", "date: 2018-02-01", "summary: Nothing about the PDF's word.")
                .body("Fermentation is mentioned here too.")
                .file("static/files/survey.csv", "answer\nyes\n")
                .file("content/reports/notes.txt", "a stray file nobody attaches")
                .file("content/reports/slides & notes.txt", "slides")
                .write();
        // The repository's theme, which shows attachments (the fixture templates SiteBuilder starts from do not).
        Sites.useRepositoryTheme(dir);
        Files.write(dir.resolve("content/reports/full-report.pdf"), pdf);
        return dir;
    }

    private static byte[] report(String extra) {
        return Pdfs.text("Brewing evidence: full report", List.of("Brewers described " + PDF_ONLY + " as the heart of their craft.", extra));
    }

    @Test
    void thePageLinksEachAttachmentWithKindFormatAndSizeAndThePdfIsCopiedBesideIt() throws Exception {
        byte[] pdf = report("First edition.");
        Path dir = site(pdf);
        Path out = tmp.resolve("out/public");
        BuildResult r = Sites.build(dir, out);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve("reports/2018/brewing/full-report.pdf")), "copied beside the page, as it is");
        assertFalse(Files.exists(out.resolve("reports/2018/brewing/survey.csv")), "a static file is published where static/ puts it, once");
        assertTrue(Files.exists(out.resolve("files/survey.csv")));
        String page = Files.readString(out.resolve("reports/2018/brewing/index.html"));
        String size = hub.model.Attachment.humanSize(pdf.length);
        assertTrue(page.contains("<li><a href=\"/reports/2018/brewing/full-report.pdf\">The full report</a> <span class=\"attachment-meta\">Full report, PDF, "
                + size + "</span></li>"), page);
        assertTrue(page.contains("<li><a href=\"/files/survey.csv\">Survey answers</a> <span class=\"attachment-meta\">Data, CSV, 11 bytes</span></li>"), page);
        // A file name is percent-encoded in the address and a title escaped in the text.
        assertTrue(page.contains("<li><a href=\"/reports/2018/brewing/slides%20%26%20notes.txt\">&lt;Slides&gt; &amp; &quot;notes&quot;</a>"
                + " <span class=\"attachment-meta\">Slides, TXT, 6 bytes</span></li>"), page);
        assertTrue(Files.exists(out.resolve("reports/2018/brewing/slides & notes.txt")));
        assertTrue(page.contains("<meta name=\"citation_pdf_url\" content=\"https://fixture.example/reports/2018/brewing/full-report.pdf\">"), page);
        assertFalse(Files.readString(out.resolve("briefings/other/index.html")).contains("citation_pdf_url"), "no PDF, no tag");
        // The stray file still warns; the attached PDF does not.
        String warnings = DiagnosticFormat.text(r.diagnostics());
        assertTrue(warnings.contains("content/reports/notes.txt: warning: not a Markdown file, so it is not published"), warnings);
        assertFalse(warnings.contains("full-report.pdf"), warnings);
    }

    @Test
    void aWordOnlyThePdfHoldsIsFoundByHubSearchAndTheBrowserClientInThePdf() throws Exception {
        Path dir = site(report("Nothing else."));
        Path out = tmp.resolve("out/public");
        assertEquals(0, Sites.build(dir, out).exitCode());

        Cli cli = Cli.run("search", PDF_ONLY, "--json", "--out", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode hits = Client.JSON.readTree(cli.out());
        JsonNode list = hits.isArray() ? hits : hits.get("hits");
        assertEquals(1, list.size(), cli.out());
        assertEquals("report/brewing", list.get(0).get("key").asText(), cli.out());
        String excerpt = list.get(0).get("excerpt").asText();
        assertTrue(excerpt.startsWith("in the PDF: ") && excerpt.contains("<b>" + PDF_ONLY + "</b>"), excerpt);

        JsonNode browser = Client.search(out, tmp, List.of(Client.Query.of(PDF_ONLY), Client.Query.of("fermentation"))).get(0);
        assertEquals(List.of("report/brewing"), Client.strings(browser.get("keys")));
        String clientExcerpt = browser.get("excerpts").get(0).asText();
        assertTrue(clientExcerpt.startsWith("in the PDF: ") && clientExcerpt.contains("<mark>" + PDF_ONLY + "</mark>"), clientExcerpt);
        // A word of the page itself is excerpted from the page, without the note.
        JsonNode page = Client.search(out, tmp, List.of(Client.Query.of("fermentation"))).get(0);
        for (JsonNode e : page.get("excerpts")) assertFalse(e.asText().startsWith("in the PDF"), e.asText());
    }

    @Test
    void anUnchangedPdfIsNotParsedAgainAndAChangedOneIs() throws Exception {
        Path dir = site(report("First edition."));
        Path out = tmp.resolve("out/public");
        BuildResult first = Sites.build(dir, out);
        assertEquals(0, first.exitCode(), () -> DiagnosticFormat.text(first.diagnostics()));
        assertEquals(1, first.stats().get("pdf_parsed"));
        Files.writeString(dir.resolve("content/reports/brewing.md"), Files.readString(dir.resolve("content/reports/brewing.md")) + "\nA new line.\n");
        BuildResult second = Sites.build(dir, out);
        assertEquals(0, second.exitCode());
        assertEquals(0, second.stats().get("pdf_parsed"), "the text comes from the work folder's memo");
        Files.write(dir.resolve("content/reports/full-report.pdf"), report("Second edition, with " + "hopscotch" + "."));
        BuildResult third = Sites.build(dir, out);
        assertEquals(1, third.stats().get("pdf_parsed"));
        Cli cli = Cli.run("search", "hopscotch", "--json", "--out", out.toString());
        assertTrue(cli.out().contains("report/brewing"), "the new text is indexed: " + cli.out());
        assertTrue(new String(Files.readAllBytes(out.resolveSibling(".hub").resolve("cache/pdf-text.tsv")), StandardCharsets.UTF_8).contains("hopscotch"));
    }

    @Test
    void thePreviewReadsADocumentAgainWhenTheWatcherSaysItsPdfChanged() throws Exception {
        Path dir = site(report("First edition."));
        BuildState state = new BuildState();
        BuildOptions preview = new BuildOptions(dir.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        BuildResult first = Build.run(preview.withState(state, false));
        assertEquals(0, first.exitCode(), () -> DiagnosticFormat.text(first.diagnostics()));
        Path pdf = dir.resolve("content/reports/full-report.pdf");
        Files.write(pdf, report("Second edition, with hopscotch."));
        state.changed(pdf.toAbsolutePath().normalize()); // what the watcher does
        state.changesComplete();
        BuildResult again = Build.run(preview.withState(state, false));
        assertEquals(0, again.exitCode(), () -> DiagnosticFormat.text(again.diagnostics()));
        String text = again.site().corpus().publications().stream().filter(d -> d.key().equals("report/brewing")).findFirst().orElseThrow()
                .attachments().get(0).text();
        assertTrue(text.contains("hopscotch"), text);
        BuildResult clean = Build.run(preview);
        assertArrayEquals(clean.files().get("reports/2018/brewing/index.html"), again.files().get("reports/2018/brewing/index.html"),
                "the page (the PDF's size) is what a clean build makes");
    }
}
