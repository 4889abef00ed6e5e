package hub.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A content type's permalink pattern ({@code /posts/{year}/{month}/{day}/{slug}/}) and how a document's address is
 * made from it. The placeholders are a closed set: an unknown one is a configuration error (it used to be published
 * as a literal folder named {@code {day}}).
 */
public final class Permalink {
    /** Every placeholder a pattern may use, in the order a hint lists them. */
    public static final List<String> PLACEHOLDERS = List.of("year", "month", "day", "slug", "type", "section");
    /** The placeholders that make two documents of one type and slug land at different addresses. */
    private static final List<String> DATED = List.of("year", "month", "day");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Permalink() {
    }

    /** The placeholders {@code pattern} uses that are not {@link #PLACEHOLDERS}, in order. */
    public static List<String> unknownPlaceholders(String pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) if (!PLACEHOLDERS.contains(m.group(1))) out.add(m.group(1));
        return out;
    }

    /** Whether two documents with one type and slug can have different addresses under {@code pattern} (it has a date in it). */
    public static boolean isDated(String pattern) {
        for (String p : DATED) if (pattern.contains("{" + p + "}")) return true;
        return false;
    }

    /**
     * The site path (as {@link UrlIndex#normalise} writes it) of a publication of {@code type} with this slug and date,
     * in language {@code lang} (null: the site's).
     * {@code {section}} is the type's folder, as Hugo names the first folder under content/.
     */
    public static String expand(ContentType type, String slug, LocalDate date, String lang) {
        String p = type.permalink()
                .replace("{slug}", slug)
                .replace("{year}", String.valueOf(date.getYear()))
                .replace("{month}", String.format("%02d", date.getMonthValue()))
                .replace("{day}", String.format("%02d", date.getDayOfMonth()))
                .replace("{type}", type.id())
                .replace("{section}", type.folder());
        // A document in another language lives under its language's folder: /fr/posts/hello/ beside /posts/hello/.
        if (lang != null) p = "/" + lang.toLowerCase(java.util.Locale.ROOT) + (p.startsWith("/") ? p : "/" + p);
        return UrlIndex.normalise(p);
    }
}
