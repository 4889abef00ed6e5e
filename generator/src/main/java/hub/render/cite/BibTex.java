package hub.render.cite;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * A publication as a BibTeX entry, for LaTeX with BibTeX or Biber. Values are written in braces and escaped
 * so that any title survives: TeX's special characters become commands ({@code \&}, {@code \%}...), accented
 * letters become accent commands in braces ({@code {\'e}}), which 8-bit BibTeX sorts and prints correctly,
 * and a character with no command stays as it is (UTF-8, which Biber reads). Titles are in a second pair of
 * braces, because BibTeX styles lower-case titles and these are already in sentence case with proper names
 * ("Scotland") that must keep their capitals; an organisation's name is braced too, or BibTeX would read
 * "What Works Scotland" as a person named Scotland.
 */
public final class BibTex {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    /** Combining accents and the TeX commands that put them on a letter. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"),
            Map.entry('\u0304', "="), Map.entry('\u0306', "u"), Map.entry('\u0307', "."), Map.entry('\u0308', "\""),
            Map.entry('\u030A', "r"), Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0327', "c"),
            Map.entry('\u0328', "k"));
    /** Letters and marks that are not a base letter with accents. */
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "{\\ss}"), Map.entry('ø', "{\\o}"), Map.entry('Ø', "{\\O}"), Map.entry('æ', "{\\ae}"),
            Map.entry('Æ', "{\\AE}"), Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"), Map.entry('ł', "{\\l}"),
            Map.entry('Ł', "{\\L}"), Map.entry('ı', "{\\i}"), Map.entry('\u2013', "--"), Map.entry('\u2014', "---"),
            Map.entry('\u2018', "`"), Map.entry('\u2019', "'"), Map.entry('\u201C', "``"), Map.entry('\u201D', "''"),
            Map.entry('\u00A0', "~"), Map.entry('\\', "{\\textbackslash}"), Map.entry('{', "\\{"), Map.entry('}', "\\}"),
            Map.entry('%', "\\%"), Map.entry('&', "\\&"), Map.entry('#', "\\#"), Map.entry('_', "\\_"), Map.entry('$', "\\$"),
            Map.entry('~', "{\\textasciitilde}"), Map.entry('^', "{\\textasciicircum}"));

    private BibTex() {
    }

    /** The entry type: {@code @techreport} for reports, {@code @misc} for what classic BibTeX has no type for. */
    static String entryType(Publication p) {
        return switch (p.genre()) {
            case REPORT -> "techreport";
            case ARTICLE -> "article";
            case CHAPTER -> "incollection";
            case BOOK -> "book";
            case POST, SPEECH, EVENT, WEBPAGE -> "misc";
        };
    }

    /** The entry, fields in a fixed order, ending with a line break. */
    public static String entry(Publication p) {
        StringBuilder sb = new StringBuilder("@").append(entryType(p)).append('{').append(p.key()).append(",\n");
        if (!p.authors().isEmpty()) field(sb, "author", String.join(" and ", p.authors().stream().map(BibTex::name).toList()));
        field(sb, "title", "{" + escape(p.title()) + "}");
        switch (p.genre()) {
            case REPORT -> {
                if (p.publisher() != null) field(sb, "institution", escape(p.publisher()));
                field(sb, "type", escape(p.typeLabel()));
            }
            case POST, SPEECH, EVENT, WEBPAGE -> {
                field(sb, "howpublished", escape(p.typeLabel()));
                if (p.publisher() != null) field(sb, "organization", escape(p.publisher()));
            }
            default -> {
                if (p.publisher() != null) field(sb, "publisher", escape(p.publisher()));
            }
        }
        int[] date = p.dateParts();
        field(sb, "year", String.valueOf(date[0]));
        if (date.length > 1) sb.append("  month = ").append(MONTHS[date[1] - 1]).append(",\n");
        if (p.doi() != null) field(sb, "doi", verbatim(p.doi()));
        if (p.isbn() != null) field(sb, "isbn", escape(p.isbn()));
        field(sb, "url", verbatim(p.url()));
        if (p.language() != null) field(sb, "language", escape(p.language()));
        return sb.append("}\n").toString();
    }

    /** Entries one after another, a blank line between them (a whole site's bibliography). */
    public static String bibliography(List<Publication> publications) {
        StringBuilder sb = new StringBuilder();
        for (Publication p : publications) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(entry(p));
        }
        return sb.toString();
    }

    /** A person as "Family, Given" (unambiguous whatever the particles); an organisation braced as one name. */
    static String name(Author a) {
        if (a.literal()) return "{" + escape(a.family()) + "}";
        return escape(a.family()) + ", " + escape(a.given());
    }

    private static void field(StringBuilder sb, String name, String bracedValue) {
        sb.append("  ").append(name).append(" = {").append(bracedValue).append("},\n");
    }

    /**
     * A DOI or URL as BibTeX writes it: as it is, because biblatex and url.sty read these fields verbatim (an
     * escaped {@code \_} would be printed, and break the link). Only what would end the braced value or the line
     * is percent-encoded (braces, a backslash, white space), which a URL may always be.
     */
    static String verbatim(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}' || c == '\\' || c <= 0x20 || c == 0x7F) sb.append('%').append(String.format("%02X", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    /**
     * {@code s} as the text of a braced BibTeX value: special characters as commands, accented letters as accent
     * commands in braces ({@code É} is {@code {\'E}}), control characters and line breaks as spaces.
     */
    public static String escape(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length() + 8);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int marks = i + 1;
            while (marks < d.length() && ACCENTS.containsKey(d.charAt(marks))) marks++;
            if (marks > i + 1 && c < 0x80 && Character.isLetter(c)) { // accent commands are for Latin letters
                // Accents apply innermost first: "ệ" (e, dot below, circumflex) would be {\^{\d e}}; here one level per mark.
                String letter = c == 'i' ? "\\i" : c == 'j' ? "\\j" : String.valueOf(c);
                StringBuilder acc = new StringBuilder(letter);
                for (int m = i + 1; m < marks; m++) {
                    String cmd = ACCENTS.get(d.charAt(m));
                    boolean word = Character.isLetter(cmd.charAt(0));
                    acc = new StringBuilder("\\" + cmd + (word || acc.length() > 1 ? "{" + acc + "}" : acc));
                }
                sb.append('{').append(acc).append('}');
                i = marks - 1;
            } else if (SPECIAL.containsKey(c)) {
                sb.append(SPECIAL.get(c));
            } else if (c < 0x20 || c == 0x7F) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
