package hub.text;

import java.util.Locale;

/**
 * JSON string literals, for every JSON the generator writes by hand: the static search index (whose
 * bytes the golden files and the browser client's parity test pin), diagnostics as JSON, and
 * {@code hub search --json}. Escapes {@code " \ } and control characters, plus U+2028 and U+2029
 * (legal in JSON, not in older JavaScript string literals); everything else is written as it is (UTF-8).
 */
public final class Json {
    private Json() {
    }

    /** {@code s} as a JSON string literal, quotes included; {@code null} gives the JSON literal {@code null}. */
    public static String quote(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder(s.length() + 2);
        string(sb, s);
        return sb.toString();
    }

    /** Appends {@code s} as a JSON string literal (quotes included) to {@code sb}, without copying it first. */
    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc;
            switch (c) {
                case '"' -> esc = "\\\"";
                case '\\' -> esc = "\\\\";
                case '\n' -> esc = "\\n";
                case '\r' -> esc = "\\r";
                case '\t' -> esc = "\\t";
                default -> esc = c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
            }
            if (esc != null) {
                sb.append(s, from, i).append(esc);
                from = i + 1;
            }
        }
        sb.append(s, from, s.length()).append('"');
    }
}
