package hub.render.cite;

import hub.text.Json;

import java.util.List;
import java.util.Map;

/**
 * Maps, lists, strings and numbers as indented JSON (two spaces; keys in the maps' order, so the bytes are the
 * same on every build). Strings are quoted by {@link Json#quote}, the site's one JSON string writer.
 */
final class JsonText {
    private JsonText() {
    }

    static String of(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, "");
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, String indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            Json.string(sb, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (var e : m.entrySet()) {
                sb.append(indent).append("  ");
                Json.string(sb, (String) e.getKey());
                sb.append(": ");
                write(sb, e.getValue(), indent + "  ");
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            // Numbers, and lists of them (CSL's date-parts: [[2018, 7]]), stay on one line.
            if (l.stream().allMatch(JsonText::numbers)) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) sb.append(", ");
                    write(sb, l.get(i), indent);
                }
                sb.append(']');
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append(indent).append("  ");
                write(sb, l.get(i), indent + "  ");
                sb.append(i < l.size() - 1 ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static boolean numbers(Object x) {
        return x instanceof Number || x instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(y -> y instanceof Number);
    }

    /**
     * JSON to put inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are written as
     * {@code \u003c}, {@code \u003e}, {@code \u0026} (the same JSON to a parser), so no text, such as a title
     * with {@code </script>} or {@code <!--} in it, can end the element or change how HTML reads it. They can
     * only occur inside strings, where the escape means the same character. (U+2028 and U+2029 are escaped by
     * {@link Json} already.)
     */
    static String forScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
