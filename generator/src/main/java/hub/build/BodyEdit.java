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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
        cache.lastShortcut = null;
        PreviewCache.Previous was = cache.previous;
        if (was == null || !was.config().equals(config) || !cache.render.unchangedSince(config)) return null;
        // Related lists refreshed in the background since: pages showing them must be re-rendered.
        if (!was.site().related().equals(cache.related)) return null;
        List<Document> before = was.corpus().documents(), now = corpus.documents();
        if (before.size() != now.size()) return null;
        List<Document> edited = new ArrayList<>();
        boolean bodyOnly = true;
        for (int i = 0; i < now.size(); i++) {
            Document a = before.get(i), b = now.get(i);
            if (a == b) continue;
            boolean publication = config.type(b.type()).map(ContentType::isPublication).orElse(false);
            if (!publication) return null;
            if (!sameExceptBody(a, b)) {
                if (!sameStructure(a, b)) return null;
                bodyOnly = false;
            }
            edited.add(b);
        }
        Site old = was.site();
        Set<String> keys = new TreeSet<>();
        edited.forEach(d -> keys.add(d.key()));
        Diagnostics own = new Diagnostics(diagnostics.strict());
        Map<String, RenderedDocument> rendered;
        References refs = was.references();
        if (bodyOnly) {
            // Front matter is unchanged, so the resolver, references and signature of the last build still hold.
            rendered = IncrementalMarkdown.render(cache, corpus, was.markdownSignature(), was.resolver(), refs, false, own);
        } else {
            // A title shows in the citations of the documents that cite it.
            refs = new References(corpus, old.taxonomies(), old.urls());
            Set<String> markdown = new TreeSet<>(keys);
            for (String k : keys) markdown.addAll(pointingAt(old, k));
            rendered = IncrementalMarkdown.renderOnly(cache, corpus, was.markdownSignature(), was.resolver(), refs, markdown, own);
            if (rendered == null) return null;
            keys.addAll(markdown);
        }
        if (own.hasErrors()) return null;
        for (String k : keys) {
            if (!sameOutside(old.rendered().get(k), rendered.get(k))) return null;
        }
        Site site = new Site(corpus, old.taxonomies(), old.urls(), rendered, old.links(), old.related());
        List<OutputFile> pages = bodyOnly ? Render.pages(site, cache.render, List.copyOf(keys), own)
                : Render.update(site, cache.render, scope(site, edited, keys), own);
        if (own.hasErrors()) return null;
        Map<String, byte[]> files = new TreeMap<>(was.files());
        for (OutputFile f : pages) files.put(f.path(), f.content());

        own.sorted().forEach(diagnostics::add);
        was.skippedFindings().forEach(diagnostics::add);
        cache.previous = new PreviewCache.Previous(config, corpus, site, files, was.pages(), was.skippedFindings(), was.resolver(),
                refs, was.markdownSignature());
        cache.lastShortcut = bodyOnly ? "body" : "front matter";
        cache.relatedExact = false; // the new text changes the search index and may change related lists
        cache.refreshed = false;
        stats.put("pages", was.pages());
        stats.put("quick_edits", edited.size());
        List<Diagnostic> all = diagnostics.sorted();
        return new BuildResult(0, all, site, files, was.pages(), 0, stats);
    }

    /**
     * The documents that cite {@code key} (a citation, or a link in a footnote): their Markdown shows
     * its reference (authors, year, title) and their pages its summary. A plain link in running text
     * shows neither.
     */
    private static Set<String> pointingAt(Site site, String key) {
        Set<String> out = new TreeSet<>();
        site.links().citedBy(key).forEach(c -> out.add(c.fromKey()));
        return out;
    }

    /**
     * The pages that can show an edited publication's summary (title, summary, date line, authors...):
     * its own page and those of its neighbours in its type, of the publications whose related,
     * "cited by" or "linked from" lists or footnotes show it, of its collection; the lists of its
     * type, terms and year; the home page. {@code rendered} holds every document whose Markdown was
     * redone (their pages change too).
     */
    private static Render.Scope scope(Site site, List<Document> edited, Set<String> rendered) {
        Set<String> docs = new TreeSet<>(rendered), types = new TreeSet<>(), terms = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        List<Document> publications = site.corpus().publications();
        for (Document x : edited) {
            String k = x.key();
            types.add(x.type());
            years.add(x.date().getYear());
            for (var tax : site.taxonomies().taxonomies()) {
                for (String id : site.taxonomies().termIdsOf(k, tax.id())) terms.add(tax.id() + "/" + id);
            }
            docs.addAll(pointingAt(site, k));
            RenderedDocument r = site.rendered().get(k);
            if (r != null) r.links().forEach(l -> { if (l.targetKey() != null) docs.add(l.targetKey()); });
            site.related().forEach((holder, list) -> { if (list.contains(k)) docs.add(holder); });
            String collection = x.extraString("collection");
            if (collection != null) {
                publications.stream().filter(d -> collection.equals(d.extraString("collection"))).forEach(d -> docs.add(d.key()));
            }
            // Neighbours in the type's order (date, then key), as render.Views orders prev and next.
            List<Document> sameType = publications.stream().filter(d -> d.type().equals(x.type()))
                    .sorted(java.util.Comparator.comparing(Document::date).thenComparing(Document::key)).toList();
            for (int i = 0; i < sameType.size(); i++) {
                if (!sameType.get(i).key().equals(k)) continue;
                if (i > 0) docs.add(sameType.get(i - 1).key());
                if (i < sameType.size() - 1) docs.add(sameType.get(i + 1).key());
            }
        }
        Set<String> changed = new TreeSet<>();
        edited.forEach(d -> changed.add(d.key()));
        return new Render.Scope(changed, docs, types, terms, years, true);
    }

    /**
     * Everything that decides which pages exist, what they list and in which order, and the site-wide
     * counts, is equal: type, slug (so the URL), date, update date (the sitemap), terms, aliases,
     * draft, weight, collection, and where each front-matter key sits (findings of skipped stages
     * keep their lines). Title, summary, other extra keys and the body may differ.
     */
    static boolean sameStructure(Document a, Document b) {
        return a.ref().equals(b.ref()) && a.type().equals(b.type()) && a.slug().equals(b.slug()) && a.date().equals(b.date())
                && Objects.equals(a.updated(), b.updated()) && a.terms().equals(b.terms()) && a.aliases().equals(b.aliases())
                && a.draft() == b.draft() && a.weight() == b.weight()
                && Objects.equals(a.extraString("collection"), b.extraString("collection")) && a.bodyLine() == b.bodyLine()
                && a.keyRefs().equals(b.keyRefs());
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
