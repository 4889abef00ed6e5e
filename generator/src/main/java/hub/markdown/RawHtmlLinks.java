package hub.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses in a piece of raw HTML that lead somewhere: {@code href} of {@code <a>} and {@code src} of
 * {@code <img>}, each with its offset in the text, so they are checked like Markdown links (a Hugo post often
 * writes its figures as HTML). Character references in a value are decoded; anything else in the HTML is the
 * sanitizer's business.
 */
final class RawHtmlLinks {
    /** An address and the offset of its first character in the HTML. */
    record Found(String url, int offset, boolean image) {
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
    private static final Pattern TAG = Pattern.compile("(?i)<(a|img)\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)\\s([a-z][a-z0-9-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

    private RawHtmlLinks() {
    }

    static List<Found> of(String text) {
        List<Found> out = new ArrayList<>();
        // A commented-out tag is not on the page: blanked, keeping every other offset.
        StringBuilder sb = new StringBuilder(text);
        for (Matcher c = COMMENT.matcher(text); c.find(); ) for (int i = c.start(); i < c.end(); i++) sb.setCharAt(i, ' ');
        String html = sb.toString();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String wanted = tag.group(1).equalsIgnoreCase("a") ? "href" : "src";
            Matcher a = ATTRIBUTE.matcher(html).region(tag.start(), tag.end());
            while (a.find()) {
                if (!a.group(1).equalsIgnoreCase(wanted)) continue;
                int g = a.group(2) != null ? 2 : a.group(3) != null ? 3 : 4;
                out.add(new Found(decode(a.group(g).strip()), a.start(g), wanted.equals("src")));
                break;
            }
        }
        return out;
    }

    /** The few character references an address holds in practice (&amp; above all); others are left as written. */
    private static String decode(String value) {
        return value.replace("&amp;", "&").replace("&#38;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
