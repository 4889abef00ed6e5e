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
        String p = fill(type, slug, date);
        // A document in another language lives under its language's folder: /fr/posts/hello/ beside /posts/hello/.
        if (lang != null) p = "/" + lang.toLowerCase(java.util.Locale.ROOT) + (p.startsWith("/") ? p : "/" + p);
        return UrlIndex.normalise(p);
    }

    /**
     * The pattern with its placeholders filled in one pass (every document's address is made so on each build: two
     * {@code String.format}s and six replacements made a tenth of a preview save's garbage). A slug, type or folder with
     * a brace in it takes {@link #filledByReplacing}, whose later replacements also see what earlier ones put in.
     */
    static String fill(ContentType type, String slug, LocalDate date) {
        String pattern = type.permalink();
        if (braced(slug) || braced(type.id()) || braced(type.folder())) return filledByReplacing(type, slug, date);
        StringBuilder out = new StringBuilder(pattern.length() + slug.length() + 8);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            String value = close < 0 ? null : switch (pattern.substring(i + 1, close)) {
                case "slug" -> slug;
                case "year" -> String.valueOf(date.getYear());
                case "month" -> twoDigits(date.getMonthValue());
                case "day" -> twoDigits(date.getDayOfMonth());
                case "type" -> type.id();
                case "section" -> type.folder();
                default -> null;
            };
            if (value == null) {
                out.append(c);
                i++;
            } else {
                out.append(value);
                i = close + 1;
            }
        }
        return out.toString();
    }

    private static boolean braced(String s) {
        return s.indexOf('{') >= 0 || s.indexOf('}') >= 0;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** {@link #fill} as a chain of replacements, in the order they were always made. */
    static String filledByReplacing(ContentType type, String slug, LocalDate date) {
        return type.permalink()
                .replace("{slug}", slug)
                .replace("{year}", String.valueOf(date.getYear()))
                .replace("{month}", String.format("%02d", date.getMonthValue()))
                .replace("{day}", String.format("%02d", date.getDayOfMonth()))
                .replace("{type}", type.id())
                .replace("{section}", type.folder());
    }
}
