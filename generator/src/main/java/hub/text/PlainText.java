package hub.text;

/**
 * Rendered HTML to plain text, for search, similarity and reading time: tags dropped (each becomes a space, so block
 * ends separate words), character references decoded, runs of spaces and tabs made one space, spaces
 * next to a line break dropped, the ends stripped. One pass over the HTML (this runs over every document's HTML:
 * regular expressions made it a tenth of the Markdown stage).
 */
public final class PlainText {
    /**
     * The named references decoded, as name and text side by side, the commonest first (the HTML writer escapes
     * '&', '<', '>' and '"'): compared in place, since cutting each reference out of the page to look it up in a
     * map cost 1.4% of a build's samples.
     */
    private static final String[] NAMED = {"amp", "&", "quot", "\"", "lt", "<", "gt", ">", "apos", "'", "nbsp", " ",
            "rsquo", "\u2019", "lsquo", "\u2018", "rdquo", "\u201d", "ldquo", "\u201c", "ndash", "\u2013", "mdash", "\u2014",
            "hellip", "\u2026"};

    private PlainText() {
    }

    /**
     * A rendered document's text: its body's and then each note's, a line break between them. Made where it is
     * needed (word counts in the Markdown stage, the search stage) rather than kept: it is as large as the body.
     */
    public static String ofDocument(String html, java.util.List<String> notesHtml) {
        StringBuilder all = new StringBuilder(of(html));
        for (String n : notesHtml) all.append('\n').append(of(n));
        return all.toString();
    }

    public static String of(String html) {
        Chars chars = new Chars(html.length());
        decode(html, chars);
        return chars.text();
    }

    /**
     * The number of words in a rendered document's text, {@code words(ofDocument(html, notesHtml))}, counted as the
     * HTML is read: every build counts every document's words, and making the text first was 7% of the Markdown stage.
     */
    public static int wordsOfDocument(String html, java.util.List<String> notesHtml) {
        int words = wordsOf(html);
        // The parts are joined with line breaks, so their words never run together: the counts add up.
        for (String n : notesHtml) words += wordsOf(n);
        return words;
    }

    private static int wordsOf(String html) {
        WordCount count = new WordCount();
        decode(html, count);
        return count.words - count.sinceSolid;
    }

    /** Where {@link #decode} puts the text: a string, or a running word count. */
    private interface Sink {
        /**
         * The characters of {@code s} from {@code from} to {@code to}: a run of text between tags and references, whole
         * (an interface call per character was 4.8% of a build's samples, against 3.2%: docs/BENCHMARKS.md, sixth
         * session), or what a tag or a reference stands for.
         */
        void text(String s, int from, int to);

        default void text(String s) {
            text(s, 0, s.length());
        }
    }

    /**
     * The text, its spaces normalised as it comes: runs of spaces, tabs, \x0B, \f and \r become one space, a space
     * beside a line break goes, the ends are stripped. Into a char array (the text is never longer than the HTML):
     * a second pass over a StringBuilder, a call per character each way, was 3% of a build.
     */
    private static final class Chars implements Sink {
        private char[] buf;
        private int length;
        private boolean pendingSpace;

        Chars(int capacity) {
            buf = new char[Math.max(16, capacity)];
        }

        /** The characters, their state in locals. */
        @Override
        public void text(String s, int from, int to) {
            int len = length;
            char[] b = buf;
            boolean pending = pendingSpace;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r') {
                    pending = true;
                    continue;
                }
                if (b.length - len < 2) b = java.util.Arrays.copyOf(b, 2 * b.length + 2);
                if (pending && c != '\n' && (len == 0 || b[len - 1] != '\n')) b[len++] = ' ';
                pending = false;
                b[len++] = c;
            }
            buf = b;
            length = len;
            pendingSpace = pending;
        }

        String text() {
            // (A space still pending at the end would be stripped with the rest.)
            return new String(buf, 0, length).strip();
        }
    }

    /**
     * Counts words as {@code words(of(html))} does. Normalising spaces changes no count, but {@link String#strip}
     * drops leading and trailing Unicode white space (an em space, say) that {@link #words} would count as a word:
     * leading white space is skipped, and the words begun after the last other character are taken off at the end.
     */
    private static final class WordCount implements Sink {
        int words;
        /** Words begun since the last character that is not white space (all white space: stripped if the text ends). */
        int sinceSolid;
        boolean in, started;

        /** The characters, their state in locals. */
        @Override
        public void text(String s, int from, int to) {
            int w = words, since = sinceSolid;
            boolean inWord = in, begun = started;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                // Character.isWhitespace on ASCII, without its call (1.8% of a build's samples).
                boolean white = c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' : Character.isWhitespace(c);
                if (!begun && white) continue;
                begun = true;
                boolean space = isSpace(c);
                if (!space && !inWord) {
                    w++;
                    if (white) since++;
                }
                if (!white) since = 0;
                inWord = !space;
            }
            words = w;
            sinceSolid = since;
            in = inWord;
            started = begun;
        }
    }

    /** Tags to spaces, character references to characters (an unknown or malformed one stays as written). */
    private static void decode(String html, Sink sb) {
        int n = html.length();
        boolean closable = true; // false once no '>' is left: later '<' are text (and no search for '>' each time)
        int amp = -1, lt = -1; // the next '&' and '<' (n: none), searched for again once passed
        for (int i = 0; i < n; ) {
            char c = html.charAt(i);
            if (c == '<' && closable) {
                int close = html.indexOf('>', i + 1);
                closable = close >= 0;
                if (close < 0) {
                    sb.text("<"); // no tag without its '>'
                    i++;
                } else {
                    sb.text(" ");
                    i = close + 1;
                }
            } else if (c == '&') {
                int end = reference(html, i);
                if (end < 0) {
                    sb.text("&");
                    i++;
                } else {
                    sb.text(decodeReference(html, i, end));
                    i = end + 1;
                }
            } else {
                // A run of text up to the next '&' or tag ('<' is not c, nor '&', so the run is not empty).
                if (amp < i) amp = next(html, '&', i);
                if (closable && lt < i) lt = next(html, '<', i);
                int end = Math.min(amp, closable ? lt : n);
                sb.text(html, i, end);
                i = end;
            }
        }
    }

    /** Where {@code c} next occurs from {@code from}, or the text's length. */
    private static int next(String s, char c, int from) {
        int at = s.indexOf(c, from);
        return at < 0 ? s.length() : at;
    }

    /**
     * The index of the ';' ending a character reference that starts at {@code amp}, or -1: '&', then
     * letters, or '#' and hex digits, or '#x' (lower case) and hex digits, then ';' (what {@code &(#x?[0-9a-fA-F]+|[a-zA-Z]+);} matches).
     */
    private static int reference(String s, int amp) {
        int i = amp + 1, n = s.length();
        if (i < n && s.charAt(i) == '#') {
            i++;
            if (i + 1 < n && s.charAt(i) == 'x' && isHex(s.charAt(i + 1))) i++;
            int digits = i;
            while (i < n && isHex(s.charAt(i))) i++;
            if (i == digits) return -1;
        } else {
            int letters = i;
            while (i < n && isLetter(s.charAt(i))) i++;
            if (i == letters) return -1;
        }
        return i < n && s.charAt(i) == ';' ? i : -1;
    }

    /** The text of the reference from '&' at {@code amp} to ';' at {@code end}: an unknown name stays as written. */
    private static String decodeReference(String html, int amp, int end) {
        int body = amp + 1, length = end - body;
        if (html.charAt(body) != '#') {
            for (int k = 0; k < NAMED.length; k += 2) {
                if (NAMED[k].length() == length && html.regionMatches(body, NAMED[k], 0, length)) return NAMED[k + 1];
            }
            return html.substring(amp, end + 1);
        }
        boolean hex = length > 2 && html.charAt(body + 1) == 'x';
        try {
            return new String(Character.toChars(Integer.parseInt(html, body + (hex ? 2 : 1), end, hex ? 16 : 10)));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * {@code text.replaceAll("\\s+", " ")} without the regular expression: each run of space, tab, \n, \x0B, \f and \r
     * becomes one space. The same string comes back when nothing changes (the search stage cuts every document's
     * text for its excerpt: the expression, compiled on each call, was 1.5% of a build's samples).
     */
    public static String collapseSpaces(String text) {
        int n = text.length(), i = 0;
        // Up to the first tab or line break, or space followed by another: nothing to change before it.
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(text.charAt(i + 1)))) break;
            i++;
        }
        if (i == n) return text;
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                sb.append(' ');
                while (i < n && isSpace(text.charAt(i))) i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Words as {@code text.strip().split("\\s+")} counts them: runs of characters other than space, tab, \n, \x0B, \f and \r. */
    public static int words(String text) {
        String t = text.strip();
        int words = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = isSpace(c);
            if (!space && !in) words++;
            in = !space;
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
