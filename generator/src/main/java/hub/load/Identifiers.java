package hub.load;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identifiers a publication may carry ({@code doi:} and {@code isbn:}), checked where they are written so a
 * typo is an error at its line rather than a dead link in every citation export.
 */
final class Identifiers {
    /**
     * A DOI: the directory indicator {@code 10.}, a registrant code of at least four digits (possibly with
     * dot-separated sub-codes), a slash and a suffix of visible characters (as Crossref recommends to match DOIs).
     */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");
    /** The resolver addresses and the {@code doi:} scheme that people paste in front of a DOI; they say nothing more. */
    private static final Pattern DOI_PREFIX = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");
    private static final String DOI_FORM = "a DOI is written 10.NNNN/suffix (a registrant code of at least four digits), e.g. doi: 10.1111/hsc.12537";

    private Identifiers() {
    }

    /** A value that was accepted (normalised), or the error to report and its hint. */
    record Checked(String value, String error, String hint) {
        static Checked ok(String value) {
            return new Checked(value, null, null);
        }

        static Checked bad(String error, String hint) {
            return new Checked(null, error, hint);
        }
    }

    /**
     * {@code raw} as a bare DOI. A resolver URL ({@code https://doi.org/...}, {@code http://dx.doi.org/...}) or a
     * {@code doi:} prefix is dropped: it is the same identifier, and the exports and the page add the resolver
     * themselves. Anything else that is not {@code 10.NNNN/suffix} (no scheme, a short registrant code, spaces)
     * is an error.
     */
    static Checked doi(String raw) {
        String s = raw.strip();
        String bare = DOI_PREFIX.matcher(s).replaceFirst("");
        if (DOI.matcher(bare).matches()) return Checked.ok(bare);
        int at = s.indexOf("10.");
        String candidate = at < 0 ? null : s.substring(at);
        String hint = candidate != null && DOI.matcher(candidate).matches() ? "write doi: " + candidate : DOI_FORM;
        return Checked.bad("'" + raw + "' is not a DOI", hint);
    }

    /**
     * {@code raw} as written (an optional "ISBN" in front dropped) when it is an ISBN-10 or ISBN-13 whose check
     * digit is right; digits may be grouped with hyphens or spaces.
     */
    static Checked isbn(String raw) {
        String s = raw.strip().replaceFirst("(?i)^isbn(?:-1[03])?:?\\s*", "");
        String digits = s.replaceAll("[-\\s]", "").toUpperCase(Locale.ROOT);
        String form = "an ISBN has 10 or 13 digits, hyphens allowed, e.g. isbn: 978-1-4473-3362-3";
        if (!s.matches("[0-9Xx]+(?:[- ][0-9Xx]+)*")) return Checked.bad("'" + raw + "' is not an ISBN", form);
        if (digits.length() == 13 && digits.matches("\\d{13}")) {
            char expected = isbn13Check(digits);
            return digits.charAt(12) == expected ? Checked.ok(s)
                    : Checked.bad("the ISBN '" + raw + "' fails its checksum", "check the digits: with these first twelve the last would be " + expected);
        }
        if (digits.length() == 10 && digits.matches("\\d{9}[\\dX]")) {
            char expected = isbn10Check(digits);
            return digits.charAt(9) == expected ? Checked.ok(s)
                    : Checked.bad("the ISBN '" + raw + "' fails its checksum", "check the digits: with these first nine the last would be " + expected);
        }
        return Checked.bad("'" + raw + "' is not an ISBN (" + digits.length() + " digits)", form);
    }

    /** ISBN-13 (EAN-13): weights 1 and 3 alternately; the check digit makes the sum a multiple of 10. */
    static char isbn13Check(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** ISBN-10: weights 10 down to 2; the check digit (X for 10) makes the sum a multiple of 11. */
    static char isbn10Check(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (digits.charAt(i) - '0') * (10 - i);
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
