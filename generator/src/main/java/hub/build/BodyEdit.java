package hub.build;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Diagnostics;
import hub.model.ContentType;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.Footnote;
import hub.model.OutgoingLink;
import hub.model.OutputFile;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.render.Render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The preview's shortcut for the save an editor makes most: text typed into the body of a
 * publication. When, since the last good preview build, only Markdown bodies of publications
 * changed, and the new bodies have the same links, citations, headings, footnote anchors and
 * reading time, then taxonomies, URLs, the link graph, related lists, every list, term page and
 * feed are provably as they were; only the Markdown and the pages of the edited publications are
 * redone. Anything else returns null and the full (memoized) pipeline runs instead, so the
 * shortcut never changes what a build produces, only how long it takes.
 */
final class BodyEdit {
    private BodyEdit() {
    }

    static BuildResult apply(PreviewCache cache, SiteConfig config, Corpus corpus, Diagnostics diagnostics, Map<String, Integer> stats) {
        cache.lastWasBodyEdit = false;
        PreviewCache.Previous was = cache.previous;
        if (was == null || !was.config().equals(config) || !cache.render.unchangedSince(config)) return null;
        // Related lists refreshed in the background since: pages showing them must be re-rendered.
        if (!was.site().related().equals(cache.related)) return null;
        List<Document> before = was.corpus().documents(), now = corpus.documents();
        if (before.size() != now.size()) return null;
        List<Document> edited = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Document a = before.get(i), b = now.get(i);
            if (a == b) continue;
            boolean publication = config.type(b.type()).map(ContentType::isPublication).orElse(false);
            if (!publication || !sameExceptBody(a, b)) return null;
            edited.add(b);
        }
        Site old = was.site();
        Diagnostics own = new Diagnostics(diagnostics.strict());
        // Front matter is unchanged, so the resolver, references and signature of the last build still hold.
        Map<String, RenderedDocument> rendered = IncrementalMarkdown.render(cache, corpus, was.markdownSignature(), was.resolver(),
                was.references(), false, own);
        if (own.hasErrors()) return null;
        for (Document d : edited) {
            if (!sameOutside(old.rendered().get(d.key()), rendered.get(d.key()))) return null;
        }
        Site site = new Site(corpus, old.taxonomies(), old.urls(), rendered, old.links(), old.related());
        List<OutputFile> pages = Render.pages(site, cache.render, edited.stream().map(Document::key).toList(), own);
        if (own.hasErrors()) return null;
        Map<String, byte[]> files = new TreeMap<>(was.files());
        for (OutputFile f : pages) files.put(f.path(), f.content());

        own.sorted().forEach(diagnostics::add);
        was.skippedFindings().forEach(diagnostics::add);
        cache.previous = new PreviewCache.Previous(config, corpus, site, files, was.pages(), was.skippedFindings(), was.resolver(),
                was.references(), was.markdownSignature());
        cache.lastWasBodyEdit = true;
        cache.relatedExact = false; // the new text changes the search index and may change related lists
        cache.refreshed = false;
        stats.put("pages", was.pages());
        stats.put("body_edits", edited.size());
        List<Diagnostic> all = diagnostics.sorted();
        return new BuildResult(0, all, site, files, was.pages(), 0, stats);
    }

    /** Everything bound from front matter is equal; only the body (and so the rendered Markdown) may differ. */
    static boolean sameExceptBody(Document a, Document b) {
        return a.ref().equals(b.ref()) && a.type().equals(b.type()) && a.slug().equals(b.slug()) && a.title().equals(b.title())
                && a.date().equals(b.date()) && Objects.equals(a.updated(), b.updated()) && a.terms().equals(b.terms())
                && Objects.equals(a.summary(), b.summary()) && a.aliases().equals(b.aliases()) && a.draft() == b.draft()
                && a.weight() == b.weight() && a.extra().equals(b.extra()) && a.bodyLine() == b.bodyLine()
                && a.keyRefs().equals(b.keyRefs());
    }

    /**
     * What other pages can see of a rendered body is the same: where its links and citations point
     * (the link graph: "cited by", "linked from"), the anchors others may link to, and the reading
     * time lists show.
     */
    static boolean sameOutside(RenderedDocument a, RenderedDocument b) {
        if (a == null || b == null) return false;
        return targets(a).equals(targets(b)) && a.headingIds().equals(b.headingIds()) && anchors(a).equals(anchors(b))
                && minutes(a) == minutes(b);
    }

    private static List<List<Object>> targets(RenderedDocument r) {
        List<List<Object>> out = new ArrayList<>();
        for (OutgoingLink l : r.links()) {
            // The raw text matters only for unresolved links, and those are errors a good build has none of.
            out.add(java.util.Arrays.asList(l.kind(), l.targetKey(), l.fragment(), l.footnote()));
        }
        return out;
    }

    private static List<List<Object>> anchors(RenderedDocument r) {
        List<List<Object>> out = new ArrayList<>();
        for (Footnote f : r.footnotes()) out.add(List.of(f.id(), f.backrefs()));
        return out;
    }

    /** As the summary view rounds it (render.Views): lists show it, so it must not change. */
    private static long minutes(RenderedDocument r) {
        return Math.max(1, Math.round(r.words() / 200.0));
    }
}
