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
 * point at are unchanged), the related-publications lists (refreshed in the background after a save),
 * per-file front matter (Load.Memo), rendered pages (Render.Memo) and the last good build, from
 * which a save that changes only Markdown bodies is applied ({@link BodyEdit}).
 */
public final class PreviewCache {
    record Markdown(Document doc, long signature, List<String> dependencies, RenderedDocument rendered, List<Diagnostic> diagnostics) {
    }

    /**
     * The last successful preview build: its configuration, corpus, site, files and page count, and
     * the findings of the stages a body-only save skips (everything but load and markdown), and what
     * rendering Markdown needs, which depends on front matter only.
     */
    record Previous(hub.model.SiteConfig config, hub.model.Corpus corpus, hub.model.Site site, Map<String, byte[]> files,
                    int pages, List<Diagnostic> skippedFindings, hub.model.LinkResolver resolver, References references,
                    long markdownSignature) {
    }

    volatile Previous previous;
    /** The shortcut the last build took (BodyEdit): "body", "front matter", or null for the full pipeline. */
    volatile String lastShortcut;
    final hub.load.Load.Memo load = new hub.load.Load.Memo();
    final Map<String, Markdown> markdown = new ConcurrentHashMap<>();
    final hub.render.Render.Memo render = new hub.render.Render.Memo();
    /** The related lists pages are built with: exact for the build that computed them, possibly stale after later saves. */
    volatile Map<String, List<String>> related;
    volatile boolean relatedExact;
    private volatile Map<String, byte[]> searchFiles = Map.of();
    /** Set by {@link #useRelated}, taken by the next build: its lists are exact. */
    volatile boolean refreshed;
    volatile int lastRendered = -1;

    /**
     * Offers related lists computed exactly for the last good build (in the background). Returns
     * true when they differ from the ones pages were built with: the caller then rebuilds, and the
     * pages whose lists changed are re-rendered.
     */
    public synchronized boolean useRelated(Map<String, List<String>> exact) {
        if (exact.equals(related)) return false;
        related = exact;
        refreshed = true;
        return true;
    }

    /** The static search index the preview serves: from its first build, then from each background refresh. */
    public Map<String, byte[]> searchFiles() {
        return searchFiles;
    }

    /** Takes the static search index of a build (the first, or a background refresh in PreviewServer). */
    public void useSearchFiles(List<hub.model.OutputFile> files) {
        Map<String, byte[]> m = new java.util.TreeMap<>();
        for (hub.model.OutputFile f : files) m.put(f.path(), f.content());
        searchFiles = m;
    }

    /** Whether the last build computed its related lists exactly (so there is nothing to refresh). */
    public boolean relatedExact() {
        return relatedExact;
    }

    /** Marks a file the watcher saw change, so the next build reads it again even if its time stamp looks the same. */
    public void changed(java.nio.file.Path file) {
        load.changed(file);
    }

    /** Says the files passed to {@link #changed} since the last build are all that changed (the watcher's complete account). */
    public void changesComplete() {
        load.complete();
    }

    /** How many content files the last build read from disk (the rest were remembered). */
    public int lastReads() {
        return load.lastReads();
    }

    /** How many pages the last build rendered through the templates (the rest were reused unchanged). */
    public int lastRenderedPages() {
        return render.lastRendered();
    }

    /** Whether the last build took the shortcut for a save that changed only Markdown bodies ({@code BodyEdit}). */
    public boolean lastWasBodyEdit() {
        return "body".equals(lastShortcut);
    }

    /** The shortcut the last build took: "body", "front matter", or null when the whole (memoized) pipeline ran. */
    public String lastShortcut() {
        return lastShortcut;
    }

    /** How many documents the last build rendered from Markdown (the rest came from the cache). */
    public int lastRendered() {
        return lastRendered;
    }
}
