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
            lastMark = lastMark(node, runStart, runEnd);
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

    /** Where the last "://", '@' or "www." (in any case) in [start, end) of the node's text starts, or -1. */
    static int lastMark(Node node, int start, int end) {
        BasedSequence chars = node.getChars();
        CharSequence base = chars.getBase() instanceof CharSequence cs ? cs : chars.getBaseSequence();
        for (int i = end - 1; i >= start; i--) {
            char c = base.charAt(i);
            if (c == '@') return i;
            if (c == ':' && i + 2 < end && base.charAt(i + 1) == '/' && base.charAt(i + 2) == '/') return i;
            if ((c == 'w' || c == 'W') && i + 3 < end && (base.charAt(i + 1) | 0x20) == 'w' && (base.charAt(i + 2) | 0x20) == 'w'
                    && base.charAt(i + 3) == '.') return i;
        }
        return -1;
    }

    /** Whether the text from {@code node} to the end of the texts the autolink processor joins to it may hold a link. */
    static boolean mayHoldLink(Node node) {
        return lastMark(node, node.getStartOffset(), runEnd(node)) >= 0;
    }
}
