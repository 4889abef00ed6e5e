package hub.model;

import java.util.List;
import java.util.Map;

/**
 * Which publication replaces which, resolved by the link stage from each superseded document's
 * {@code superseded_by}: {@code replacementOf} maps a superseded document's key to its replacement's,
 * {@code supersedes} the other way (a replacement's key to the documents it replaces, in key order).
 */
public record Succession(Map<String, String> replacementOf, Map<String, List<String>> supersedes) {
    public static final Succession NONE = new Succession(Map.of(), Map.of());

    public Succession {
        replacementOf = Map.copyOf(replacementOf);
        supersedes = Map.copyOf(supersedes);
    }

    public String replacementOf(String key) {
        return replacementOf.get(key);
    }

    public List<String> supersedes(String key) {
        return supersedes.getOrDefault(key, List.of());
    }
}
