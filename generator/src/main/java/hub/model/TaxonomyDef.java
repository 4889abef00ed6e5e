package hub.model;

import java.util.List;

/** A taxonomy declared in site-config.yml: controlled (a fixed list of terms) or open. */
public record TaxonomyDef(String id, String label, String plural, String base, boolean controlled, List<TermDef> terms) {
    public TaxonomyDef {
        terms = List.copyOf(terms);
    }

    /** The base path relative to the site root, without leading slash, with trailing slash, e.g. {@code themes/}. */
    public String basePath() {
        String b = base.replaceAll("^/+", "");
        return b.endsWith("/") ? b : b + "/";
    }
}
