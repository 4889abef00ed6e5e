package hub.markdown;

import hub.build.BuildResult;
import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * resources/markdown/*.spec.md, in the style of Flexmark's spec files: each example is Markdown,
 * a line with a single '.', and the expected body HTML, between fences of '~~~~~ example' and '~~~~~'.
 * Each example is rendered as the body of briefings/example.md in a copy of the basic fixture site.
 */
class MarkdownSpecTest {
    @TempDir
    Path tmp;

    record Example(String file, int line, String markdown, String html) {
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Sites.resource("markdown"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".spec.md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).equals("~~~~~ example")) continue;
                    int start = i + 1, dot = start;
                    while (!lines.get(dot).equals(".")) dot++;
                    int end = dot + 1;
                    while (!lines.get(end).equals("~~~~~")) end++;
                    examples.add(new Example(f.getFileName().toString(), start, String.join("\n", lines.subList(start, dot)),
                            String.join("\n", lines.subList(dot + 1, end))));
                    i = end;
                }
            }
        }
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + ":" + e.line(), () -> {
            Path site = tmp.resolve(e.file() + "-" + e.line());
            Sites.copyTree(Sites.resource("sites/basic"), site);
            Sites.deleteTree(site.resolve("expected"));
            Files.writeString(site.resolve("content/briefings/example.md"),
                    "---\ntitle: Example\ndate: 2018-01-01\nsummary: An example.\n---\n" + e.markdown() + "\n");
            BuildResult r = Sites.buildInMemory(site);
            assertEquals(0, r.exitCode(), () -> hub.diagnostic.DiagnosticFormat.text(r.diagnostics()));
            var doc = r.site().rendered().get("briefing/example");
            StringBuilder actual = new StringBuilder(doc.html().strip());
            for (var n : doc.footnotes()) {
                actual.append("\n[note ").append(n.number()).append(" #").append(n.id()).append(" backrefs ").append(n.backrefs())
                        .append(n.citesKey() == null ? "" : " cites " + n.citesKey()).append("] ").append(n.html());
            }
            assertEquals(e.html().strip(), actual.toString(), () -> Golden.diff(e.html().strip(), actual.toString()));
        }));
    }
}
