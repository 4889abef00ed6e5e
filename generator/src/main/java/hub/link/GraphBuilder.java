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
        return build(rendered, corpus, succession, unloaded, diagnostics, slice, null);
    }

    /** At most this many documents checked again by {@link #update}; more, and the graph is made anew. */
    private static final int UPDATE_AT_MOST = 200;

    /**
     * The graph of {@code rendered}, updated from {@code memo}'s when the documents that did not load and the documents'
     * keys are what they were then, and the front matter too, or it changed only in documents {@code frontMatter} names
     * (with the same succession): only the documents whose rendering is another object, those that link to a #fragment
     * of one of them, and those that link to a document whose front matter changed (or to one it replaces: a warning
     * names the replacement's title) are checked again, and only the lists of the targets their links reach change.
     * Otherwise it is made anew. Either way {@code memo} then describes the graph returned.
     */
    static LinkGraph update(Links.Memo memo, Links.FrontMatter frontMatter, Map<String, RenderedDocument> rendered, Corpus corpus,
                            Succession succession, java.util.Set<String> unloadedFiles, Diagnostics diagnostics) {
        Unloaded unloaded = new Unloaded(unloadedFiles);
        boolean same = frontMatter.token() != null && memo.frontMatter == frontMatter.token();
        boolean known = !same && frontMatter.previous() != null && memo.frontMatter == frontMatter.previous() && frontMatter.changed() != null
                && memo.graph != null && memo.graph.succession().equals(succession);
        if (memo.graph != null && (same || known) && memo.unloaded.equals(unloadedFiles) && memo.rendered.keySet().equals(rendered.keySet())) {
            java.util.SortedSet<String> changed = new TreeSet<>();
            for (var e : rendered.entrySet()) if (memo.rendered.get(e.getKey()) != e.getValue()) changed.add(e.getKey());
            java.util.SortedSet<String> again = new TreeSet<>(changed);
            for (String c : changed) again.addAll(memo.fragmentTargets.getOrDefault(c, Set.of()));
            if (known) {
                for (String c : frontMatter.changed()) {
                    again.add(c);
                    linkersOf(memo.graph, c, again);
                    for (String replaced : succession.supersedes(c)) linkersOf(memo.graph, replaced, again);
                }
            }
            if (again.size() <= UPDATE_AT_MOST) {
                LinkGraph g = patch(memo, again, rendered, corpus, succession, unloaded, diagnostics);
                memo.rendered = rendered;
                memo.frontMatter = frontMatter.token();
                memo.checked = again.size();
                return g;
            }
        }
        Links.Memo fresh = new Links.Memo();
        LinkGraph g = build(rendered, corpus, succession, unloaded, diagnostics, SLICE, fresh);
        memo.graph = g;
        memo.frontMatter = frontMatter.token();
        memo.unloaded = Set.copyOf(unloadedFiles);
        memo.rendered = rendered;
        memo.reported = fresh.reported;
        memo.fragmentTargets = fresh.fragmentTargets;
        memo.checked = rendered.size();
        return g;
    }

    /** Adds the documents that cite or link to {@code target} in {@code graph} to {@code into}. */
    private static void linkersOf(LinkGraph graph, String target, Set<String> into) {
        for (LinkGraph.Citation c : graph.citedBy().getOrDefault(target, List.of())) into.add(c.fromKey());
        into.addAll(graph.linkedFrom().getOrDefault(target, List.of()));
    }

    /** {@link #update} for the documents {@code again}: their old links taken out of the graph, their new ones put in. */
    private static LinkGraph patch(Links.Memo memo, java.util.SortedSet<String> again, Map<String, RenderedDocument> rendered, Corpus corpus,
                                   Succession succession, Unloaded unloaded, Diagnostics diagnostics) {
        Map<String, hub.model.Document> byKey = corpus.byKey();
        CitationKeys[] citationKeys = new CitationKeys[1];
        Map<String, List<hub.diagnostic.Diagnostic>> reported = new TreeMap<>(memo.reported);
        Map<String, Set<String>> fragmentTargets = new HashMap<>(memo.fragmentTargets);
        int links = memo.graph.resolvedLinks(), citations = memo.graph.resolvedCitations();
        Set<String> affected = new HashSet<>();
        Map<String, Slice> redone = new HashMap<>();
        for (String key : again) {
            RenderedDocument before = memo.rendered.get(key);
            for (OutgoingLink l : before.links()) {
                if (l.fragment() != null && !l.fragment().isEmpty() && l.targetKey() != null && fragmentTargets.containsKey(l.targetKey())) {
                    Set<String> from = new TreeSet<>(fragmentTargets.get(l.targetKey()));
                    from.remove(key);
                    if (from.isEmpty()) fragmentTargets.remove(l.targetKey());
                    else fragmentTargets.put(l.targetKey(), from);
                }
                if (!counted(l, key)) continue;
                affected.add(l.targetKey());
                if (l.kind() == OutgoingLink.Kind.CITATION || l.footnote() > 0) citations--;
                else links--;
            }
            Slice one = new Slice(List.of(rendered.get(key)), diagnostics.strict());
            one.run(rendered, corpus, byKey, succession, unloaded, citationKeys);
            redone.put(key, one);
            links += one.links;
            citations += one.citations;
            affected.addAll(one.cited.keySet());
            affected.addAll(one.linked.keySet());
            reported.remove(key);
            reported.putAll(one.reported);
            one.fragmentTargets.forEach((target, from) -> {
                Set<String> all = new TreeSet<>(fragmentTargets.getOrDefault(target, Set.of()));
                all.addAll(from);
                fragmentTargets.put(target, all);
            });
        }
        Map<String, List<LinkGraph.Citation>> citedBy = new TreeMap<>(memo.graph.citedBy());
        Map<String, List<String>> linkedFrom = new TreeMap<>(memo.graph.linkedFrom());
        for (String target : affected) {
            List<LinkGraph.Citation> cites = new ArrayList<>();
            for (LinkGraph.Citation c : citedBy.getOrDefault(target, List.of())) if (!again.contains(c.fromKey())) cites.add(c);
            List<String> from = new ArrayList<>();
            for (String f : linkedFrom.getOrDefault(target, List.of())) if (!again.contains(f)) from.add(f);
            redone.forEach((key, one) -> {
                TreeSet<Integer> notes = one.cited.getOrDefault(target, Map.of()).get(key);
                if (notes != null) cites.add(new LinkGraph.Citation(key, List.copyOf(notes)));
                if (one.linked.getOrDefault(target, Set.of()).contains(key)) from.add(key);
            });
            // Sources in key order, as one pass over the documents in key order adds them.
            cites.sort(java.util.Comparator.comparing(LinkGraph.Citation::fromKey));
            from.sort(java.util.Comparator.naturalOrder());
            if (cites.isEmpty()) citedBy.remove(target);
            else citedBy.put(target, List.copyOf(cites));
            if (from.isEmpty()) linkedFrom.remove(target);
            else linkedFrom.put(target, List.copyOf(from));
        }
        reported.values().forEach(list -> list.forEach(diagnostics::add));
        LinkGraph graph = new LinkGraph(citedBy, linkedFrom, links, citations, succession);
        memo.graph = graph;
        memo.reported = reported;
        memo.fragmentTargets = fragmentTargets;
        return graph;
    }

    /** Whether {@link Slice#run} counts {@code l} of the document {@code from} in the graph (a link or citation of another document). */
    private static boolean counted(OutgoingLink l, String from) {
        return switch (l.kind()) {
            case UNRESOLVED, MALFORMED, EXTERNAL, PAGE -> false;
            default -> !l.targetKey().equals(from);
        };
    }

    private static LinkGraph build(Map<String, RenderedDocument> rendered, Corpus corpus, Succession succession, Unloaded unloaded,
                                   Diagnostics diagnostics, int slice, Links.Memo memo) {
        List<RenderedDocument> inKeyOrder = rendered instanceof SortedMap<String, RenderedDocument> sorted && sorted.comparator() == null
                ? new ArrayList<>(rendered.values()) : java.util.Arrays.stream(hub.parallel.Parallel.sortedKeys(rendered)).map(rendered::get).toList();
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
            if (memo != null) {
                memo.reported.putAll(part.reported);
                part.fragmentTargets.forEach((target, from) -> memo.fragmentTargets.computeIfAbsent(target, k -> new TreeSet<>()).addAll(from));
            }
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
        /** Per document that reported something, what it reported; per target of a link with a #fragment, who links so. */
        final Map<String, List<hub.diagnostic.Diagnostic>> reported = new HashMap<>();
        final Map<String, Set<String>> fragmentTargets = new HashMap<>();
        int links, citations;

        Slice(List<RenderedDocument> docs, boolean strict) {
            this.docs = docs;
            this.diagnostics = new Diagnostics(strict);
        }

        void run(Map<String, RenderedDocument> rendered, Corpus corpus, Map<String, hub.model.Document> byKey, Succession succession,
                 Unloaded unloaded, CitationKeys[] citationKeys) {
            StaleCitations stale = new StaleCitations(byKey, succession, diagnostics);
            for (RenderedDocument doc : docs) {
                int mark = diagnostics.mark();
                for (OutgoingLink l : doc.links()) {
                    if (l.fragment() != null && !l.fragment().isEmpty() && l.targetKey() != null) {
                        fragmentTargets.computeIfAbsent(l.targetKey(), k -> new TreeSet<>()).add(doc.key());
                    }
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
                List<hub.diagnostic.Diagnostic> found = diagnostics.since(mark);
                if (!found.isEmpty()) reported.put(doc.key(), found);
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
