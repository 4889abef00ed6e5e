package hub.markdown.goldmark;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading attributes as Hugo's Markdown (Goldmark) reads them: {@code ## Method {#how .wide}} gives the heading
 * the id {@code how} and the class {@code wide}, and the braces are not part of its text. Only ids and classes, only
 * at the end of a heading (Goldmark's default: block attributes elsewhere are off in Hugo), so text with braces
 * anywhere else is left as it is. An explicit id is the heading's fragment target: links to {@code #how} are checked
 * against it like any generated id.
 */
public final class HeadingAttributes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** A trailing attribute block of ids and classes only: {#id}, {.class}, {#id .a .b}. */
    private static final Pattern BLOCK = Pattern.compile("\\s*\\{\\s*((?:[#.][\\p{L}\\p{N}_:-]+\\s*)+)}\\s*$");
    private static final Pattern TOKEN = Pattern.compile("([#.])([\\p{L}\\p{N}_:-]+)");
    /** The classes given to headings of one document (read by the renderer). */
    static final NullableDataKey<Map<Node, String>> CLASSES = new NullableDataKey<>("HUB_HEADING_CLASSES");

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
                addNodes(Heading.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new Reader(document);
            }
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                Map<Node, String> classes = CLASSES.get(context.getDocument());
                return (node, part, attributes) -> addClass(classes, node, part, attributes);
            }
        });
    }

    private static void addClass(Map<Node, String> classes, Node node, AttributablePart part, MutableAttributes attributes) {
        if (classes == null || part != AttributablePart.NODE) return;
        String c = classes.get(node);
        if (c != null) attributes.addValue("class", c);
    }

    /** Takes a heading's trailing attribute block off its last text and applies it. */
    private static final class Reader extends NodePostProcessor {
        private final Document document;

        Reader(Document document) {
            this.document = document;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (!(node instanceof Heading h) || !(h.getLastChild() instanceof Text text)) return;
            BasedSequence chars = text.getChars();
            if (chars.length() == 0 || chars.charAt(chars.length() - 1) != '}') return; // most headings: one look
            Matcher m = BLOCK.matcher(chars);
            if (!m.find()) return;
            String id = null;
            StringBuilder classes = new StringBuilder();
            Matcher t = TOKEN.matcher(m.group(1));
            while (t.find()) {
                if (t.group(1).equals("#")) id = t.group(2); // as Goldmark: the last id given wins
                else classes.append(classes.length() == 0 ? "" : " ").append(t.group(2));
            }
            BasedSequence rest = chars.subSequence(0, m.start());
            if (rest.isEmpty() && h.getFirstChild() == text) return; // "## {#id}" alone: no text left to be a heading
            if (rest.isEmpty()) text.unlink();
            else text.setChars(rest);
            if (id != null) {
                h.setAnchorRefId(id);
                h.setExplicitAnchorRefId(true);
            }
            if (classes.length() > 0) {
                Map<Node, String> all = CLASSES.get(document);
                if (all == null) {
                    all = new IdentityHashMap<>();
                    document.set(CLASSES, all);
                }
                all.put(h, classes.toString());
            }
        }
    }
}
