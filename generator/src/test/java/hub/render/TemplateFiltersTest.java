package hub.render;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code plural} filter, through the engine the site is rendered with ({@link Templates}). */
class TemplateFiltersTest {
    @TempDir
    Path dir;

    private String render(String template, Map<String, Object> context, Diagnostics diagnostics) throws IOException {
        Files.writeString(dir.resolve("t.peb"), template);
        byte[] out = new Templates(dir, "templates").render("t.peb", context, "x/", diagnostics);
        return out == null ? null : new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String render(String template, Map<String, Object> context) throws IOException {
        Diagnostics d = new Diagnostics();
        String out = render(template, context, d);
        assertTrue(d.sorted().isEmpty(), () -> "no diagnostics expected: " + d.sorted());
        return out;
    }

    @Test
    void countAndWordAgree() throws IOException {
        String t = "{{ 0 | plural(\"publication\") }}|{{ 1 | plural(\"publication\") }}|{{ 2 | plural(\"publication\") }}";
        assertEquals("0 publications|1 publication|2 publications", render(t, Map.of()));
        // Numbers from the generator are Integer or Long.
        assertEquals("1 note|21 notes", render("{{ a | plural(\"note\") }}|{{ b | plural(\"note\") }}", Map.of("a", 1, "b", 21L)));
    }

    @Test
    void explicitPluralWord() throws IOException {
        String t = "{{ n | plural(\"key message\", \"key messages\") }}/{{ m | plural(\"case study\", \"case studies\") }}";
        assertEquals("1 key message/3 case studies", render(t, Map.of("n", 1, "m", 3)));
        assertEquals("2 key messages/1 case study", render(t, Map.of("n", 2, "m", 1)));
        // A plural that is not the singular + s, given by name.
        assertEquals("2 people", render("{{ 2 | plural(\"person\", plural=\"people\") }}", Map.of()));
    }

    @Test
    void wordAloneAndListsCountTheirItems() throws IOException {
        String t = "<dt>{{ authors | plural(\"Author\", number=false) }}</dt>";
        assertEquals("<dt>Author</dt>", render(t, Map.of("authors", List.of("a"))));
        assertEquals("<dt>Authors</dt>", render(t, Map.of("authors", List.of("a", "b"))));
        assertEquals("notes", render("{{ n | plural(\"note\", number=false) }}", Map.of("n", 3)));
        assertEquals("2 themes", render("{{ t | plural(\"theme\", number=true) }}", Map.of("t", Map.of("a", 1, "b", 2))));
        assertEquals("1 place", render("{{ p | plural(\"place\") }}", Map.of("p", new String[]{"Fife"})));
    }

    @Test
    void outputIsEscapedOnce() throws IOException {
        assertEquals("2 R&amp;D reports", render("{{ 2 | plural(w) }}", Map.of("w", "R&D report")));
    }

    @Test
    void misuseIsATemplateErrorAtItsLine() throws IOException {
        for (String bad : List.of("{{ \"three\" | plural(\"note\") }}", "{{ 2 | plural }}", "{{ 2 | plural(\"note\", number=\"no\") }}",
                "{{ 2.5 | plural(\"note\") }}")) {
            Diagnostics d = new Diagnostics();
            assertNull(render("line one\n" + bad, Map.of(), d), bad);
            List<Diagnostic> errors = d.sorted();
            assertEquals(1, errors.size(), bad + ": " + errors);
            assertTrue(errors.get(0).message().contains("plural"), errors.get(0).message());
            assertEquals("templates/t.peb:2:1", errors.get(0).ref().toString(), bad);
        }
    }
}
