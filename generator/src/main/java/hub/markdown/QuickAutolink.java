package hub.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
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

    private static final class Gate extends NodePostProcessor {
        private final AutolinkNodePostProcessor autolink;

        Gate(AutolinkNodePostProcessor autolink) {
            this.autolink = autolink;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (mayHoldLink(node)) autolink.process(state, node);
        }
    }

    /**
     * Whether the text from {@code node} to the end of the siblings that continue it (the post-processor
     * joins them: typographic quotes split a text into several nodes) has "://", an '@' or "www." (in any case).
     */
    static boolean mayHoldLink(Node node) {
        BasedSequence chars = node.getChars();
        CharSequence base = chars.getBase() instanceof CharSequence cs ? cs : chars.getBaseSequence();
        int start = node.getStartOffset(), end = node.getEndOffset();
        for (Node n = node.getNext(); n != null && n.getStartOffset() == end; n = n.getNext()) end = n.getEndOffset();
        for (int i = start; i < end; i++) {
            char c = base.charAt(i);
            if (c == '@') return true;
            if (c == ':' && i + 2 < end && base.charAt(i + 1) == '/' && base.charAt(i + 2) == '/') return true;
            if ((c == 'w' || c == 'W') && i + 3 < end && (base.charAt(i + 1) | 0x20) == 'w' && (base.charAt(i + 2) | 0x20) == 'w'
                    && base.charAt(i + 3) == '.') return true;
        }
        return false;
    }
}
