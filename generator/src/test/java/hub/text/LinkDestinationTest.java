package hub.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which destinations are usable URLs, and the hint for each kind that is not. */
class LinkDestinationTest {
    private static LinkDestination.Parsed ok(String destination) {
        try {
            return LinkDestination.parse(destination);
        } catch (LinkDestination.Malformed e) {
            throw new AssertionError("rejected " + destination + ": " + e.hint(), e);
        }
    }

    @Test
    void aDoubledOrLeadingParenthesis() {
        assertEquals("remove the extra parenthesis", LinkDestination.problem("(https://example.org/docs/Configuration)"));
        assertEquals("remove the extra parenthesis", LinkDestination.problem("(https://example.org/x"));
        assertEquals("remove the extra parenthesis", LinkDestination.problem("(/briefings/first/)"), "a path too: it would parse, and never be meant");
    }

    @Test
    void parenthesesInsideAUrlAreFine() {
        assertNull(LinkDestination.problem("https://en.wikipedia.org/wiki/Fife_(council_area)"));
        assertNull(LinkDestination.problem("https://example.org/x(y"), "escaped in Markdown, it is the editor's choice");
    }

    @Test
    void spaces() {
        assertEquals("write each space as %20", LinkDestination.problem("https://example.org/a b"));
        assertEquals("write each space as %20", LinkDestination.problem("../reports/the report.md"));
        assertEquals("write each space as %20", LinkDestination.problem("https://example.org/a\u00a0b"), "a no-break space too");
    }

    @Test
    void aBadPercentEscapeIsNamed() {
        assertEquals("'%zz' is not a percent escape (% and two hexadecimal digits); write a % sign as %25", LinkDestination.problem("/a%zz/"));
        assertEquals("'%2' is not a percent escape (% and two hexadecimal digits); write a % sign as %25", LinkDestination.problem("https://example.org/100%2"));
        assertEquals("'%' is not a percent escape (% and two hexadecimal digits); write a % sign as %25", LinkDestination.problem("50%"));
        assertEquals("'%zz' is not a percent escape (% and two hexadecimal digits); write a % sign as %25", LinkDestination.problem("#top%zz"));
        assertNull(LinkDestination.problem("/a%20b/"));
    }

    @Test
    void charactersAUrlCannotHoldAreNamedWithTheirEscape() {
        assertEquals("write '[' as %5B", LinkDestination.problem("https://example.org/a[1]"));
        assertEquals("write '[' as %5B", LinkDestination.problem("http://exa[mple/"));
        assertEquals("write '|' as %7C", LinkDestination.problem("https://example.org/a|b"));
        assertEquals("write '\"' as %22", LinkDestination.problem("https://example.org/\"q\""));
        assertEquals("write the control character U+0001 as %01", LinkDestination.problem("https://example.org/\u0001"));
        assertEquals("write '/' between folders, not '\\' (or %5C for a backslash itself)", LinkDestination.problem("..\\reports\\the-report.md"));
        assertEquals("a host in brackets must be an IPv6 address: http://[::1]/", LinkDestination.problem("http://[::1"));
    }

    @Test
    void aWebAddressNeedsAHost() {
        String hint = "add the host: https://example.org/path";
        assertEquals(hint, LinkDestination.problem("http://"));
        assertEquals(hint, LinkDestination.problem("https://"));
        assertEquals(hint, LinkDestination.problem("https:"));
        assertEquals(hint, LinkDestination.problem("http:///briefings/"));
        assertEquals(hint, LinkDestination.problem("https:example.org"));
        assertEquals(hint, LinkDestination.problem("//"));
        assertEquals(hint, LinkDestination.problem("https://user@:80/"));
        assertEquals("the port after ':' must be a number, not 'abc'", LinkDestination.problem("https://example.org:abc/"));
        assertEquals("'a..b' is not a valid host name", LinkDestination.problem("https://a..b/"));
    }

    @Test
    void internationalisedHostsAreComparedInTheirAsciiForm() {
        assertEquals("xn--bcher-kva.example", ok("https://bücher.example/").host());
        assertEquals("xn--bcher-kva.example", ok("https://BÜCHER.example/").host());
        assertEquals("xn--bcher-kva.example", ok("https://xn--bcher-kva.example/").host());
        assertEquals("xn--r8jz45g.jp", ok("https://例え.jp/パス?q=値#断片").host());
        assertEquals("https://例え.jp/パス?q=値#断片", ok("https://例え.jp/パス?q=値#断片").uri().toString(), "the link keeps what was written");
        assertEquals("example.org", ok("//Example.ORG/x").host());
        assertEquals("[::1]", ok("http://[::1]:8000/").host());
        assertEquals("my_site.example.org", ok("https://my_site.example.org/").host(), "browsers accept an underscore: so do links");
        assertNull(ok("../first/").host());
    }

    @Test
    void aVeryLongUrlIsFine() {
        String url = "https://example.org/" + "a".repeat(10_000) + "?q=" + "b".repeat(500);
        assertEquals("example.org", ok(url).host());
    }

    @Test
    void otherSchemesAreNotReadAsWebAddresses() {
        assertFalse(LinkDestination.isWeb("mailto:a b@example.org"));
        assertFalse(LinkDestination.isWeb("tel:+44 131"));
        assertFalse(LinkDestination.isWeb("doi:10.1000/182"));
        assertNull(LinkDestination.problem("mailto:a b@example.org"));
        assertTrue(LinkDestination.isWeb("HTTPS://example.org/"));
        assertTrue(LinkDestination.isWeb("../reports/the-report.md"));
        assertTrue(LinkDestination.isWeb("#method"));
        assertTrue(LinkDestination.isWeb("(https://example.org/)"));
    }

    @Test
    void whatMarkdownCouldNotReadAsALink() {
        assertEquals("write each space as %20", LinkDestination.unreadable("https://example.org/a b"));
        assertEquals("write each space as %20", LinkDestination.unreadable("<https://example.org/a b>"), "angle brackets allow no space here");
        assertEquals("remove the extra parenthesis", LinkDestination.unreadable("(https://example.org/x"));
        assertEquals("remove the extra parenthesis", LinkDestination.unreadable("https://example.org/x(y"));
        assertEquals("close the link's title in the same quotes: [text](url \"title\")", LinkDestination.unreadable("https://example.org/ \"A title"));
        assertEquals("close the link with ')' right after its destination", LinkDestination.unreadable("https://example.org/"));
    }

    @Test
    void messagesQuoteALongDestinationCutShort() {
        assertEquals("https://example.org/", LinkDestination.quoted("https://example.org/"));
        String quoted = LinkDestination.quoted("https://example.org/" + "a".repeat(10_000));
        assertEquals(83, quoted.length());
        assertTrue(quoted.endsWith("aaa..."), quoted);
        String emoji = "x".repeat(79) + "\ud83d\ude00" + "tail";
        assertEquals("x".repeat(79) + "...", LinkDestination.quoted(emoji), "never half a surrogate pair");
    }

    /** The scheme is found without the pattern, as the pattern finds it, on random text made of what schemes and paths are made of. */
    @Test
    void schemeEndAgreesWithThePattern() {
        java.util.Random random = new java.util.Random(20261207);
        String alphabet = "aZ09+.-:/#?@ %\u00e9";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(10);
            for (int j = 0; j < n; j++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            java.util.regex.Matcher m = LinkDestination.SCHEME.matcher(s);
            assertEquals(m.find() ? m.end() - 1 : -1, LinkDestination.schemeEnd(s), () -> "'" + s + "'");
        }
    }
}
