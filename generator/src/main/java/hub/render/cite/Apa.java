package hub.render.cite;

import hub.model.Genre;
import hub.text.Html;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

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
        return format(p, true);
    }

    /** The reference as plain text (what the copy button copies and a reader pastes): the same words, no markup. */
    public static String text(Publication p) {
        return format(p, false);
    }

    private static String format(Publication p, boolean html) {
        UnaryOperator<String> esc = html ? Html::escape : UnaryOperator.identity();
        UnaryOperator<String> italic = html ? x -> "<i>" + x + "</i>" : UnaryOperator.identity();
        List<String> sentences = new ArrayList<>();
        String who = authors(p.authors());
        String title = esc.apply(p.title());
        String shownTitle = p.genre() == Genre.POST ? title : italic.apply(title);
        String typeNote = hasBracketedType(p.genre()) && p.typeLabel() != null ? "[" + esc.apply(p.typeLabel()) + "]" : null;
        if (who.isEmpty()) {
            // No author: the title takes the author's place, and the type follows the date.
            sentences.add(shownTitle);
            sentences.add("(" + date(p) + ")");
            if (typeNote != null) sentences.add(typeNote);
        } else {
            sentences.add(esc.apply(who));
            sentences.add("(" + date(p) + ")");
            sentences.add(typeNote == null ? shownTitle : shownTitle + " " + typeNote);
        }
        if (p.publisher() != null && p.genre() != Genre.ARTICLE) {
            String pub = esc.apply(p.publisher());
            sentences.add(p.genre() == Genre.POST ? italic.apply(pub) : pub);
        }
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
            if (!endsSentence(s)) sb.append('.');
        }
        String link = p.doi() != null ? p.doiUrl() : p.url();
        if (link != null) {
            sb.append(' ').append(html ? "<a href=\"" + esc.apply(link) + "\">" + esc.apply(link) + "</a>" : link);
        }
        return sb.toString();
    }

    /** The kinds of work whose APA reference describes them in brackets after the title ("[Research report]"). */
    static boolean hasBracketedType(Genre g) {
        return switch (g) {
            case REPORT, CHAPTER, BOOK, SPEECH, EVENT -> true;
            default -> false;
        };
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
