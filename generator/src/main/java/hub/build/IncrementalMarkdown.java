package hub.build;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Diagnostics;
import hub.markdown.Markdown;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.LinkResolver;
import hub.model.OutgoingLink;
import hub.model.RenderedDocument;
import hub.model.SiteConfig;
import hub.model.UrlIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The preview's Markdown stage: a document's rendered Markdown is reused while nothing it was
 * rendered from changed. That is its own text and front matter, the configuration and every URL
 * and alias (which decide how any link resolves), and, for each document it links to or cites,
 * the reference text a citation shows (authors, year, title) and its address. So a title edit
 * re-renders the edited document and the documents that cite it, not the whole corpus.
 */
final class IncrementalMarkdown {
    private IncrementalMarkdown() {
    }

    /**
     * What every document's Markdown depends on: the configuration, the whole URL index and the
     * names of the static files (a link to a static file resolves only while the file exists).
     */
    static long signature(SiteConfig config, UrlIndex urls) {
        return (31L * config.hashCode() + urls.hashCode()) * 31 + staticFiles(config.staticDir()).hashCode();
    }

    private static List<String> staticFiles(java.nio.file.Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) return List.of();
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(dir)) {
            return s.filter(java.nio.file.Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of("unreadable " + System.nanoTime()); // never equal: render everything again
        }
    }

    /**
     * Renders the documents whose Markdown could have changed and takes the rest from the cache,
     * replaying their diagnostics. {@code checkTargets} false skips comparing what each document
     * points at, for callers that know no front matter changed (BodyEdit).
     */
    static Map<String, RenderedDocument> render(PreviewCache cache, Corpus corpus, long signature, LinkResolver resolver,
                                                References refs, boolean checkTargets, Diagnostics diagnostics) {
        Map<String, RenderedDocument> out = new TreeMap<>();
        List<Document> changed = new ArrayList<>();
        Map<String, String> references = new java.util.HashMap<>(); // per target, once: many documents cite the same few
        for (Document d : corpus.documents()) {
            PreviewCache.Markdown m = cache.markdown.get(d.key());
            if (m != null && m.signature() == signature && m.doc().equals(d)
                    && (!checkTargets || m.dependencies().equals(dependencies(m.rendered(), refs, references)))) {
                out.put(d.key(), m.rendered());
                m.diagnostics().forEach(diagnostics::add);
            } else {
                changed.add(d);
            }
        }
        renderAndRemember(cache, corpus, changed, signature, resolver, refs, references, out, diagnostics);
        cache.markdown.keySet().retainAll(out.keySet());
        return out;
    }

    /**
     * Renders exactly the documents {@code keys} and takes every other one from the cache, which
     * must hold it for this signature and this very document (else null: the caller falls back to
     * the full pipeline). For callers that know which documents an edit reaches (BodyEdit).
     */
    static Map<String, RenderedDocument> renderOnly(PreviewCache cache, Corpus corpus, long signature, LinkResolver resolver,
                                                    References refs, java.util.Set<String> keys, Diagnostics diagnostics) {
        Map<String, RenderedDocument> out = new TreeMap<>();
        List<Document> changed = new ArrayList<>();
        List<Diagnostic> replay = new ArrayList<>();
        for (Document d : corpus.documents()) {
            if (keys.contains(d.key())) {
                changed.add(d);
                continue;
            }
            PreviewCache.Markdown m = cache.markdown.get(d.key());
            if (m == null || m.signature() != signature || m.doc() != d) return null;
            out.put(d.key(), m.rendered());
            replay.addAll(m.diagnostics());
        }
        replay.forEach(diagnostics::add);
        renderAndRemember(cache, corpus, changed, signature, resolver, refs, new java.util.HashMap<>(), out, diagnostics);
        return out;
    }

    /** Renders {@code changed} into {@code out}, reports their findings and keeps each in the cache with what it depends on. */
    private static void renderAndRemember(PreviewCache cache, Corpus corpus, List<Document> changed, long signature, LinkResolver resolver,
                                          References refs, Map<String, String> references, Map<String, RenderedDocument> out,
                                          Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics(diagnostics.strict());
        Map<String, RenderedDocument> fresh = Markdown.render(new Corpus(corpus.config(), changed), resolver, refs::shortReference,
                refs::fullReference, own);
        List<Diagnostic> found = own.sorted();
        found.forEach(diagnostics::add);
        for (Document d : changed) {
            RenderedDocument r = fresh.get(d.key());
            out.put(d.key(), r);
            // A document with an unresolved link is rendered again next time: a new file may resolve it.
            if (r == null || r.links().stream().anyMatch(l -> l.kind() == OutgoingLink.Kind.UNRESOLVED)) {
                cache.markdown.remove(d.key());
                continue;
            }
            List<Diagnostic> mine = found.stream().filter(x -> x.ref().path().equals(d.ref().path())).toList();
            cache.markdown.put(d.key(), new PreviewCache.Markdown(d, signature, dependencies(r, refs, references), r, mine));
        }
        cache.lastRendered = changed.size();
    }

    /** For each document this one links to or cites: its key and the reference texts a citation of it shows. */
    private static List<String> dependencies(RenderedDocument r, References refs, Map<String, String> references) {
        List<String> deps = new ArrayList<>();
        for (OutgoingLink l : r.links()) {
            if (l.targetKey() == null) continue;
            deps.add(references.computeIfAbsent(l.targetKey(),
                    k -> k + '\n' + refs.shortReference(k) + '\n' + refs.fullReference(k)));
        }
        return deps;
    }
}
