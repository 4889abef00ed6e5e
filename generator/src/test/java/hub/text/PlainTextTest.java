package hub.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PlainTextTest {
    @Test
    void textDropsTagsDecodesReferencesAndNormalisesSpace() {
        assertEquals("Fife \u2019s & Angus", PlainText.of("<p>Fife  &rsquo;s &amp;\tAngus</p>"));
        assertEquals("a <b", PlainText.of("a <b"));
        assertEquals("&bogus; x", PlainText.of("&bogus; x"));
        // Decimal and hex numbers, every kind of name (known, unknown, a known one's prefix or capitals), an invalid code point.
        assertEquals("aAbBc&bad;d\"e<f>g'h\u2026i\u2014jk&ampx;l&AMP;m&#x;n",
                PlainText.of("<p>a&#65;b&#x42;c&bad;d&quot;e&lt;f&gt;g&apos;h&hellip;i&mdash;j&#xFFFFFFFFF;k&ampx;l&AMP;m&#x;n</p>"));
    }

    @Test
    void wordsAreCountedWithoutMakingTheText() {
        assertEquals(3, PlainText.wordsOfDocument("<p>one <em>two</em></p>", List.of("<p>three</p>")));
        assertEquals(2, PlainText.wordsOfDocument("<p>fo<b>o</b>\u2003</p>", List.of()), "a tag inside a word is a break");
        assertEquals(1, PlainText.wordsOfDocument("\u2003 x \u2003", List.of()), "stripped Unicode white space is no word");
        assertEquals(3, PlainText.wordsOfDocument("a \u2003 b", List.of()), "white space between words is one");
        assertEquals(1, PlainText.wordsOfDocument("a&#xFFFFFFFFF;b", List.of()), "an invalid reference decodes to nothing");
    }

    /** The count must equal counting the made text's words, whatever the HTML (fixed seed: the same cases each run). */
    @Test
    void theCountEqualsTheWordsOfTheText() {
        String[] pieces = {"<p>", "</p>", "<em>", "a", "word", " ", "\t", "\n", "\r", "\u000B", "\f", "\u2003", "\u00A0", "\u001F",
                "&amp;", "&nbsp;", "&#32;", "&#x2003;", "&#10;", "&rsquo;", "&bad;", "&#xZZ;", "&", "<", ">", "&#xFFFFFFFFF;"};
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            String html = piece(random, pieces);
            List<String> notes = random.nextInt(3) == 0 ? List.of(piece(random, pieces), piece(random, pieces)) : List.of();
            assertEquals(PlainText.words(PlainText.ofDocument(html, notes)), PlainText.wordsOfDocument(html, notes),
                    () -> "html " + html.replace("\n", "\\n") + " notes " + notes);
        }
    }

    /**
     * The text equals decoding first and then normalising spaces in a second pass, as the method did before it did both
     * at once (the pieces hold no bare '&' or '<', so plain replacements decode them).
     */
    @Test
    void theTextEqualsDecodingThenNormalising() {
        String[] pieces = {"<p>", "</p>", "<em>", "a", "word", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u2003", "\u00A0",
                "&amp;", "&nbsp;", "&#32;", "&#10;", "&#x9;", "&rsquo;", "&hellip;"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String html = piece(random, pieces);
            String decoded = html.replace("<p>", " ").replace("</p>", " ").replace("<em>", " ").replace("&nbsp;", " ")
                    .replace("&#32;", " ").replace("&#10;", "\n").replace("&#x9;", "\t").replace("&rsquo;", "\u2019")
                    .replace("&hellip;", "\u2026").replace("&amp;", "&");
            assertEquals(normalised(decoded), PlainText.of(html), () -> "html " + html.replace("\n", "\\n"));
        }
    }

    /** The second pass as it was: runs of spaces, tabs, \x0B, \f and \r one space, none beside a line break, ends stripped. */
    private static String normalised(String s) {
        StringBuilder sb = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && c != '\n' && (sb.length() == 0 || sb.charAt(sb.length() - 1) != '\n')) sb.append(' ');
            pendingSpace = false;
            sb.append(c);
        }
        if (pendingSpace && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append(' ');
        return sb.toString().strip();
    }

    /** Collapsing equals the regular expression it replaces, and gives back the same string when nothing changes. */
    @Test
    void collapsingSpacesEqualsTheRegularExpression() {
        String[] pieces = {"a", "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u2003", "\u00A0", "\u001F", "\u2028", "\u00e9"};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String text = piece(random, pieces);
            assertEquals(text.replaceAll("\\s+", " "), PlainText.collapseSpaces(text), () -> "text " + text.replace("\n", "\\n"));
        }
        String plain = "one two\u2003three ";
        assertSame(plain, PlainText.collapseSpaces(plain));
        assertEquals("a b ", PlainText.collapseSpaces("a \t\nb  "));
    }

    private static String piece(Random random, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        for (int j = random.nextInt(12); j > 0; j--) sb.append(pieces[random.nextInt(pieces.length)]);
        return sb.toString();
    }
}
