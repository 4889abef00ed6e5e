package hub.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void quotesAndEscapesWhatJsonRequires() {
        assertEquals("\"plain\"", Json.quote("plain"));
        assertEquals("\"say \\\"hi\\\" \\\\ back\"", Json.quote("say \"hi\" \\ back"));
        assertEquals("\"a\\nb\\rc\\td\"", Json.quote("a\nb\rc\td"));
        assertEquals("\"\\u0000\\u0001\\u001f\"", Json.quote("\u0000\u0001\u001f"));
        assertEquals("\"\"", Json.quote(""));
    }

    @Test
    void escapesTheLineSeparatorsJavaScriptStringsCannotHold() {
        assertEquals("\"a\\u2028b\\u2029c\"", Json.quote("a\u2028b\u2029c"));
    }

    @Test
    void writesOtherTextAsItIs() {
        assertEquals("\"caf\u00e9 \u2014 <b>&amp;</b> / '\"", Json.quote("caf\u00e9 \u2014 <b>&amp;</b> / '"), "no HTML escaping, no \\/");
        assertEquals("\"\ud83d\ude00\"", Json.quote("\ud83d\ude00"), "astral characters as UTF-16, unescaped");
    }

    @Test
    void nullIsTheJsonLiteral() {
        assertEquals("null", Json.quote(null));
    }

    @Test
    void appendsStraightIntoABuilder() {
        StringBuilder sb = new StringBuilder("[");
        Json.string(sb, "a\"b");
        Json.string(sb.append(','), "\n");
        assertEquals("[\"a\\\"b\",\"\\n\"", sb.toString());
    }
}
