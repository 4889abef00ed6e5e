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

    private static final Pattern REFERENCE = Pattern.compile("&#[xX]([0-9a-fA-F]{1,8});?|&#([0-9]{1,9});?|&([a-zA-Z]+);");
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

    /**
     * The value as a browser reads it: numeric character references ({@code &#106;}, {@code &#x6A;}, with or without
     * the ';') and the named ones an address holds in practice ({@code &amp;} above all), so that
     * {@code &#x6A;avascript:} is the script address it is (left to the sanitizer), not a path on the site.
     */
    static String decode(String value) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null || m.group(2) != null) {
                int cp;
                try {
                    cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
                } catch (NumberFormatException e) {
                    cp = 0xFFFD;
                }
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
            } else {
                replacement = switch (m.group(3).toLowerCase(java.util.Locale.ROOT)) {
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "colon" -> ":";
                    case "sol" -> "/";
                    case "tab" -> "\t";
                    case "newline" -> "\n";
                    default -> m.group();
                };
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
