package hub.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every taxonomy with its terms, and which terms each document carries: {@code assignments} maps a
 * document key to taxonomy id to term ids (in the order the editor wrote them, duplicates removed).
 */
public record Taxonomies(List<Taxonomy> taxonomies, Map<String, Map<String, List<String>>> assignments) {
    public Taxonomies {
        taxonomies = List.copyOf(taxonomies);
        assignments = Map.copyOf(assignments);
    }

    public Optional<Taxonomy> get(String id) {
        for (Taxonomy t : taxonomies) if (t.id().equals(id)) return Optional.of(t); // asked per reference and page: no stream
        return Optional.empty();
    }

    public List<Term> termsOf(String docKey, String taxonomy) {
        List<String> ids = assignments.getOrDefault(docKey, Map.of()).getOrDefault(taxonomy, List.of());
        if (ids.isEmpty()) return List.of();
        Optional<Taxonomy> tax = get(taxonomy);
        if (tax.isEmpty()) return List.of();
        List<Term> out = new java.util.ArrayList<>(ids.size());
        for (String id : ids) tax.get().term(id).ifPresent(out::add);
        return java.util.Collections.unmodifiableList(out);
    }

    public List<String> termIdsOf(String docKey, String taxonomy) {
        return assignments.getOrDefault(docKey, Map.of()).getOrDefault(taxonomy, List.of());
    }

    /** The taxonomy that plays {@code role} (site-config.yml's {@code role:}), if the site has one. */
    public Optional<Taxonomy> withRole(TaxonomyRole role) {
        for (Taxonomy t : taxonomies) if (t.def().role() == role) return Optional.of(t); // per document: no stream
        return Optional.empty();
    }

    /** The terms of a document in the taxonomy that plays {@code role} (none when no taxonomy does). */
    public List<Term> termsOf(String docKey, TaxonomyRole role) {
        Optional<Taxonomy> t = withRole(role);
        return t.isEmpty() ? List.of() : termsOf(docKey, t.get().id());
    }

    /** The term ids of a document in the taxonomy that plays {@code role} (none when no taxonomy does). */
    public List<String> termIdsOf(String docKey, TaxonomyRole role) {
        Optional<Taxonomy> t = withRole(role);
        return t.isEmpty() ? List.of() : termIdsOf(docKey, t.get().id());
    }
}
