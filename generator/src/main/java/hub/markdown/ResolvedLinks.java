package hub.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import hub.model.LinkTarget;

/** Rewrites each link to the URL the link stage resolved it to (looked up by node, computed before rendering). */
final class ResolvedLinks implements LinkResolver {
    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        DocContext doc = DocContext.KEY.get(context.getDocument());
        if (doc == null) return link;
        LinkTarget t = doc.targets.get(node);
        if (t == null || t.kind() != LinkTarget.Kind.DOCUMENT && t.kind() != LinkTarget.Kind.PAGE) return link;
        return link.withUrl(t.url()).withStatus(LinkStatus.VALID);
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new ResolvedLinks();
        }
    }
}
