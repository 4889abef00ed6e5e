package hub.text;

/**
 * Escaping for HTML and XML that the generator writes itself (not through Pebble's autoescaping):
 * tables of contents, citation links, formatted references, the preview's error overlay, feeds and
 * the sitemap. One escaper, so a title that shows correctly in one place shows correctly everywhere.
 *
 * <p>{@code '} is deliberately left as it is: every attribute the generator writes is double-quoted,
 * and escaping it would change the bytes of every page whose headings or titles have an apostrophe.
 */
public final class Html {
    private Html() {
    }

    /** {@code s} as HTML text or a double-quoted attribute value: {@code & < > "} become entities. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /**
     * {@code s} as XML 1.0 text or a double-quoted attribute value (feeds, the sitemap): escaped as
     * {@link #escape}, and the control characters XML 1.0 forbids (all below U+0020 except tab and
     * line feed; carriage return too, which XML would turn into a line feed anyway) are dropped.
     * {@code null} gives the empty string.
     */
    public static String escapeXml(String s) {
        return s == null ? "" : escape(s, true);
    }

    private static String escape(String s, boolean xml) {
        StringBuilder sb = null;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '&' -> rep = "&amp;";
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '"' -> rep = "&quot;";
                default -> rep = xml && c < 0x20 && c != '\n' && c != '\t' ? "" : null;
            }
            if (rep != null) {
                if (sb == null) sb = new StringBuilder(s.length() + 16);
                sb.append(s, from, i).append(rep);
                from = i + 1;
            }
        }
        return sb == null ? s : sb.append(s, from, s.length()).toString();
    }
}
