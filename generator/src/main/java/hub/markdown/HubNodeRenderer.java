package hub.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;

/**
 * Our renderings of two nodes: a footnote reference (a numbered, accessible link to the note) and a
 * footnote definition (left out here: the notes are rendered separately, for the template to place). Its extension
 * also brings {@link TextNodes}.
 * Citations have their own extension ({@code hub.markdown.citation}).
 */
final class HubNodeRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::footnote),
                new NodeRenderingHandler<>(FootnoteBlock.class, this::footnoteBlock));
    }

    private static DocContext doc(NodeRendererContext ctx) {
        return DocContext.KEY.get(ctx.getDocument());
    }

    private void footnote(Footnote node, NodeRendererContext ctx, HtmlWriter html) {
        DocContext doc = doc(ctx);
        int[] n = doc == null ? null : doc.footnoteRefs.get(node);
        if (n == null) {
            html.text(node.getChars().toString());
            return;
        }
        String noteId = doc.noteId(n[0]);
        html.raw("<sup class=\"fn-ref\" id=\"" + doc.refId(n[0], n[1]) + "\"><a href=\"#" + noteId
                + "\" role=\"doc-noteref\" aria-describedby=\"" + noteId + "\">" + n[0] + "</a></sup>");
    }

    /** A note's content is rendered aside (in this same pass, so its links resolve as the body's do) for the template to place. */
    private void footnoteBlock(FootnoteBlock node, NodeRendererContext ctx, HtmlWriter html) {
        DocContext doc = doc(ctx);
        if (doc == null) return;
        NodeRendererContext sub = ctx.getSubContext(false);
        sub.renderChildren(node);
        doc.noteHtml.put(node, sub.getHtmlWriter().toString(-1, -1));
    }

    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new HubNodeRenderer());
            builder.nodeRendererFactory(options -> new TextNodes());
            builder.linkResolverFactory(new ResolvedLinks.Factory());
        }
    }
}
