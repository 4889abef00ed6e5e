package hub.render.cite;

import hub.model.Genre;
import hub.text.Html;
import hub.text.PlainText;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference in APA 7th edition, as the official APA style of the Citation Style Language (apa.csl, with the
 * en-GB locale) writes it for the CSL-JSON this package exports; {@code CitationRoundTripTest} renders that
 * JSON with citeproc-java and compares. So a reference copied from the page and one a reference manager
 * makes from the downloads agree. The shapes, by kind of work:
 * <pre>
 * report, chapter, book: Authors. (Year). <i>Title</i> [Type]. Publisher. DOI-or-URL
 * article:               Authors. (Year). <i>Title</i>. DOI-or-URL
 * speech, event:         Authors. (Year, Month Day). <i>Title</i> [Type]. Publisher. DOI-or-URL
 * webpage:               Authors. (Year, Month Day). <i>Title</i>. Publisher. DOI-or-URL
 * post:                  Authors. (Year, Month Day). Title. <i>Publisher</i>. DOI-or-URL
 * </pre>
 * Dates show only the parts the archive knows. As in apa.csl, the publisher is kept even when it is the author,
 * no access date is given, and a DOI replaces the URL.
 */
public final class Apa {
    private Apa() {
    }

    /** The reference as HTML: escaped text, the italic part in {@code <i>}, the DOI or URL a link. */
    public static String html(Publication p) {
        List<String> sentences = new ArrayList<>();
        String who = authors(p.authors());
        boolean titleFirst = who.isEmpty();
        String title = Html.escape(p.title());
        String italicTitle = "<i>" + title + "</i>";
        boolean bracket = switch (p.genre()) {
            case REPORT, CHAPTER, BOOK, SPEECH, EVENT -> true;
            default -> false;
        };
        String typeNote = bracket && p.typeLabel() != null ? " [" + Html.escape(p.typeLabel()) + "]" : "";
        String titlePart = (p.genre() == Genre.POST ? title : italicTitle) + typeNote;
        if (titleFirst) {
            sentences.add(p.genre() == Genre.POST ? title : italicTitle);
            sentences.add("(" + date(p) + ")");
            if (!typeNote.isEmpty()) sentences.add(typeNote.strip());
        } else {
            sentences.add(Html.escape(who));
            sentences.add("(" + date(p) + ")");
            sentences.add(titlePart);
        }
        if (p.publisher() != null && p.genre() != Genre.ARTICLE) {
            String pub = Html.escape(p.publisher());
            sentences.add(p.genre() == Genre.POST ? "<i>" + pub + "</i>" : pub);
        }
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
            if (!endsSentence(s)) sb.append('.');
        }
        String link = p.doi() != null ? p.doiUrl() : p.url();
        if (link != null) sb.append(" <a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(link)).append("</a>");
        return sb.toString();
    }

    /** The reference as plain text (what the copy button copies and a reader pastes). */
    public static String text(Publication p) {
        return PlainText.of(html(p));
    }

    /** True when the sentence already ends in a full stop, question mark or exclamation mark (ignoring closing tags). */
    private static boolean endsSentence(String s) {
        String t = s.replaceAll("(</i>)+$", "");
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!");
    }

    /**
     * APA's author list: "Family, I. I." for people, the whole name for organisations; two or more joined with
     * commas and ", &amp;" before the last; from 21 authors on, the first 19, an ellipsis and the last (unescaped).
     */
    static String authors(List<Author> authors) {
        List<String> names = authors.stream().map(a -> a.literal() ? a.family() : a.family() + ", " + a.initials()).toList();
        if (names.isEmpty()) return "";
        if (names.size() == 1) return names.get(0);
        if (names.size() >= 21) return String.join(", ", names.subList(0, 19)) + ", … " + names.get(names.size() - 1);
        return String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.get(names.size() - 1);
    }

    /** The date as APA shows it for this kind of work: the year for reports, articles and books; else as much as is known. */
    static String date(Publication p) {
        int year = p.date().getYear();
        boolean yearOnly = switch (p.genre()) {
            case REPORT, ARTICLE, CHAPTER, BOOK -> true;
            default -> false;
        };
        if (yearOnly || p.precision().equals("year")) return String.valueOf(year);
        String month = p.date().getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        if (p.precision().equals("month")) return year + ", " + month;
        return year + ", " + month + " " + p.date().getDayOfMonth();
    }
}
