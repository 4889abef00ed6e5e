package hub.model;

import java.util.List;

/** A term of a controlled taxonomy as declared in site-config.yml. */
public record TermDef(String id, String label, String description, List<String> synonyms, String replacedBy) {
    public TermDef {
        synonyms = List.copyOf(synonyms);
    }
}
