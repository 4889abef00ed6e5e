package hub.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/** How a written term value is compared (its id is its slug: {@link hub.text.Slug}). */
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
}
