package hub.model;

import java.util.List;
import java.util.Map;

/**
 * Who points at whom. {@code citedBy}: target key to the citing documents, each with the numbers
 * of the footnotes that cite it (0 for an inline citation). {@code linkedFrom}: target key to the
 * documents with ordinary links to it. Lists are sorted by the citing document's key. {@code succession}: which
 * publication replaces which ({@code superseded_by}).
 */
public record LinkGraph(Map<String, List<Citation>> citedBy, Map<String, List<String>> linkedFrom,
                        int resolvedLinks, int resolvedCitations, Succession succession) {
    public record Citation(String fromKey, List<Integer> notes) {
        public Citation {
            notes = List.copyOf(notes);
        }
    }

    public LinkGraph {
        citedBy = Map.copyOf(citedBy);
        linkedFrom = Map.copyOf(linkedFrom);
    }

    public List<Citation> citedBy(String key) {
        return citedBy.getOrDefault(key, List.of());
    }

    public List<String> linkedFrom(String key) {
        return linkedFrom.getOrDefault(key, List.of());
    }
}
