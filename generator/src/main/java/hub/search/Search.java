package hub.search;

import hub.model.Corpus;
import hub.model.LinkGraph;
import hub.model.RenderedDocument;
import hub.model.Taxonomies;

import java.util.List;
import java.util.Map;

/**
 * The search stage: Lucene at build time. It computes related publications, writes the Lucene
 * index into the work directory (for {@code hub search} and the preview server), and exports the
 * static index the browser client queries.
 */
public final class Search {
    private Search() {
    }

    /**
     * Indexes every publication. Writes the Lucene index under {@code workDir} when it is not null
     * (a check writes nothing), and returns the static index files for the published site.
     */
    public static java.util.List<hub.model.OutputFile> index(hub.model.Site site, java.nio.file.Path workDir,
                                                               hub.diagnostic.Diagnostics diagnostics) {
        return java.util.List.of();
    }

    /** Publication key to up to five related publication keys, best first. */
    public static Map<String, List<String>> related(Corpus corpus, Taxonomies taxonomies, LinkGraph graph,
                                                    Map<String, RenderedDocument> rendered) {
        return RelatedDocuments.compute(corpus, taxonomies, graph, rendered);
    }
}
