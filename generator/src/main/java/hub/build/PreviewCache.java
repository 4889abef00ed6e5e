package hub.build;

import hub.diagnostic.Diagnostic;
import hub.model.Document;
import hub.model.RenderedDocument;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a preview server keeps between rebuilds so a save re-renders only what changed: each
 * document's rendered Markdown (valid while the document and every URL and citation it could
 * point at are unchanged) and the related-publications lists (kept while the set of
 * publications is unchanged: an edit's effect on similarity shows at the next full build).
 */
public final class PreviewCache {
    record Markdown(Document doc, long signature, RenderedDocument rendered, List<Diagnostic> diagnostics) {
    }

    final Map<String, Markdown> markdown = new ConcurrentHashMap<>();
    volatile java.util.Set<String> relatedKeys = java.util.Set.of();
    volatile Map<String, List<String>> related = Map.of();
    volatile int lastRendered = -1;

    /** How many documents the last build rendered from Markdown (the rest came from the cache). */
    public int lastRendered() {
        return lastRendered;
    }
}
