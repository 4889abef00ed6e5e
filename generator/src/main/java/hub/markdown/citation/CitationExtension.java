package hub.markdown.citation;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import hub.model.LinkTarget;
import hub.text.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc citations for Flexmark. A reference link that no reference definition resolves and whose text
 * is a citation ({@code [@key]}, {@code [see @a, p. 4; @b]}) becomes a {@link Citation} node after
 * parsing; the renderer writes it as {@code (Author 2018, p. 4; Other 2019)} with each key linked to
 * the document it resolved to (an unresolved key is written as {@code @key}, the build reports it).
 */
public final class CitationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Pattern CITATION = Pattern.compile(
            "\\s*(?:see\\s+)?@[A-Za-z0-9/_-]+(?:\\s*,\\s*[^;@]+)?(?:\\s*;\\s*(?:see\\s+)?@[A-Za-z0-9/_-]+(?:\\s*,\\s*[^;@]+)?)*\\s*");
    private static final Pattern ITEM = Pattern.compile("@([A-Za-z0-9/_-]+)(?:\\s*,\\s*([^;@]+))?");

    private CitationExtension() {
    }

    public static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(LinkRef.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new CitationPostProcessor();
            }
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new CitationRenderer());
    }

    /** Replaces an undefined reference link that reads as a citation with a {@link Citation} node. */
    private static final class CitationPostProcessor extends NodePostProcessor {
        @Override
        public void process(NodeTracker state, Node node) {
            if (!(node instanceof LinkRef ref) || ref.isDefined()) return;
            BasedSequence text = ref.getReference();
            if (!CITATION.matcher(text).matches()) return;
            List<Citation.Item> items = new ArrayList<>();
            Matcher m = ITEM.matcher(text);
            while (m.find()) {
                items.add(new Citation.Item(text.getStartOffset() + m.start(), m.group(1), m.group(2) == null ? null : m.group(2).strip()));
            }
            Citation c = new Citation(ref.getChars(), items);
            ref.insertBefore(c);
            ref.unlink();
            state.nodeRemoved(ref);
            state.nodeAdded(c);
        }
    }

    /** Writes a resolved citation: "(" + each key's text, linked when it resolved, and its locator + ")". */
    private static final class CitationRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Citation.class, this::render));
        }

        private void render(Citation node, NodeRendererContext ctx, HtmlWriter html) {
            html.raw("<span class=\"citation\">(");
            List<Citation.Resolved> cites = node.resolved();
            for (int i = 0; i < cites.size(); i++) {
                Citation.Resolved c = cites.get(i);
                if (i > 0) html.raw("; ");
                if (c.target().kind() == LinkTarget.Kind.UNRESOLVED) {
                    html.text("@" + c.item().key());
                } else {
                    html.raw("<a href=\"").raw(Html.escape(c.target().url())).raw("\">");
                    html.text(c.text());
                    html.raw("</a>");
                }
                if (c.item().locator() != null) html.text(", " + c.item().locator());
            }
            html.raw(")</span>");
        }
    }
}
