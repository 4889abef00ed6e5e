package hub.link;

import hub.diagnostic.Suggest;
import hub.model.Corpus;
import hub.model.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a document may be cited by: its key always, its type/slug and its slug alone when no other document
 * has them. A {@code [@key]} citation and a {@code superseded_by:} value name documents the same way. A name two
 * documents share (the same slug on two dates) names neither: {@link #ambiguous} lists the keys it could mean.
 */
final class CitationKeys {
    /** How the hint of a citation that names several documents begins (so the link check can say so). */
    static final String AMBIGUOUS = "it names ";
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, List<String>> shared = new HashMap<>();
    /** The citable keys in order, for hints: made when a hint needs them (most builds have no broken citation). */
    private volatile List<String> sorted;
    private final Map<String, Document> byKey;
    private final Corpus corpus;

    CitationKeys(Corpus corpus) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Document d : corpus.documents()) {
            keys.put(d.key(), d.key());
            byName.computeIfAbsent(d.slug(), k -> new ArrayList<>()).add(d.key());
            String typeSlug = Document.keyOf(d.lang(), d.type(), d.slug());
            if (!typeSlug.equals(d.key())) byName.computeIfAbsent(typeSlug, k -> new ArrayList<>()).add(d.key());
        }
        byName.forEach((name, ks) -> {
            if (keys.containsKey(name)) return;
            if (ks.size() == 1) keys.put(name, ks.get(0));
            else shared.put(name, ks.stream().sorted().toList());
        });
        // Hints suggest publications only: a place's or person's page cannot be cited. (The map of documents by key is
        // made once: made per key, it cost a 10,000-document check 30 s.)
        this.byKey = corpus.byKey();
        this.corpus = corpus;
    }

    private List<String> sorted() {
        List<String> s = sorted;
        if (s == null) {
            s = keys.entrySet().stream().filter(e -> corpus.config().type(byKey.get(e.getValue()).type())
                    .map(t -> t.isPublication()).orElse(true)).map(Map.Entry::getKey).sorted().toList();
            sorted = s;
        }
        return s;
    }

    /** The key of the document {@code written} names, or null. */
    String documentKey(String written) {
        return keys.get(written.strip());
    }

    /** The keys of the documents {@code written} could mean when several share it (in key order); empty otherwise. */
    List<String> ambiguous(String written) {
        return shared.getOrDefault(written.strip(), List.of());
    }

    /**
     * The label of the type ("Place", "Person") when {@code written} names the page of a taxonomy term rather than a
     * publication (a citation of it is an error); null otherwise.
     */
    String termPageLabel(String written, Corpus corpus) {
        String key = documentKey(written);
        Document d = key == null ? null : byKey.get(key);
        if (d == null) return null;
        return corpus.config().type(d.type()).filter(t -> t.termOf() != null).map(t -> t.label()).orElse(null);
    }

    /** The citation key nearest to {@code written}, if one is near enough to be a typo of it. */
    Optional<String> nearest(String written) {
        return Suggest.nearest(written.strip(), sorted());
    }

    /** The first citation key in order, for an example in a hint. */
    String example() {
        return sorted().stream().findFirst().orElse("slug");
    }
}
