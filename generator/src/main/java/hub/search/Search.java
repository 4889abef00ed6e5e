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
        try {
            return IndexWriterStage.build(site, workDir);
        } catch (java.io.IOException e) {
            diagnostics.error(hub.model.SourceRef.file(workDir == null ? "search" : workDir.toString()),
                    "cannot write the search index: " + e.getMessage(), "check that the work directory is writable");
            return java.util.List.of();
        }
    }

    /** Narrowing a search: null means "any". */
    public record Filters(String type, String theme, String place, String year) {
        public static final Filters NONE = new Filters(null, null, null, null);
    }

    /** One result: excerpt has the matched words in {@code <b>} tags. */
    public record Hit(String key, String title, String url, float score, String excerpt, String type, String date) {
    }

    /** Queries the index a build wrote into {@code workDir}. Throws NoSuchFileException when there is none. */
    public static List<Hit> query(java.nio.file.Path workDir, String query, Filters filters, int limit) throws java.io.IOException {
        try (Searcher s = new Searcher(workDir)) {
            return s.search(query, filters, limit);
        }
    }

    /** Publication key to up to five related publication keys, best first. */
    public static Map<String, List<String>> related(Corpus corpus, Taxonomies taxonomies, LinkGraph graph,
                                                    Map<String, RenderedDocument> rendered) {
        return RelatedDocuments.compute(corpus, taxonomies, graph, rendered);
    }
}
