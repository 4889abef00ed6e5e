package hub.load;

import hub.diagnostic.DiagnosticFormat;
import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.SiteConfig;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where the front matter ends and the body begins, in files of every shape: the reader finds the closing line without
 * splitting the whole file into lines, and must give the body text and first body line that splitting gave.
 */
class FrontMatterSplitTest {
    @TempDir
    Path tmp;

    @Test
    void theBodyAndItsFirstLineAreThoseAfterTheClosingLine() {
        String fm = "title: T\ndate: 2018-01-01\nsummary: S";
        // file name -> {file text, expected body, expected first body line}
        Map<String, String[]> cases = new TreeMap<>();
        cases.put("a-plain", new String[] {"---\n" + fm + "\n---\nBody line.\n\nSecond.\n", "Body line.\n\nSecond.\n", "6"});
        cases.put("b-dots", new String[] {"---\n" + fm + "\n...\nAfter dots.", "After dots.", "6"});
        cases.put("c-no-body-line", new String[] {"---\n" + fm + "\n---", "", "6"});
        cases.put("d-empty-body", new String[] {"---\n" + fm + "\n---\n", "", "6"});
        cases.put("e-spaces", new String[] {"---  \n" + fm + "\n---\t \n\nText after a blank line.\n", "\nText after a blank line.\n", "6"});
        cases.put("f-dashes-in-yaml", new String[] {"---\ntitle: \"---\"\ndate: 2018-01-01\nsummary: S\n---\n--- not front matter\n",
                "--- not front matter\n", "6"});
        cases.put("g-crlf", new String[] {"---\r\n" + fm.replace("\n", "\r\n") + "\r\n---\r\nWindows body.\r\n", "Windows body.\n", "6"});
        SiteBuilder site = SiteBuilder.minimal(tmp.resolve("site"));
        cases.forEach((name, c) -> site.file("content/briefings/" + name + ".md", c[0]));
        Path dir = site.write();
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = Load.config(dir.resolve("site-config.yml"), diagnostics);
        Corpus corpus = Load.content(config, new Load.Options(false, false, LocalDate.of(2026, 1, 1)), diagnostics);
        assertEquals(0, diagnostics.errorCount(), () -> DiagnosticFormat.text(diagnostics.sorted()));
        Map<String, String[]> got = new TreeMap<>();
        for (Document d : corpus.documents()) {
            String name = d.ref().path().substring("content/briefings/".length()).replace(".md", "");
            got.put(name, new String[] {d.body().text(), String.valueOf(d.bodyLine()), d.title()});
        }
        assertEquals(cases.keySet(), got.keySet());
        cases.forEach((name, c) -> {
            assertEquals(c[1], got.get(name)[0], name + ": body");
            assertEquals(c[2], got.get(name)[1], name + ": first body line");
            assertEquals(name.equals("f-dashes-in-yaml") ? "---" : "T", got.get(name)[2], name + ": title");
        });
    }
}
