package hub.build;

import hub.load.Load;
import hub.markdown.Markdown;
import hub.render.Render;
import hub.search.Search;

import java.util.Map;

/**
 * What one build leaves for the next build of the same site: each stage's memo, and the files of the last
 * good build (what a page kept unchanged is taken from in memory). The preview keeps one in memory; a build
 * into a folder reads the memos from the work folder and writes them back with its output. Memos that
 * depend on the previous output (render, search) are replaced only when a build succeeds, so they always
 * describe the files they sit beside.
 */
public final class BuildState {
    final Load.Memo load = new Load.Memo();
    volatile Markdown.Memo markdown = new Markdown.Memo();
    volatile Render.Memo render = new Render.Memo();
    volatile Search.Memo search;
    /** The text of PDF attachments by their bytes' hash (what the last good build extracted or kept). */
    volatile Load.PdfTexts pdfTexts = new Load.PdfTexts();
    /** Whether the last good build's search index and related lists are those of its own inputs. */
    volatile boolean searchCurrent;
    volatile Map<String, byte[]> files = Map.of();
    /** The front-matter stages of the last build that reached the Markdown stage (the preview's builds only). */
    volatile FrontMatterMemo frontMatter;
    /** The last link graph and what it was made from (updated, not remade, when only some renderings changed). */
    final hub.link.Links.Memo links = new hub.link.Links.Memo();
    volatile int lastRenderedPages = -1;

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

    /** How many documents the last build rendered from Markdown (the rest were remembered). */
    public int lastRenderedDocuments() {
        return markdown.lastRendered();
    }

    /** How many pages and feeds the last good build rendered through the templates (the rest were kept). */
    public int lastRenderedPages() {
        return lastRenderedPages;
    }

    /** Whether the last good build's search index and related lists were made from its own inputs (not left from an earlier build). */
    public boolean searchCurrent() {
        return searchCurrent;
    }

    /** The files of the last good build held in memory. */
    public Map<String, byte[]> files() {
        return files;
    }
}
