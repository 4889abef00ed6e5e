package hub.model;

import java.util.List;

/**
 * A kind of document declared in site-config.yml. When {@code termOf} is set, documents of this
 * type are not publications: each is the page of one term of that taxonomy. {@code citeAs} says
 * what kind of work its documents are when they are cited (the entry type of each citation format).
 */
public record ContentType(String id, String label, String plural, String folder, String permalink,
                          List<String> required, String termOf, Genre citeAs) {
    public ContentType {
        required = List.copyOf(required);
    }

    public boolean isPublication() {
        return termOf == null;
    }

    /** The URL of the type's listing page, relative to the site root, e.g. {@code briefings/}. */
    public String listPath() {
        return folder + "/";
    }
}
