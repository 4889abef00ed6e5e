package hub.render.cite;

import java.util.List;

/**
 * A publication in RIS, the tagged format EndNote, Zotero, Mendeley and most library systems import. Each line
 * is a two-letter tag, two spaces, a hyphen, a space and the value, ended by CR LF as the specification asks; a
 * value is one line (line breaks and control characters become spaces) and a record ends with {@code ER  - }.
 * Authors are "Family, Given", an organisation as written.
 */
public final class Ris {
    private Ris() {
    }

    /** The reference type: RIS has no event type, so an event is GEN (generic); a talk or webinar is SLIDE, as Zotero maps presentations. */
    static String type(Publication p) {
        return switch (p.genre()) {
            case REPORT -> "RPRT";
            case ARTICLE -> "JOUR";
            case CHAPTER -> "CHAP";
            case BOOK -> "BOOK";
            case POST -> "BLOG";
            case SPEECH -> "SLIDE";
            case EVENT -> "GEN";
            case WEBPAGE -> "ELEC";
        };
    }

    public static String record(Publication p) {
        StringBuilder sb = new StringBuilder();
        line(sb, "TY", type(p));
        line(sb, "ID", p.key());
        line(sb, "TI", p.title());
        for (Author a : p.authors()) line(sb, "AU", a.literal() ? a.family() : a.family() + ", " + a.given());
        line(sb, "PY", String.valueOf(p.date().getYear()));
        // DA is YYYY/MM/DD/other-info; a part that is not known is left empty.
        String[] parts = p.slashDate().split("/");
        line(sb, "DA", String.join("/", parts) + "/".repeat(4 - parts.length));
        if (p.publisher() != null) line(sb, p.genre() == hub.model.Genre.POST ? "T2" : "PB", p.publisher());
        if (p.typeLabel() != null) line(sb, "M3", p.typeLabel());
        if (p.doi() != null) line(sb, "DO", p.doi());
        if (p.isbn() != null) line(sb, "SN", p.isbn());
        line(sb, "UR", p.url());
        if (p.summary() != null) line(sb, "AB", p.summary());
        if (p.language() != null) line(sb, "LA", p.language());
        sb.append("ER  - \r\n");
        return sb.toString();
    }

    /** Records one after another (a blank line between them, which RIS readers skip). */
    public static String records(List<Publication> publications) {
        StringBuilder sb = new StringBuilder();
        for (Publication p : publications) {
            if (sb.length() > 0) sb.append("\r\n");
            sb.append(record(p));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String tag, String value) {
        sb.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
    }

    /** {@code s} on one line: every run of line breaks, tabs and other control characters (and spaces) is one space. */
    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
