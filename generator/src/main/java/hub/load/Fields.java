package hub.load;

import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.model.SourceRef;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Typed reads of YAML values that report a diagnostic at the value's position when the type is wrong. */
final class Fields {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ][0-9:.]+(Z|[+-][0-9:]+)?");

    private final String path;
    private final Diagnostics diagnostics;

    Fields(String path, Diagnostics diagnostics) {
        this.path = path;
        this.diagnostics = diagnostics;
    }

    SourceRef at(YNode n) {
        return new SourceRef(path, n.line, n.col);
    }

    SourceRef keyRef(YNode map, String key) {
        int[] pos = map.keyPositions.get(key);
        return pos == null ? at(map) : new SourceRef(path, pos[0], pos[1]);
    }

    void error(YNode n, String message, String hint) {
        diagnostics.error(at(n), message, hint);
    }

    /** Reports keys of {@code map} that are not in {@code allowed}, each with the nearest allowed key. */
    void unknownKeys(YNode map, Collection<String> allowed, String what) {
        for (String key : map.map.keySet()) {
            if (!allowed.contains(key)) {
                diagnostics.error(keyRef(map, key), "unknown " + what + " key '" + key + "'", Suggest.hint(key, allowed));
            }
        }
    }

    String string(YNode n, String key) {
        if (n == null || n.kind == YNode.Kind.NULL) return null;
        if (!n.isScalar()) {
            error(n, "'" + key + "' must be text, not " + n.describe(), null);
            return null;
        }
        return n.text;
    }

    String requiredString(YNode map, String key, String hint) {
        YNode n = map.map.get(key);
        String s = string(n, key);
        if (s == null || s.isBlank()) {
            if (n == null) diagnostics.error(at(map).at(Math.max(1, map.line), 1), "missing required key '" + key + "'", hint);
            else error(n, "'" + key + "' must not be empty", hint);
            return null;
        }
        return s.strip();
    }

    boolean bool(YNode n, String key, boolean dflt) {
        if (n == null || n.kind == YNode.Kind.NULL) return dflt;
        if (n.isScalar() && n.typed instanceof Boolean b) return b;
        error(n, "'" + key + "' must be true or false, not '" + n.text + "'", "write " + key + ": true or " + key + ": false");
        return dflt;
    }

    int integer(YNode n, String key, int dflt) {
        if (n == null || n.kind == YNode.Kind.NULL) return dflt;
        if (n.isScalar() && n.typed instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return l.intValue();
        error(n, "'" + key + "' must be a whole number, not '" + (n.text == null ? n.describe() : n.text) + "'", null);
        return dflt;
    }

    LocalDate date(YNode n, String key) {
        if (n == null || n.kind == YNode.Kind.NULL) return null;
        String text = n.isScalar() ? n.text.strip() : null;
        String hint = "write the date as YYYY-MM-DD, e.g. " + key + ": 2018-09-01";
        if (text == null) {
            error(n, "'" + key + "' must be a date, not " + n.describe(), hint);
            return null;
        }
        var dt = ISO_DATE_TIME.matcher(text);
        if (dt.matches()) text = dt.group(1);
        if (!ISO_DATE.matcher(text).matches()) {
            error(n, "'" + key + "' is not an ISO date: '" + n.text + "'", hint);
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(n, "'" + key + "' is not a real date: '" + n.text + "'", hint);
            return null;
        }
    }

    /** A string or a list of strings, each with its position. */
    List<YNode> stringList(YNode n, String key) {
        List<YNode> out = new ArrayList<>();
        if (n == null || n.kind == YNode.Kind.NULL) return out;
        if (n.isScalar()) {
            out.add(n);
            return out;
        }
        if (n.kind != YNode.Kind.LIST) {
            error(n, "'" + key + "' must be a list or a single value, not " + n.describe(), key + ": [first, second]");
            return out;
        }
        for (YNode item : n.list) {
            if (item.isScalar() && !item.text.isBlank()) out.add(item);
            else if (item.kind != YNode.Kind.NULL) error(item, "each item of '" + key + "' must be text, not " + item.describe(), null);
        }
        return out;
    }

    Map<String, Object> map(YNode n, String key) {
        if (n == null || n.kind == YNode.Kind.NULL) return Map.of();
        if (n.kind != YNode.Kind.MAP) {
            error(n, "'" + key + "' must be a map of keys to values, not " + n.describe(), null);
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) n.plain();
        return m;
    }
}
