package hub.link;

import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.model.Corpus;
import hub.model.Footnote;
import hub.model.LinkGraph;
import hub.model.OutgoingLink;
import hub.model.RenderedDocument;
import hub.model.Succession;
import hub.text.LinkDestination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks every link and fragment after rendering, warns about citations of withdrawn and superseded publications,
 * and inverts the links into "cited by" and "linked from".
 */
final class GraphBuilder {
    private GraphBuilder() {
    }

    /** Documents per slice of the graph made on one core (slices are merged in key order, so the result is the same). */
    private static final int SLICE = 256;

    static LinkGraph build(Map<String, RenderedDocument> rendered, Corpus corpus, Succession succession, Unloaded unloaded,
                           Diagnostics diagnostics) {
        return build(rendered, corpus, succession, unloaded, diagnostics, SLICE);
    }

    /** {@link #build} in slices of {@code slice} documents (tests compare slice sizes: the graph must not depend on them). */
    static LinkGraph build(Map<String, RenderedDocument> rendered, Corpus corpus, Succession succession, Unloaded unloaded,
                           Diagnostics diagnostics, int slice) {
        List<RenderedDocument> inKeyOrder = new ArrayList<>(rendered instanceof SortedMap<String, RenderedDocument> sorted && sorted.comparator() == null
                ? rendered.values() : new TreeMap<>(rendered).values());
        Map<String, hub.model.Document> byKey = corpus.byKey();
        CitationKeys[] citationKeys = new CitationKeys[1]; // made for the first unresolved citation: most builds have none
        // Slices of documents in key order, each on any core with its own maps and diagnostics; merged in slice order,
        // so every target's sources and every diagnostic come in the order one pass in key order gives.
        List<Slice> slices = new ArrayList<>();
        for (int from = 0; from < inKeyOrder.size(); from += slice) {
            slices.add(new Slice(inKeyOrder.subList(from, Math.min(inKeyOrder.size(), from + slice)), diagnostics.strict()));
        }
        slices.parallelStream().forEach(part -> part.run(rendered, corpus, byKey, succession, unloaded, citationKeys));
        Map<String, Map<String, TreeSet<Integer>>> cited = new HashMap<>();
        Map<String, Set<String>> linked = new HashMap<>();
        int links = 0, citations = 0;
        for (Slice part : slices) {
            part.diagnostics.since(0).forEach(diagnostics::add);
            part.cited.forEach((target, from) -> cited.computeIfAbsent(target, k -> new LinkedHashMap<>()).putAll(from));
            part.linked.forEach((target, from) -> linked.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(from));
            links += part.links;
            citations += part.citations;
        }
        Map<String, List<LinkGraph.Citation>> citedBy = new TreeMap<>();
        cited.forEach((target, from) -> citedBy.put(target, from.entrySet().stream()
                .map(e -> new LinkGraph.Citation(e.getKey(), List.copyOf(e.getValue()))).toList()));
        Map<String, List<String>> linkedFrom = new TreeMap<>();
        linked.forEach((target, from) -> linkedFrom.put(target, List.copyOf(from)));
        return new LinkGraph(citedBy, linkedFrom, links, citations, succession);
    }

    /** The graph of some documents (consecutive in key order): their links checked and inverted. */
    private static final class Slice {
        private final List<RenderedDocument> docs;
        /** What this slice reports, in order: a collector of its own, handed on to the build's in slice order. */
        private final Diagnostics diagnostics;
        // Hash maps while collecting (a preview save builds this graph of 100,000 links again), sorted once at the end.
        // Documents are visited in key order, so each target's sources arrive in key order already.
        final Map<String, Map<String, TreeSet<Integer>>> cited = new HashMap<>();
        final Map<String, Set<String>> linked = new HashMap<>();
        int links, citations;

        Slice(List<RenderedDocument> docs, boolean strict) {
            this.docs = docs;
            this.diagnostics = new Diagnostics(strict);
        }

        void run(Map<String, RenderedDocument> rendered, Corpus corpus, Map<String, hub.model.Document> byKey, Succession succession,
                 Unloaded unloaded, CitationKeys[] citationKeys) {
            StaleCitations stale = new StaleCitations(byKey, succession, diagnostics);
            for (RenderedDocument doc : docs) {
                for (OutgoingLink l : doc.links()) {
                    switch (l.kind()) {
                        case UNRESOLVED -> {
                            if (unloaded.leadsTo(l)) continue; // its target's own errors are reported
                            boolean ambiguous = l.hint() != null && l.hint().startsWith(CitationKeys.AMBIGUOUS);
                            String termPage = l.raw().startsWith("@") ? keys(citationKeys, corpus).termPageLabel(l.raw().substring(1), corpus) : null;
                            String what = termPage != null ? "'" + l.raw() + "' is " + article(termPage) + " " + termPage.toLowerCase(java.util.Locale.ROOT)
                                    + ", not a publication"
                                    : l.raw().startsWith("@") ? "citation [" + l.raw() + "] " + (ambiguous ? "is ambiguous" : "matches no document")
                                    : "link target '" + LinkDestination.quoted(l.raw()) + "' does not exist";
                            report(corpus, diagnostics, l, what);
                            continue;
                        }
                        case MALFORMED -> {
                            report(corpus, diagnostics, l, "link destination '" + LinkDestination.quoted(l.raw()) + "' is not a valid URL");
                            continue;
                        }
                        case EXTERNAL, PAGE -> {
                            continue;
                        }
                        default -> {
                        }
                    }
                    RenderedDocument target = rendered.get(l.targetKey());
                    if (l.fragment() != null && !l.fragment().isEmpty() && target != null && !hasAnchor(target, l.fragment())) {
                        List<String> ids = new ArrayList<>(target.headingIds());
                        String hint = Suggest.nearest(l.fragment(), ids).map(s -> "did you mean #" + s + "?")
                                .orElse(ids.isEmpty() ? "that page has no headings" : "its headings are #" + String.join(", #", ids.stream().sorted().limit(12).toList()));
                        report(corpus, diagnostics, new OutgoingLink(l.kind(), l.raw(), l.ref(), l.targetKey(), l.fragment(), l.footnote(), hint),
                                "no heading '#" + l.fragment() + "' in " + l.targetKey());
                    }
                    if (l.targetKey().equals(doc.key())) continue;
                    stale.check(doc.key(), l);
                    boolean citation = l.kind() == OutgoingLink.Kind.CITATION || l.footnote() > 0;
                    if (citation) {
                        citations++;
                        cited.computeIfAbsent(l.targetKey(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(doc.key(), k -> new TreeSet<>()).add(l.footnote());
                    } else {
                        links++;
                        linked.computeIfAbsent(l.targetKey(), k -> new LinkedHashSet<>()).add(doc.key());
                    }
                }
            }
        }
    }

    /** The citation keys, made once, by whichever slice first needs them. */
    private static CitationKeys keys(CitationKeys[] holder, Corpus corpus) {
        synchronized (holder) {
            if (holder[0] == null) holder[0] = new CitationKeys(corpus);
            return holder[0];
        }
    }

    /**
     * A broken or malformed link: an error, or a warning when site-config.yml says links: {mode: warn} (a site moving in
     * builds while its links are mended).
     */
    private static void report(Corpus corpus, Diagnostics diagnostics, OutgoingLink l, String what) {
        if (corpus.config().migration().linkWarnings()) diagnostics.warning(l.ref(), what, l.hint());
        else diagnostics.error(l.ref(), what, l.hint());
    }

    /** "a" or "an" before a word, by its first letter (enough for a type's label: "a place", "an organisation"). */
    private static String article(String word) {
        return !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static boolean hasAnchor(RenderedDocument target, String fragment) {
        if (target.headingIds().contains(fragment) || target.anchors().contains(fragment)) return true;
        Set<String> notes = new HashSet<>();
        for (Footnote f : target.footnotes()) {
            notes.add(f.id());
            notes.addAll(f.backrefs());
        }
        return notes.contains(fragment);
    }
}
