package hub.taxonomy;

import hub.diagnostic.Suggest;
import hub.model.TaxonomyDef;
import hub.model.TermDef;
import hub.text.Slug;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up what an editor wrote in a controlled taxonomy: an id or label, a synonym, or a retired term. */
final class ControlledVocabulary {
    enum Match { EXACT, SYNONYM, RETIRED }

    record Resolution(String termId, Match match, String written) {
    }

    private final TaxonomyDef def;
    private final Map<String, String> exact = new LinkedHashMap<>();
    private final Map<String, String> synonyms = new LinkedHashMap<>();
    private final Map<String, String> retired = new LinkedHashMap<>();

    ControlledVocabulary(TaxonomyDef def) {
        this.def = def;
        for (TermDef t : def.terms()) {
            String target = successor(t);
            if (t.replacedBy() != null) {
                retired.put(TermNames.normalise(t.id()), target);
                retired.put(TermNames.normalise(t.label()), target);
            } else {
                exact.put(TermNames.normalise(t.id()), t.id());
                exact.put(TermNames.normalise(t.label()), t.id());
            }
            for (String s : t.synonyms()) synonyms.putIfAbsent(TermNames.normalise(s), target);
        }
    }

    /** Follows replaced_by links to the live term (a chain ends at a term without replaced_by; cycles stop). */
    private String successor(TermDef t) {
        TermDef cur = t;
        for (int hops = 0; cur.replacedBy() != null && hops < 16; hops++) {
            String next = cur.replacedBy();
            cur = def.terms().stream().filter(x -> x.id().equals(next)).findFirst().orElse(null);
            if (cur == null) return next;
        }
        return cur.id();
    }

    Optional<Resolution> resolve(String written) {
        String n = TermNames.normalise(written);
        if (exact.containsKey(n)) return Optional.of(new Resolution(exact.get(n), Match.EXACT, written));
        if (retired.containsKey(n)) return Optional.of(new Resolution(retired.get(n), Match.RETIRED, written));
        if (synonyms.containsKey(n)) return Optional.of(new Resolution(synonyms.get(n), Match.SYNONYM, written));
        String slug = Slug.of(written, "term");
        if (exact.containsKey(slug)) return Optional.of(new Resolution(exact.get(slug), Match.EXACT, written));
        return Optional.empty();
    }

    /** The hint for an unknown value: the nearest id, label or synonym (a synonym names its term). */
    String hint(String written) {
        String n = TermNames.normalise(written);
        Map<String, String> all = new LinkedHashMap<>();
        exact.forEach((k, v) -> all.putIfAbsent(k, v));
        synonyms.forEach((k, v) -> all.putIfAbsent(k, v));
        Optional<String> near = Suggest.nearest(n, all.keySet());
        if (near.isPresent()) {
            String id = all.get(near.get());
            return near.get().equals(id) ? "did you mean '" + id + "'?" : "did you mean '" + id + "' ('" + near.get() + "' is one of its names)?";
        }
        List<String> ids = def.terms().stream().filter(t -> t.replacedBy() == null).map(TermDef::id).toList();
        return "valid " + def.plural().toLowerCase() + ": " + String.join(", ", ids);
    }
}
