package hub.link;

import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.LinkGraph;
import hub.model.LinkResolver;
import hub.model.RenderedDocument;
import hub.model.Succession;
import hub.model.Taxonomies;
import hub.model.UrlIndex;

import java.util.Map;

/**
 * The link stage, in two steps around Markdown rendering: first every URL is decided and a
 * resolver is handed to the Markdown stage; after rendering, every link and fragment is checked
 * and the graph of who cites whom is built.
 */
public final class Links {
    private Links() {
    }

    public static UrlIndex plan(Corpus corpus, Taxonomies taxonomies, Diagnostics diagnostics) {
        return new UrlPlanner(corpus, taxonomies, diagnostics).plan();
    }

    /** Which publication replaces which ({@code superseded_by}), checked: every name resolves, no document replaces itself, no cycle. */
    public static Succession succession(Corpus corpus, Diagnostics diagnostics) {
        return SuccessionPlanner.plan(corpus, diagnostics);
    }

    public static LinkResolver resolver(Corpus corpus, UrlIndex urls) {
        return new Resolver(corpus, urls);
    }

    /**
     * Checks every link and inverts them into "cited by" and "linked from". A build may go on past content files that
     * did not load ({@code unloaded}, as diagnostics name them): links to those are not reported again as unresolved.
     */
    public static LinkGraph graph(Map<String, RenderedDocument> rendered, Corpus corpus, Succession succession,
                                  java.util.Set<String> unloaded, Diagnostics diagnostics) {
        return GraphBuilder.build(rendered, corpus, succession, new Unloaded(unloaded), diagnostics);
    }
}
