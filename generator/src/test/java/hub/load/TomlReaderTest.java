package hub.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The TOML a Hugo configuration is written in, as {@code hub import hugo} reads it. */
class TomlReaderTest {
    @Test
    void readsWhatHugoConfigurationsUse() throws Exception {
        Map<String, Object> m = TomlReader.read("""
                # comment
                baseURL = "https://example.org/" # trailing comment
                title = 'Literal \\n kept'
                enableEmoji = true
                paginate = 1_000
                ratio = 0.5
                published = 2019-03-04
                tags = ["a", "b",
                  "c",]
                author = { name = "Ann", "e-mail" = "ann@example.org" }
                site.params.deep = "dotted"
                note = \"\"\"
                two
                lines\"\"\"
                escaped = "tab\\there \\u00e9"

                [permalinks]
                  posts = "/:year/:slug/"
                [languages.fr]
                  languageName = "Français"
                [[menu.main]]
                  name = "Home"
                [[menu.main]]
                  name = "About"
                """);
        assertEquals("https://example.org/", m.get("baseURL"));
        assertEquals("Literal \\n kept", m.get("title"));
        assertEquals(true, m.get("enableEmoji"));
        assertEquals(1000L, m.get("paginate"));
        assertEquals(0.5, m.get("ratio"));
        assertEquals("2019-03-04", m.get("published"));
        assertEquals(List.of("a", "b", "c"), m.get("tags"));
        assertEquals(Map.of("name", "Ann", "e-mail", "ann@example.org"), m.get("author"));
        assertEquals(Map.of("params", Map.of("deep", "dotted")), m.get("site"));
        assertEquals("two\nlines", m.get("note"));
        assertEquals("tab\there é", m.get("escaped"));
        assertEquals(Map.of("posts", "/:year/:slug/"), m.get("permalinks"));
        assertEquals(Map.of("fr", Map.of("languageName", "Français")), m.get("languages"));
        assertEquals(Map.of("main", List.of(Map.of("name", "Home"), Map.of("name", "About"))), m.get("menu"));
    }

    @Test
    void problemsAreReportedAtTheirLineAndColumn() {
        TomlReader.TomlError e = assertThrows(TomlReader.TomlError.class, () -> TomlReader.read("a = 1\nb = \"open\n"));
        assertEquals(2, e.line);
        assertEquals("the string is not closed on its line", e.getMessage());
        e = assertThrows(TomlReader.TomlError.class, () -> TomlReader.read("a = 1\na = 2\n"));
        assertEquals("key 'a' is given twice", e.getMessage());
        e = assertThrows(TomlReader.TomlError.class, () -> TomlReader.read("a = " + "[".repeat(40) + "]".repeat(40)));
        assertEquals("values nested more than 32 deep", e.getMessage());
    }
}
