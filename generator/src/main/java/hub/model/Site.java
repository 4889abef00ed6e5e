package hub.model;

import java.util.List;
import java.util.Map;

/** Everything the templates may see, computed before any template runs. */
public record Site(Corpus corpus, Taxonomies taxonomies, UrlIndex urls, Map<String, RenderedDocument> rendered,
                   LinkGraph links, Map<String, List<String>> related) {
    public Site {
        // Not copied: the map may read its documents from disk when asked (a large build's Markdown stage
        // leaves them in its memo file rather than in memory); stages never change it.
        rendered = java.util.Collections.unmodifiableMap(rendered);
        related = Map.copyOf(related);
    }

    public SiteConfig config() {
        return corpus.config();
    }
}
