package hub.markdown;

import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.model.Heading;
import hub.model.RenderedDocument;
import hub.support.Golden;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
 * The Markdown spec files, resources/markdown/*.spec.md, one per feature (resources/markdown/README.md describes the
 * format). Each example is the body of {@code content/briefings/example.md} in the small site of {@link #site}, checked
 * as {@code hub check} does; its expected output is compared exactly:
 * <ul>
 * <li>{@code ~~~~~ example}: Markdown, a line '.', the body's HTML (then, one line each, the contents list's entries
 * and the footnotes as the template receives them), and optionally a line '.' and the diagnostics (warnings) the
 * example must give. Without that section it must give none.</li>
 * <li>{@code ~~~~~ error}: Markdown, a line '.', and the diagnostics; the check must fail with exactly those.</li>
 * </ul>
 * Diagnostics are written as {@code hub check} prints them, with the line counted in the example's Markdown (its first
 * line is 1) instead of the file's. {@code -Dgolden.update=true} rewrites every expected section from the output (then
 * review the diff).
 */
class MarkdownSpecTest {
    @TempDir
    Path tmp;

    /** The example document's front matter; the Markdown starts on the file's line {@code FRONT_MATTER.length + 3}. */
    static final String[] FRONT_MATTER = {"title: Example", "date: 2018-01-01", "summary: An example."};
    static final int LINE_OFFSET = FRONT_MATTER.length + 2;
    static final String EXAMPLE_FILE = "content/briefings/example.md";

    /**
     * The site every example is rendered in: the minimal site (briefings, reports, people; themes, places, authors;
     * legacy host old.example.org; iframes from www.youtube-nocookie.com; a contents list from 2 headings) with two
     * publications to link to and cite, and a static file.
     */
    static SiteBuilder site(Path dir) {
        return SiteBuilder.minimal(dir)
                .doc("reports/the-report.md", "title: The report", "date: 2017-11-20", "authors: [Bob Sample]", "aliases: [/old-report/]")
                .body("## Method\n\nWe asked people.\n")
                .doc("briefings/first.md", "title: First briefing", "date: 2018-03-01", "authors: [Ann Example, Bob Sample]",
                        "summary: The first.")
                .body("First.")
                .file("static/files/data.csv", "a,b\n")
                .file("static/files/chart.png", "a picture")
                .file("static/files/photo.jpg", "a picture");
    }

    record Example(Path file, int line, String kind, String markdown, String expected, String diagnostics) {
        String name() {
            return file.getFileName() + ":" + line;
        }
    }

    private static final Pattern START = Pattern.compile("~~~~~ (example|error)");

    static List<Example> parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = START.matcher(lines.get(i));
            if (!m.matches()) {
                assertFalse(lines.get(i).startsWith("~~~~~"), file.getFileName() + ":" + (i + 1) + ": '~~~~~ example' or '~~~~~ error'");
                continue;
            }
            List<List<String>> sections = new ArrayList<>(List.of(new ArrayList<>()));
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).equals("~~~~~"); j++) {
                if (lines.get(j).equals(".")) sections.add(new ArrayList<>());
                else sections.get(sections.size() - 1).add(lines.get(j));
            }
            assertTrue(j < lines.size(), file.getFileName() + ":" + (i + 1) + ": the example is not closed by '~~~~~'");
            boolean error = m.group(1).equals("error");
            int n = sections.size();
            assertTrue(error ? n == 2 : n == 2 || n == 3, file.getFileName() + ":" + (i + 1) + ": " + n + " sections");
            String md = String.join("\n", sections.get(0));
            String second = String.join("\n", sections.get(1));
            String third = n == 3 ? String.join("\n", sections.get(2)) : "";
            out.add(error ? new Example(file, i + 2, "error", md, null, second) : new Example(file, i + 2, "example", md, second, third));
            i = j;
        }
        return out;
    }

    /** What an example gives: the HTML section (null for an error) and the diagnostics, as the spec file writes them. */
    record Output(String html, String diagnostics, int exitCode) {
    }

    Output render(Example e) {
        Path dir = tmp.resolve(e.file().getFileName() + "-" + e.line());
        // A build, not a check: a check makes no HTML.
        BuildResult r = site(dir).doc("briefings/example.md", FRONT_MATTER).body(e.markdown()).build();
        String diagnostics = relative(DiagnosticFormat.text(r.diagnostics()));
        if (r.exitCode() != 0 || r.site() == null) return new Output(null, diagnostics, r.exitCode());
        RenderedDocument doc = r.site().rendered().get("briefing/example");
        StringBuilder html = new StringBuilder(doc.html().strip());
        for (Heading h : doc.toc()) html.append("\n[toc h").append(h.level()).append(" #").append(h.id()).append("] ").append(h.text());
        for (var n : doc.footnotes()) {
            html.append("\n[note ").append(n.number()).append(" #").append(n.id()).append(" backrefs ").append(n.backrefs())
                    .append(n.citesKey() == null ? "" : " cites " + n.citesKey()).append("] ").append(n.html());
        }
        return new Output(html.toString(), diagnostics, 0);
    }

    /** The example file's diagnostics with lines counted in the example's Markdown; any other file's as they are. */
    static String relative(String diagnostics) {
        StringBuilder sb = new StringBuilder();
        Pattern at = Pattern.compile("^" + Pattern.quote(EXAMPLE_FILE) + ":(\\d+):(.*)$");
        for (String l : diagnostics.split("\n")) {
            if (l.isEmpty()) continue;
            Matcher m = at.matcher(l);
            sb.append(m.matches() ? (Integer.parseInt(m.group(1)) - LINE_OFFSET) + ":" + m.group(2) : l).append('\n');
        }
        return sb.toString().strip();
    }

    @TestFactory
    Stream<DynamicNode> examples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Sites.resourceSource("markdown"))) {
            files = s.filter(p -> p.toString().endsWith(".spec.md")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "one spec file per feature: " + files);
        List<DynamicNode> out = new ArrayList<>();
        for (Path f : files) {
            List<Example> examples = parse(f);
            assertFalse(examples.isEmpty(), f + " has no examples");
            if (Golden.updating()) update(f, examples);
            List<Example> current = parse(f);
            out.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), current.stream().map(e ->
                    DynamicTest.dynamicTest(e.name() + " " + e.kind(), () -> check(e)))));
        }
        return out.stream();
    }

    private void check(Example e) {
        Output o = render(e);
        if (e.kind().equals("error")) {
            assertEquals(1, o.exitCode(), () -> e.name() + ": the check must fail; it gave:\n" + o.diagnostics());
            assertEquals(e.diagnostics(), o.diagnostics(), () -> e.name() + ":\n" + Golden.diff(e.diagnostics(), o.diagnostics()));
            return;
        }
        assertEquals(0, o.exitCode(), () -> e.name() + ": the check failed:\n" + o.diagnostics());
        assertEquals(e.expected().strip(), o.html(), () -> e.name() + ":\n" + Golden.diff(e.expected().strip(), o.html()));
        assertEquals(e.diagnostics().strip(), o.diagnostics(), () -> e.name() + " diagnostics:\n" + Golden.diff(e.diagnostics().strip(), o.diagnostics()));
    }

    /** Rewrites the expected sections of a spec file's examples with what they give (-Dgolden.update=true). */
    private void update(Path file, List<Example> examples) throws IOException {
        Path source = Golden.sourceOf(file);
        List<String> lines = Files.readAllLines(source);
        List<String> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (next < examples.size() && i == examples.get(next).line() - 2) {
                Example e = examples.get(next++);
                Output o = render(e);
                out.add("~~~~~ " + (o.html() == null ? "error" : "example"));
                out.addAll(List.of(e.markdown().split("\n", -1)));
                out.add(".");
                if (o.html() != null) {
                    out.add(o.html());
                    if (!o.diagnostics().isEmpty()) {
                        out.add(".");
                        out.add(o.diagnostics());
                    }
                } else {
                    out.add(o.diagnostics());
                }
                out.add("~~~~~");
                while (!lines.get(i).equals("~~~~~")) i++;
            } else {
                out.add(lines.get(i));
            }
        }
        Files.writeString(source, String.join("\n", out) + "\n");
    }
}
