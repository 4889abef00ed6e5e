package hub.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/** How a written term value is compared and turned into a URL slug. */
final class TermNames {
    private TermNames() {
    }

    /** Unicode-normalised, lower-case, single-spaced: "Hayley  Bennett" and "hayley bennett" compare equal. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Tidy form for display: NFKC, single spaces, trimmed; case kept. */
    static String tidy(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    static String slug(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("'", "").replace("\u2019", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "term" : t;
    }
}
