package hub.search;

import java.util.List;
import java.util.Map;

/** A minimal, deterministic JSON writer for the static index (Jackson belongs to the load stage). */
final class Json {
    private Json() {
    }

    static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static void write(StringBuilder sb, Object v) {
        if (v == null) sb.append("null");
        else if (v instanceof String s) string(sb, s);
        else if (v instanceof Float f) sb.append(number(f));
        else if (v instanceof Double d) sb.append(d);
        else if (v instanceof Number || v instanceof Boolean) sb.append(v);
        else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (var e : ((Map<String, Object>) m).entrySet()) {
                if (!first) sb.append(',');
                first = false;
                string(sb, e.getKey());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                write(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof int[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
            sb.append(']');
        } else throw new IllegalArgumentException(v.getClass().toString());
    }

    /**
     * A float as the shortest decimal that JavaScript reads back (parse as a double, then
     * Math.fround) as the very same float: impacts must be exact for the browser's sums to equal
     * Lucene's. Falls back to the float's exact double value in the rare case the short form would not.
     */
    static String number(float f) {
        String s = Float.toString(f);
        if ((float) Double.parseDouble(s) != f) s = Double.toString(f);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        return s;
    }

    /** A JSON string written straight into {@code sb}: the shared quoter, {@link hub.text.Json#string}. */
    static void string(StringBuilder sb, String s) {
        hub.text.Json.string(sb, s);
    }
}
