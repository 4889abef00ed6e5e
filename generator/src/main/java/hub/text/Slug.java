package hub.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way text becomes a URL slug: a document's file name, a written term ("Hayley Bennett" to
 * {@code hayley-bennett}), the title {@code hub new} names a file after, and the hint for a bad
 * {@code slug:}. Accents are dropped ({@code é} to {@code e}), apostrophes vanish ({@code children's}
 * to {@code childrens}, not {@code children-s}), every other run of characters that are not ASCII
 * letters or digits becomes one {@code -}, and the result is lower case with no {@code -} at either end.
 */
public final class Slug {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    private Slug() {
    }

    /** The slug of {@code text}; the empty string when it has no letter or digit. */
    public static String of(String text) {
        return isAscii(text) ? ofAscii(text) : viaPatterns(text);
    }

    /**
     * {@link #viaPatterns} for ASCII text in one pass: decomposition leaves ASCII as it is and it has no marks, so what
     * is left is lower case, apostrophes dropped, runs of other characters as one '-', none at either end. Every
     * term and file name of a build goes through here (a preview save at 10,000 documents made 40,000 slugs).
     */
    static String ofAscii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c == '\'') continue;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && sb.length() > 0) sb.append('-');
                gap = false;
                sb.append(c);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }

    /** The slug by the rules as patterns: any text. */
    static String viaPatterns(String text) {
        String t = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        t = APOSTROPHES.matcher(t).replaceAll("");
        return EDGES.matcher(OTHER.matcher(t).replaceAll("-")).replaceAll("");
    }

    /** The slug of {@code text}, or {@code fallback} when that would be empty. */
    public static String of(String text, String fallback) {
        String s = of(text);
        return s.isEmpty() ? fallback : s;
    }

    /**
     * {@code slug} cut to at most {@code max} characters at a {@code -} (the part of a word that would be
     * left after the last one goes too); a slug without {@code -} in its first {@code max} is cut there.
     */
    public static String shorten(String slug, int max) {
        if (slug.length() <= max) return slug;
        String cut = slug.substring(0, max);
        int dash = cut.lastIndexOf('-');
        return dash > 0 ? cut.substring(0, dash) : cut;
    }
}
