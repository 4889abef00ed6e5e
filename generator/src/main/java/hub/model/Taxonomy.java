package hub.model;

import java.util.List;
import java.util.Optional;

/** A taxonomy with the terms it publishes, sorted by label (controlled ones in declared order). */
public record Taxonomy(TaxonomyDef def, List<Term> terms) {
    public Taxonomy {
        terms = List.copyOf(terms);
    }

    public String id() {
        return def.id();
    }

    public Optional<Term> term(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
