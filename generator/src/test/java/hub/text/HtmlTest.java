package hub.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlTest {
    @Test
    void escapesTheFourCharactersThatBreakTextOrADoubleQuotedAttribute() {
        assertEquals("Tom &amp; Jerry &lt;b&gt; say &quot;hi&quot;", Html.escape("Tom & Jerry <b> say \"hi\""));
        assertEquals("&amp;amp;", Html.escape("&amp;"), "an entity already in the text is text, so its & is escaped");
        assertEquals("&lt;&lt;&gt;&gt;&quot;&quot;&amp;&amp;", Html.escape("<<>>\"\"&&"));
    }

    @Test
    void leavesApostrophesAndEverythingElseAsItIs() {
        // Escaping ' would change every page with an apostrophe in a heading or title (checked on the archive).
        assertEquals("Scotland's \u00e9 \u2014 \t\n\u0001", Html.escape("Scotland's \u00e9 \u2014 \t\n\u0001"));
        String plain = "nothing to escape";
        assertSame(plain, Html.escape(plain), "no copy when nothing changes");
        assertEquals("", Html.escape(""));
    }

    @Test
    void xmlAlsoDropsTheControlCharactersXmlForbids() {
        assertEquals("a&amp;b&lt;c&gt;d&quot;e", Html.escapeXml("a&b<c>d\"e"));
        assertEquals("line\nnext\ttab", Html.escapeXml("line\nnext\ttab"), "tab and line feed stay");
        assertEquals("abcd", Html.escapeXml("a\u0000b\u0001c\u001fd"), "NUL, SOH and US are dropped");
        assertEquals("ab", Html.escapeXml("a\rb"), "carriage return is dropped too");
        assertEquals("\u0020 ok \u00a0", Html.escapeXml("\u0020 ok \u00a0"), "space and above are kept");
        assertEquals("", Html.escapeXml(null), "a missing value is empty");
    }

    @Test
    void htmlKeepsControlCharactersThatXmlDrops() {
        assertEquals("a\u0001b", Html.escape("a\u0001b"));
    }
}
