package hub.model;

import java.util.List;
import java.util.Map;

/** Everything the templates may see, computed before any template runs. */
public record Site(Corpus corpus, Taxonomies taxonomies, UrlIndex urls, Map<String, RenderedDocument> rendered,
                   LinkGraph links, Map<String, List<String>> related) {
    public Site {
        rendered = Map.copyOf(rendered);
        related = Map.copyOf(related);
    }

    public SiteConfig config() {
        return corpus.config();
    }
}
