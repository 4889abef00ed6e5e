package hub.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugTest {
    @Test
    void lowerCaseWordsJoinedByHyphens() {
        assertEquals("hayley-bennett", Slug.of("Hayley  Bennett"));
        assertEquals("local-voices-a-new-briefing", Slug.of("Local Voices: A New Briefing"));
        assertEquals("2017-report-v2", Slug.of("2017 Report (v2)"));
        assertEquals("west-dunbartonshire", Slug.of("west_dunbartonshire"));
    }

    @Test
    void noHyphenAtEitherEndAndNoRuns() {
        assertEquals("a-b", Slug.of("  --a -- b!!  "));
        assertEquals("already-a-slug", Slug.of("already-a-slug"));
    }

    @Test
    void accentsAreDroppedNotTheLetters() {
        assertEquals("cafe-creme-aine", Slug.of("Caf\u00e9 Cr\u00e8me A\u00een\u00e9"));
        assertEquals("sinead-o-connor", Slug.of("Sin\u00e9ad O Connor"));
        assertEquals("fi", Slug.of("\ufb01"), "compatibility forms are decomposed (the fi ligature)");
    }

    @Test
    void apostrophesVanishInsteadOfSplittingTheWord() {
        assertEquals("childrens-services", Slug.of("Children's Services"));
        assertEquals("obrien", Slug.of("O\u2019Brien"));
    }

    @Test
    void otherScriptsAndSymbolsLeaveNothing() {
        assertEquals("", Slug.of("\u0391\u03b8\u03ae\u03bd\u03b1"));
        assertEquals("", Slug.of("?!"));
        assertEquals("", Slug.of(""));
        assertEquals("untitled", Slug.of("?!", "untitled"));
        assertEquals("term", Slug.of("   ", "term"));
        assertEquals("x", Slug.of("X", "term"), "the fallback is only for empty slugs");
    }

    @Test
    void shortenCutsAtAHyphen() {
        assertEquals("short", Slug.shorten("short", 10));
        assertEquals("exactly-ten", Slug.shorten("exactly-ten", 11));
        assertEquals("one-two", Slug.shorten("one-two-three", 10), "the cut-off part of 'three' goes");
        assertEquals("one-two", Slug.shorten("one-two-three", 8), "cut right after a whole word: the hyphen it ends with goes");
        assertEquals("abcdefghij", Slug.shorten("abcdefghijklmno", 10), "one long word is cut where it must be");
    }

    /** The one-pass path for ASCII text gives what the patterns give, on every kind of ASCII character and mix of them. */
    @Test
    void theAsciiPathEqualsThePatterns() {
        java.util.Random random = new java.util.Random(20261207);
        String alphabet = "aZ09 -_'.:!/\t\n\u007f" + "ABCxyz";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(Slug.viaPatterns(text), Slug.ofAscii(text), () -> "'" + text + "'");
        }
        assertEquals("childrens-services", Slug.of("Children's Services"), "the ASCII path is the one taken");
    }
}
