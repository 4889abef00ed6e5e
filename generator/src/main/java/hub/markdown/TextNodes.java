package hub.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.Set;

/**
 * Text nodes, rendered as Flexmark's core renderer renders them ({@code normalizeEOL(unescape(chars))}, escaped), but
 * most text has no backslash, '&amp;', carriage return or NUL, and then both steps give the text back: it is taken from
 * the source in one copy instead. Flexmark's way, a regular expression searched over the text and the text copied a
 * character at a time through its sequence classes, was 4% of a build at 10,000 documents. Registered with
 * {@link HubNodeRenderer}'s extension; TextNodesTest renders random text both ways.
 */
final class TextNodes implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextNodes::render));
    }

    private static void render(Text node, NodeRendererContext ctx, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = plain(chars);
        // (A NUL too takes Flexmark's way: its sequences read it as U+FFFD, the source slice does not.)
        if (text.indexOf('\\') < 0 && text.indexOf('&') < 0 && text.indexOf('\r') < 0 && text.indexOf('\0') < 0) {
            html.text(text);
        } else {
            html.text(Escaping.normalizeEOL(chars.unescape()));
        }
    }

    /** The characters of {@code chars}: a slice of the source when they are one (a SubSequence is, by its definition). */
    private static String plain(BasedSequence chars) {
        if (chars instanceof SubSequence sub) {
            return sub.getBase().subSequence(sub.getStartOffset(), sub.getEndOffset()).toString();
        }
        return chars.toString();
    }
}
