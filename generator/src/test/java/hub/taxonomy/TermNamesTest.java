package hub.taxonomy;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Term names compared as written: the shortcut for text already tidy must give what normalising gives. */
class TermNamesTest {
    private static String tidyByRule(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    @Test
    void tidyAndNormaliseEqualTheRuleOnRandomText() {
        Random random = new Random(20261207);
        String alphabet = "aB1  \t\n\u00a0\u00e9\ufb01\u2003\u3000.-'";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(10);
            for (int j = 0; j < n; j++) sb.append(random.nextInt(3) == 0 ? (char) random.nextInt(160) : alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(tidyByRule(s), TermNames.tidy(s), () -> "tidy '" + s + "'");
            assertEquals(tidyByRule(s).toLowerCase(Locale.ROOT), TermNames.normalise(s), () -> "normalise '" + s + "'");
        }
    }

    @Test
    void onlyPrintableAsciiWithSingleInnerSpacesIsTidyAlready() {
        assertTrue(TermNames.tidyAlready("Hayley Bennett"));
        assertFalse(TermNames.tidyAlready("Hayley  Bennett"));
        assertFalse(TermNames.tidyAlready(" Hayley"));
        assertFalse(TermNames.tidyAlready("Hayley\tBennett"));
        assertFalse(TermNames.tidyAlready("Caf\u00e9"));
        assertEquals("hayley bennett", TermNames.normalise("  Hayley \t Bennett "));
    }
}
