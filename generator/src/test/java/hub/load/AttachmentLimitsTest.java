package hub.load;

import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.memo.Hash;
import hub.memo.Hasher;
import hub.support.Pdfs;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented limits of attachments: 50 MB a file, 200,000 characters of a PDF's text; and the text memo's file. */
class AttachmentLimitsTest {
    @TempDir
    Path tmp;

    @Test
    void anAttachmentOverFiftyMegabytesIsAnErrorAtItsPath() throws Exception {
        Path dir = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("reports/big.md", "title: Big", "date: 2018-01-01", "attachments:", "  - path: data.csv", "    kind: data")
                .write();
        // A sparse file: its size is over the limit without writing 50 MB (the check reads the size before the bytes).
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("content/reports/data.csv").toFile(), "rw")) {
            f.setLength(Attachments.MAX_BYTES + 1024 * 1024);
        }
        BuildResult r = hub.support.Sites.build(dir, tmp.resolve("out/public"));
        assertEquals(1, r.exitCode());
        assertEquals(1, r.diagnostics().size(), () -> DiagnosticFormat.text(r.diagnostics()));
        var d = r.diagnostics().get(0);
        assertEquals("content/reports/big.md:5:11", d.ref().toString());
        assertEquals("attachment 'data.csv' is too large (51.0 MB; the limit is 50 MB)", d.message());
        assertEquals("compress it, split it into parts, or link to it where it is published elsewhere", d.hint());
    }

    @Test
    void aPdfsTextIsCappedAtAWordBoundary() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) paragraphs.add("Paragraph " + i + " of a long report about community planning partnerships.");
        String text = PdfText.extract(Pdfs.text("Long", paragraphs));
        assertTrue(text.length() <= PdfText.MAX_CHARS && text.length() > PdfText.MAX_CHARS - 100, "length " + text.length());
        assertTrue(text.startsWith("Long Paragraph 0 of a long report"), text.substring(0, 60));
        assertTrue(!text.endsWith(" ") && paragraphs.stream().anyMatch(p -> p.contains(text.substring(text.lastIndexOf(' ') + 1))),
                "ends with a whole word: " + text.substring(text.length() - 40));
    }

    @Test
    void theTextMemoReadsBackWhatItWroteAndNothingFromADamagedFile() throws Exception {
        Load.PdfTexts memo = new Load.PdfTexts();
        byte[] pdf = Pdfs.text("Memo", List.of("Tabs\tand back\\slashes and a line\nbreak."));
        Hash h = new Hasher().bytes(pdf, 0, pdf.length).hash();
        String text = memo.text(h, pdf);
        assertEquals(1, memo.parsed());
        byte[] written = memo.write();
        Load.PdfTexts next = Load.PdfTexts.read(written);
        assertEquals(text, next.text(h, new byte[0]), "remembered: the bytes are not parsed (these would not parse)");
        assertEquals(0, next.parsed());
        String cut = new String(written, StandardCharsets.UTF_8).replace("end\n", "");
        assertEquals(0, Load.PdfTexts.read(cut.getBytes(StandardCharsets.UTF_8)).write().length - "hub pdf text memo 1\nend\n".length(),
                "a memo cut short is empty");
    }
}
