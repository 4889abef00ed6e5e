package hub.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's autolink extension (bare URLs, www. addresses and e-mail addresses become links), asked
 * only about text that could hold one. Its post-processor runs a regular expression and a link scanner
 * over every text node, a third of all parsing time on the archive; the scanner (autolink-java) finds a
 * URL only after "://", a web address only at "www." and an e-mail address only around '@', so text with
 * none of them is passed over unchanged. Where one occurs, Flexmark's own post-processor decides, so the
 * result is the same as the extension's.
 */
final class QuickAutolink implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(Text.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new Gate(new AutolinkNodePostProcessor(document));
            }
        });
    }

    /**
     * Lets a text through to the autolink processor only if it may hold a link. One gate per document; it remembers
     * the run of texts it last scanned, because every text node of a run asks about the rest of the run, and a
     * paragraph of many short texts (words between typographic quotes) made the question quadratic.
     */
    private static final class Gate extends NodePostProcessor {
        private final AutolinkNodePostProcessor autolink;
        private Node runParent;
        private int runStart = -1, runEnd = -1, lastMark = -1;
        private Object markedBase;
        private Marks marks;

        Gate(AutolinkNodePostProcessor autolink) {
            this.autolink = autolink;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            int start = node.getStartOffset();
            if (node.getParent() != runParent || start >= runEnd || start < runStart) scan(node);
            if (lastMark >= start) autolink.process(state, node);
        }

        /** Scans the run of texts that starts at {@code node}: its end, and where its last possible link starts. */
        private void scan(Node node) {
            runParent = node.getParent();
            runStart = node.getStartOffset();
            runEnd = runEnd(node);
            CharSequence base = base(node);
            if (base != markedBase) {
                markedBase = base;
                marks = Marks.of(base);
            }
            lastMark = marks.last(runStart, runEnd);
        }
    }

    /**
     * The end of the text the autolink processor joins to {@code node}: the following siblings that are texts,
     * typographic texts or entities (as it joins them: typographic quotes split a text into several nodes).
     */
    static int runEnd(Node node) {
        int end = node.getEndOffset();
        for (Node n = node.getNext(); n instanceof Text || n instanceof TypographicText || n instanceof HtmlEntity; n = n.getNext()) {
            end = Math.max(end, n.getEndOffset());
        }
        return end;
    }

    /** The text the node's offsets are in: the whole document's. */
    static CharSequence base(Node node) {
        BasedSequence chars = node.getChars();
        return chars.getBase() instanceof CharSequence cs ? cs : chars.getBaseSequence();
    }

    /**
     * Where a link may start in a document's text: every '@', "://" and "www." (the w's in any case), found once per
     * document with String searches. Scanning each run of texts backwards through Flexmark's sequences, a character
     * at a time, was about 5% of a check.
     */
    static final class Marks {
        /** Each mark as its offset times 8 plus its length, in offset order. */
        private final long[] marks;

        private Marks(long[] marks) {
            this.marks = marks;
        }

        static Marks of(CharSequence base) {
            String s = base.toString();
            long[] found = new long[16];
            int n = 0;
            for (int i = s.indexOf('@'); i >= 0; i = s.indexOf('@', i + 1)) found = add(found, n++, i, 1);
            for (int i = s.indexOf("://"); i >= 0; i = s.indexOf("://", i + 1)) found = add(found, n++, i, 3);
            // "www." by its dot, the rarer character, and one search instead of one for 'w' and one for 'W'.
            for (int i = s.indexOf('.', 3); i >= 0; i = s.indexOf('.', i + 1)) {
                if ((s.charAt(i - 3) | 0x20) == 'w' && (s.charAt(i - 2) | 0x20) == 'w' && (s.charAt(i - 1) | 0x20) == 'w') found = add(found, n++, i - 3, 4);
            }
            long[] marks = java.util.Arrays.copyOf(found, n);
            java.util.Arrays.sort(marks);
            return new Marks(marks);
        }

        private static long[] add(long[] found, int n, int at, int length) {
            if (n == found.length) found = java.util.Arrays.copyOf(found, 2 * n);
            found[n] = (long) at << 3 | length;
            return found;
        }

        /** Where the last mark that lies wholly in [start, end) starts, or -1. */
        int last(int start, int end) {
            // The last mark starting before end, then back to the first that also ends by end.
            int lo = 0, hi = marks.length - 1, k = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (marks[mid] >> 3 < end) {
                    k = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            for (; k >= 0 && marks[k] >> 3 >= start; k--) {
                long at = marks[k] >> 3;
                if (at + (marks[k] & 7) <= end) return (int) at;
            }
            return -1;
        }
    }
}
