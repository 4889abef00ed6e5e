package hub.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the file position it was written at. Jackson's tree model forgets positions,
 * so the loader builds this small tree itself to point every diagnostic at the right line.
 * {@code line}/{@code col} are file lines (the front-matter offset already added).
 */
final class YNode {
    enum Kind { MAP, LIST, SCALAR, NULL }

    final Kind kind;
    final int line;
    final int col;
    /** For scalars: the text as written (so {@code no} stays "no", {@code 010} stays "010"). */
    final String text;
    /** For scalars: what YAML typed it as (String, Long, Double, Boolean). */
    final Object typed;
    final Map<String, YNode> map;
    final Map<String, int[]> keyPositions;
    final List<YNode> list;

    private YNode(Kind kind, int line, int col, String text, Object typed) {
        this.kind = kind;
        this.line = line;
        this.col = col;
        this.text = text;
        this.typed = typed;
        this.map = kind == Kind.MAP ? new LinkedHashMap<>() : Map.of();
        this.keyPositions = kind == Kind.MAP ? new LinkedHashMap<>() : Map.of();
        this.list = kind == Kind.LIST ? new ArrayList<>() : List.of();
    }

    static YNode map(int line, int col) {
        return new YNode(Kind.MAP, line, col, null, null);
    }

    static YNode list(int line, int col) {
        return new YNode(Kind.LIST, line, col, null, null);
    }

    static YNode scalar(int line, int col, String text, Object typed) {
        return new YNode(Kind.SCALAR, line, col, text, typed);
    }

    static YNode nil(int line, int col) {
        return new YNode(Kind.NULL, line, col, null, null);
    }

    boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** Plain Java value: Map, List, String, Long, Double, Boolean or null (for the free {@code extra} map). */
    Object plain() {
        return switch (kind) {
            case NULL -> null;
            case SCALAR -> typed instanceof String ? text : typed;
            case LIST -> list.stream().map(YNode::plain).toList();
            case MAP -> {
                Map<String, Object> m = new LinkedHashMap<>();
                map.forEach((k, v) -> m.put(k, v.plain()));
                yield m;
            }
        };
    }

    String describe() {
        return switch (kind) {
            case MAP -> "a map";
            case LIST -> "a list";
            case NULL -> "empty";
            case SCALAR -> typed instanceof String ? "text" : typed instanceof Boolean ? "true/false" : "a number";
        };
    }
}
