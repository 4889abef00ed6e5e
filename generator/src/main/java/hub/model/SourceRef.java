package hub.model;

/** Where something came from: a file (relative to the site root, with forward slashes) and a 1-based line and column. */
public record SourceRef(String path, int line, int col) implements Comparable<SourceRef> {
    public static SourceRef file(String path) {
        return new SourceRef(path, 0, 0);
    }

    public SourceRef at(int line, int col) {
        return new SourceRef(path, line, col);
    }

    @Override
    public int compareTo(SourceRef o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        if (line <= 0) return path;
        return path + ":" + line + ":" + Math.max(col, 1);
    }
}
