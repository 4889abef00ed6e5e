package hub.diagnostic;

import hub.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticFormatTest {
    @Test
    void printsFiftyThenCountsTheRest() {
        Diagnostics d = new Diagnostics();
        for (int i = 1; i <= 60; i++) d.error(new SourceRef("content/a.md", i, 2), "problem " + i, null);
        String text = DiagnosticFormat.text(d.sorted());
        assertEquals(51, text.lines().count());
        assertTrue(text.startsWith("content/a.md:1:2: error: problem 1\n"), text);
        assertTrue(text.endsWith("... and 10 more\n"), text);
    }

    @Test
    void sortsByFileLineAndColumn() {
        Diagnostics d = new Diagnostics();
        d.error(new SourceRef("content/b.md", 1, 1), "b", null);
        d.error(new SourceRef("content/a.md", 10, 1), "a10", null);
        d.error(new SourceRef("content/a.md", 2, 5), "a2", "a hint");
        List<String> lines = new ArrayList<>(DiagnosticFormat.text(d.sorted()).lines().toList());
        assertEquals(List.of("content/a.md:2:5: error: a2", "  hint: a hint", "content/a.md:10:1: error: a10", "content/b.md:1:1: error: b"), lines);
    }

    @Test
    void githubAnnotationsEscapeTheirData() {
        String s = DiagnosticFormat.github(List.of(Diagnostic.error(new SourceRef("content/a,b.md", 3, 4), "100% wrong\nreally", "fix")));
        assertEquals("::error file=content/a%2Cb.md,line=3,col=4::100%25 wrong%0Areally (hint: fix)\n", s);
    }

    @Test
    void suggestFindsTheNearestAndFallsBackToTheList() {
        assertEquals("did you mean 'participation'?", Suggest.hint("particpation", List.of("participation", "prevention")));
        assertEquals("valid choices: a, b", Suggest.hint("zzzzzzzz", List.of("b", "a")));
    }
}
