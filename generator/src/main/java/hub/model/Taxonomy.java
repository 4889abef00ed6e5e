package hub.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A taxonomy with the terms it publishes (controlled ones in declared order, open ones by label), looked up by id in O(1). */
public final class Taxonomy {
    private final TaxonomyDef def;
    private final List<Term> terms;
    private final Map<String, Term> byId = new LinkedHashMap<>();

    public Taxonomy(TaxonomyDef def, List<Term> terms) {
        this.def = def;
        this.terms = List.copyOf(terms);
        this.terms.forEach(t -> byId.put(t.id(), t));
    }

    public TaxonomyDef def() {
        return def;
    }

    public List<Term> terms() {
        return terms;
    }

    public String id() {
        return def.id();
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
