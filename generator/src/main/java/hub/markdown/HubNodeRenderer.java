package hub.markdown;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import hub.model.LinkTarget;

import java.util.Set;

/**
 * Our renderings of three nodes: a footnote reference (a numbered, accessible link to the note),
 * a footnote definition (left out here: the notes are rendered separately, for the template to
 * place), and a Pandoc citation {@code [@key]} (a link to the cited document).
 */
final class HubNodeRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::footnote),
                new NodeRenderingHandler<>(FootnoteBlock.class, this::footnoteBlock),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef));
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

    private void linkRef(LinkRef node, NodeRendererContext ctx, HtmlWriter html) {
        DocContext doc = doc(ctx);
        java.util.List<DocContext.Cite> cites = doc == null ? null : doc.citations.get(node);
        if (cites == null) {
            ctx.delegateRender();
            return;
        }
        html.raw("<span class=\"citation\">(");
        for (int i = 0; i < cites.size(); i++) {
            DocContext.Cite c = cites.get(i);
            if (i > 0) html.raw("; ");
            if (c.target().kind() == LinkTarget.Kind.UNRESOLVED) {
                html.text("@" + c.key());
            } else {
                html.raw("<a href=\"").raw(escapeAttr(c.target().url())).raw("\">");
                html.text(c.text());
                html.raw("</a>");
            }
            if (c.locator() != null) html.text(", " + c.locator());
        }
        html.raw(")</span>");
    }

    static String escapeAttr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new HubNodeRenderer());
            builder.linkResolverFactory(new ResolvedLinks.Factory());
        }
    }
}
