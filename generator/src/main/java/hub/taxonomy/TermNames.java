package hub.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/** How a written term value is compared (its id is its slug: {@link hub.text.Slug}). */
final class TermNames {
    private TermNames() {
    }

    /** Unicode-normalised, lower-case, single-spaced: "Hayley  Bennett" and "hayley bennett" compare equal. */
    static String normalise(String s) {
        return (tidyAlready(s) ? s : tidy(s)).toLowerCase(Locale.ROOT);
    }

    /** Tidy form for display: NFKC, single spaces, trimmed; case kept. */
    static String tidy(String s) {
        if (tidyAlready(s)) return s;
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether {@link #tidy} would leave {@code s} as it is, told without the normaliser and a regular expression (every
     * term of every document goes through here on each build): printable ASCII, which NFKC keeps, with single spaces
     * between words and none at either end.
     */
    static boolean tidyAlready(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) return false;
            if (c == ' ' && (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }
}
