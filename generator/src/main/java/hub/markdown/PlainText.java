package hub.markdown;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rendered HTML to plain text: tags dropped (block ends become spaces), entities decoded. */
final class PlainText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "\u2019"),
            Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201d"), Map.entry("ldquo", "\u201c"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"));

    private PlainText() {
    }

    static String of(String html) {
        String noTags = TAG.matcher(html).replaceAll(" ");
        Matcher m = ENTITY.matcher(noTags);
        StringBuilder sb = new StringBuilder(noTags.length());
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) r = codePoint(e.substring(2), 16);
            else if (e.startsWith("#")) r = codePoint(e.substring(1), 10);
            else r = NAMED.getOrDefault(e, m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    private static String codePoint(String digits, int radix) {
        try {
            return new String(Character.toChars(Integer.parseInt(digits, radix)));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
