package hub.markdown;

/**
 * How deeply a Markdown body nests its blocks, measured before Flexmark parses it: Flexmark walks nested block
 * quotes and lists recursively, and ten thousand levels overflow the stack (a crash with a thousand-line trace,
 * and one that depends on which thread rendered the document). A line's depth is the number of container markers
 * it opens ({@code >} and list markers such as {@code -}, {@code *}, {@code +}, {@code 1.}) plus its indentation
 * in steps of two spaces (how nested list items are written); the deepest line is reported at its position.
 */
final class Nesting {
    /** The deepest nesting a document may have: far beyond any real document, far below what overflows the stack. */
    static final int MAX = 100;

    private Nesting() {
    }

    /** The offset in {@code body} of the first line nested deeper than {@link #MAX}, or -1. */
    static int tooDeep(String body) {
        int n = body.length();
        for (int start = 0; start < n; ) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = n;
            if (end - start > MAX && depth(body, start, end) > MAX) return start;
            start = end + 1;
        }
        return -1;
    }

    /** A line's depth; only lines longer than {@link #MAX} characters can exceed it, so only those are measured. */
    private static int depth(String s, int i, int end) {
        int depth = 0, spaces = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ') {
                spaces++;
                i++;
            } else if (c == '\t') {
                spaces += 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
                if (i < end && s.charAt(i) == ' ') i++; // the space after '>' belongs to the marker
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(s.charAt(j))) j++;
                if (j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth + spaces / 2;
    }
}
