package hub.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TOML a Hugo configuration is written in (hugo.toml, config.toml), read into maps, lists, strings, numbers and
 * booleans: tables, arrays of tables, dotted keys, basic, literal and multi-line strings, arrays and inline tables.
 * Dates are kept as their text. Only {@code hub import hugo} reads it, to map what it can into site-config.yml.
 */
final class TomlReader {
    /** A TOML problem at a line and column. */
    static final class TomlError extends Exception {
        final int line;
        final int col;

        TomlError(String message, int line, int col) {
            super(message);
            this.line = line;
            this.col = col;
        }
    }

    private static final int MAX_DEPTH = 32;
    private final String s;
    private int i;
    private int depth;

    private TomlReader(String s) {
        this.s = s;
    }

    static Map<String, Object> read(String text) throws TomlError {
        return new TomlReader(text).document();
    }

    private Map<String, Object> document() throws TomlError {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> table = root;
        while (true) {
            skipBlankLines();
            if (i >= s.length()) return root;
            if (s.charAt(i) == '[') {
                boolean array = s.startsWith("[[", i);
                i += array ? 2 : 1;
                List<String> path = keyPath();
                expect(array ? "]]" : "]");
                endOfLine();
                Map<String, Object> parent = root;
                for (int k = 0; k < path.size() - 1; k++) parent = child(parent, path.get(k));
                String last = path.get(path.size() - 1);
                if (array) {
                    Object list = parent.computeIfAbsent(last, x -> new ArrayList<>());
                    if (!(list instanceof List<?>)) throw error("'" + last + "' is not an array of tables");
                    Map<String, Object> t = new LinkedHashMap<>();
                    cast(list).add(t);
                    table = t;
                } else {
                    table = child(parent, last);
                }
                continue;
            }
            List<String> path = keyPath();
            skipSpaces();
            expect("=");
            skipSpaces();
            Object value = value();
            Map<String, Object> target = table;
            for (int k = 0; k < path.size() - 1; k++) target = child(target, path.get(k));
            if (target.put(path.get(path.size() - 1), value) != null) throw error("key '" + String.join(".", path) + "' is given twice");
            endOfLine();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> cast(Object list) {
        return (List<Object>) list;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> child(Map<String, Object> parent, String key) throws TomlError {
        Object o = parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
        if (o instanceof List<?> l && !l.isEmpty() && l.get(l.size() - 1) instanceof Map<?, ?> m) return (Map<String, Object>) m;
        if (!(o instanceof Map<?, ?>)) throw error("'" + key + "' is a value, not a table");
        return (Map<String, Object>) o;
    }

    private List<String> keyPath() throws TomlError {
        List<String> path = new ArrayList<>();
        while (true) {
            skipSpaces();
            path.add(key());
            skipSpaces();
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                continue;
            }
            return path;
        }
    }

    private String key() throws TomlError {
        if (i < s.length() && s.charAt(i) == '"') return basicString();
        if (i < s.length() && s.charAt(i) == '\'') return literalString();
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) i++;
        if (i == start) throw error("a key was expected");
        return s.substring(start, i);
    }

    private Object value() throws TomlError {
        if (i >= s.length()) throw error("a value was expected");
        char c = s.charAt(i);
        if (s.startsWith("\"\"\"", i)) return multiLine("\"\"\"", true);
        if (s.startsWith("'''", i)) return multiLine("'''", false);
        if (c == '"') return basicString();
        if (c == '\'') return literalString();
        if (c == '[') return array();
        if (c == '{') return inlineTable();
        int start = i;
        while (i < s.length() && ",]}#\n\r".indexOf(s.charAt(i)) < 0) i++;
        String word = s.substring(start, i).strip();
        i = start + s.substring(start, i).stripTrailing().length();
        if (word.equals("true")) return Boolean.TRUE;
        if (word.equals("false")) return Boolean.FALSE;
        String digits = word.replace("_", "");
        try {
            if (digits.matches("[+-]?\\d+")) return Long.parseLong(digits);
            if (digits.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw error("number '" + word + "' is out of range");
        }
        if (word.matches("\\d{4}-\\d{2}-\\d{2}([Tt ][0-9:.]+([Zz]|[+-]\\d{2}:\\d{2})?)?|\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?")) return word;
        i = start;
        throw error("a value was expected (a string in quotes, a number, true, false, [array] or {table})");
    }

    private List<Object> array() throws TomlError {
        enter();
        i++; // [
        List<Object> out = new ArrayList<>();
        while (true) {
            skipBlankLines();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                depth--;
                return out;
            }
            out.add(value());
            skipBlankLines();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            skipBlankLines();
            expect("]");
            depth--;
            return out;
        }
    }

    private Map<String, Object> inlineTable() throws TomlError {
        enter();
        i++; // {
        Map<String, Object> out = new LinkedHashMap<>();
        skipSpaces();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            depth--;
            return out;
        }
        while (true) {
            List<String> path = keyPath();
            skipSpaces();
            expect("=");
            skipSpaces();
            Map<String, Object> target = out;
            for (int k = 0; k < path.size() - 1; k++) target = child(target, path.get(k));
            target.put(path.get(path.size() - 1), value());
            skipSpaces();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            expect("}");
            depth--;
            return out;
        }
    }

    private void enter() throws TomlError {
        if (++depth > MAX_DEPTH) throw error("values nested more than " + MAX_DEPTH + " deep");
    }

    private String basicString() throws TomlError {
        i++; // "
        StringBuilder sb = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c == '\n') throw error("the string is not closed on its line");
            if (c == '\\') {
                i++;
                sb.append(escape());
                continue;
            }
            sb.append(c);
            i++;
        }
        expect("\"");
        return sb.toString();
    }

    private String escape() throws TomlError {
        if (i >= s.length()) throw error("the string is not closed");
        char e = s.charAt(i++);
        return switch (e) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'u', 'U' -> {
                int n = e == 'u' ? 4 : 8;
                if (i + n > s.length()) throw error("a \\" + e + " escape needs " + n + " hex digits");
                try {
                    int cp = Integer.parseInt(s.substring(i, i + n), 16);
                    i += n;
                    yield Character.toString(cp);
                } catch (IllegalArgumentException x) {
                    throw error("a \\" + e + " escape needs " + n + " hex digits");
                }
            }
            default -> throw error("unknown escape \\" + e);
        };
    }

    private String literalString() throws TomlError {
        int end = s.indexOf('\'', i + 1);
        int nl = s.indexOf('\n', i + 1);
        if (end < 0 || nl >= 0 && nl < end) throw error("the string is not closed on its line");
        String v = s.substring(i + 1, end);
        i = end + 1;
        return v;
    }

    private String multiLine(String quote, boolean escapes) throws TomlError {
        i += 3;
        if (s.startsWith("\r\n", i)) i += 2;
        else if (i < s.length() && s.charAt(i) == '\n') i++;
        StringBuilder sb = new StringBuilder();
        while (!s.startsWith(quote, i)) {
            if (i >= s.length()) throw error("the string is not closed");
            char c = s.charAt(i);
            if (escapes && c == '\\') {
                i++;
                if (i < s.length() && Character.isWhitespace(s.charAt(i))) { // a line-ending backslash joins lines
                    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
                } else {
                    sb.append(escape());
                }
                continue;
            }
            sb.append(c);
            i++;
        }
        i += 3;
        return sb.toString();
    }

    private void expect(String what) throws TomlError {
        if (!s.startsWith(what, i)) throw error("'" + what + "' was expected");
        i += what.length();
    }

    private void skipSpaces() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
    }

    /** Spaces, comments and line ends. */
    private void skipBlankLines() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') i++;
            else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else {
                return;
            }
        }
    }

    private void endOfLine() throws TomlError {
        skipSpaces();
        if (i < s.length() && s.charAt(i) == '#') while (i < s.length() && s.charAt(i) != '\n') i++;
        if (i < s.length() && s.charAt(i) == '\r') i++;
        if (i < s.length() && s.charAt(i) != '\n') throw error("the line goes on after its value");
    }

    private TomlError error(String message) {
        int line = 1, col = 1;
        for (int k = 0; k < Math.min(i, s.length()); k++) {
            if (s.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new TomlError(message, line, col);
    }
}
