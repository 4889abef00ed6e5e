package hub.link;

import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.Lifecycle;
import hub.model.Succession;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves each superseded document's {@code superseded_by} to the document it names (as a citation key names
 * it), reporting at the value: a name that matches no document (with the nearest key), a document that names
 * itself, and replacements that lead back round to where they started (each member of the cycle reports it, since
 * each file holds a link of it). A chain (a replaced by b, b by c) is fine: each page links to its own replacement.
 */
final class SuccessionPlanner {
    private SuccessionPlanner() {
    }

    static Succession plan(Corpus corpus, Diagnostics diagnostics) {
        CitationKeys keys = null; // made for the first superseded publication: most sites have few or none
        Map<String, String> replacementOf = new TreeMap<>();
        Map<String, Document> superseded = new TreeMap<>();
        for (Document d : corpus.documents()) {
            Lifecycle l = d.lifecycle();
            if (l.status() != Lifecycle.Status.SUPERSEDED || l.supersededBy() == null) continue;
            if (keys == null) keys = new CitationKeys(corpus);
            String target = keys.documentKey(l.supersededBy());
            List<String> could = keys.ambiguous(l.supersededBy());
            if (target == null && !could.isEmpty()) {
                diagnostics.error(l.supersededByRef(), "superseded_by '" + l.supersededBy() + "' is ambiguous",
                        CitationKeys.AMBIGUOUS + could.size() + " documents; name one by its key: " + String.join(" or ", could));
            } else if (target == null) {
                diagnostics.error(l.supersededByRef(), "superseded_by '" + l.supersededBy() + "' matches no document",
                        keys.nearest(l.supersededBy()).map(k -> "did you mean '" + k + "'?")
                                .orElse("name the replacement by its slug (or type/slug), as [@slug] would cite it"));
            } else if (target.equals(d.key())) {
                diagnostics.error(l.supersededByRef(), "a publication cannot be superseded by itself", "name the publication that replaces this one");
            } else {
                replacementOf.put(d.key(), target);
                superseded.put(d.key(), d);
            }
        }
        for (var e : superseded.entrySet()) {
            List<String> cycle = cycleFrom(e.getKey(), replacementOf);
            if (cycle != null) {
                diagnostics.error(e.getValue().lifecycle().supersededByRef(), "superseded_by makes a cycle: " + String.join(" -> ", cycle),
                        "a replacement must be newer than what it replaces; remove superseded_by from the current one");
            }
        }
        Map<String, List<String>> supersedes = new TreeMap<>();
        replacementOf.forEach((from, to) -> supersedes.computeIfAbsent(to, k -> new ArrayList<>()).add(from));
        return new Succession(replacementOf, supersedes);
    }

    /** The keys from {@code start} round to {@code start} again when following replacements comes back to it, else null. */
    private static List<String> cycleFrom(String start, Map<String, String> replacementOf) {
        Set<String> path = new LinkedHashSet<>();
        String at = start;
        while (at != null && path.add(at)) at = replacementOf.get(at);
        if (!start.equals(at)) return null;
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
    }
}
