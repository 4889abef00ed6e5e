package hub.link;

import hub.diagnostic.Suggest;
import hub.model.Corpus;
import hub.model.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a document may be cited by: its key (type/slug) always, and its slug alone when no other type uses
 * the slug. A {@code [@key]} citation and a {@code superseded_by:} value name documents the same way.
 */
final class CitationKeys {
    private final Map<String, String> keys = new HashMap<>();
    private final List<String> sorted;

    CitationKeys(Corpus corpus) {
        Map<String, Integer> counts = new HashMap<>();
        corpus.documents().forEach(d -> counts.merge(d.slug(), 1, Integer::sum));
        for (Document d : corpus.documents()) {
            keys.put(d.key(), d.key());
            if (counts.get(d.slug()) == 1) keys.put(d.slug(), d.key());
        }
        // Hints suggest publications only: a place's or person's page cannot be cited.
        this.sorted = keys.entrySet().stream().filter(e -> corpus.config().type(corpus.byKey().get(e.getValue()).type())
                .map(t -> t.isPublication()).orElse(true)).map(Map.Entry::getKey).sorted().toList();
    }

    /** The key of the document {@code written} names, or null. */
    String documentKey(String written) {
        return keys.get(written.strip());
    }

    /**
     * The label of the type ("Place", "Person") when {@code written} names the page of a taxonomy term rather than a
     * publication (a citation of it is an error); null otherwise.
     */
    String termPageLabel(String written, Corpus corpus) {
        String key = documentKey(written);
        Document d = key == null ? null : corpus.byKey().get(key);
        if (d == null) return null;
        return corpus.config().type(d.type()).filter(t -> t.termOf() != null).map(t -> t.label()).orElse(null);
    }

    /** The citation key nearest to {@code written}, if one is near enough to be a typo of it. */
    Optional<String> nearest(String written) {
        return Suggest.nearest(written.strip(), sorted);
    }

    /** The first citation key in order, for an example in a hint. */
    String example() {
        return sorted.stream().findFirst().orElse("slug");
    }
}
