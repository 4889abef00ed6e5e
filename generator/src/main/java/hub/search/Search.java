package hub.search;

import hub.model.Corpus;
import hub.model.LinkGraph;
import hub.model.RenderedDocument;
import hub.model.Taxonomies;

import java.util.List;
import java.util.Map;

/** The search stage: Lucene at build time. Today it computes related publications. */
public final class Search {
    private Search() {
    }

    /** Publication key to up to five related publication keys, best first. */
    public static Map<String, List<String>> related(Corpus corpus, Taxonomies taxonomies, LinkGraph graph,
                                                    Map<String, RenderedDocument> rendered) {
        return RelatedDocuments.compute(corpus, taxonomies, graph, rendered);
    }
}
