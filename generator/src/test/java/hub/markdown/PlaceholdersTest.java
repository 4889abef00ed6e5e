package hub.markdown;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Diagnostics;
import hub.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A line starting "TODO:" is a warning at its line. The lines are found by searching for the mark, and must be those
 * that reading the body line by line finds (the way it was done before, kept here as the reference).
 */
class PlaceholdersTest {
    @Test
    void theWarningsAreThoseOfReadingLineByLine() {
        String[] pieces = {"TODO:", "TODO", "TODO: write the summary", "\n", "\n\n", "x", " ", "TODO:TODO:", "todo:",
                "A sentence that is long enough to be cut at sixty characters when it follows the mark. "};
        Random random = new Random(3);
        int warned = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) sb.append(pieces[random.nextInt(pieces.length)]);
            String body = sb.toString();
            Diagnostics got = new Diagnostics();
            DocumentRenderer.placeholders(body, "content/a.md", 7, got);
            List<Diagnostic> want = lineByLine(body, "content/a.md", 7);
            assertEquals(want, got.sorted(), () -> "body " + body.replace("\n", "\\n"));
            warned += want.size();
        }
        assertEquals(true, warned > 1000, "the random bodies hold placeholders: " + warned);
    }

    private static List<Diagnostic> lineByLine(String body, String path, int bodyLine) {
        Diagnostics d = new Diagnostics();
        int line = 0;
        for (int from = 0; from <= body.length(); line++) {
            int end = body.indexOf('\n', from);
            if (end < 0) end = body.length();
            if (body.startsWith("TODO:", from)) {
                d.warning(new SourceRef(path, bodyLine + line, 1), "placeholder text left in: "
                        + body.substring(from, Math.min(end, from + 60)).strip() + (end - from > 60 ? "..." : ""),
                        "replace the TODO line with the publication's text");
            }
            from = end + 1;
        }
        return new ArrayList<>(d.sorted());
    }
}
