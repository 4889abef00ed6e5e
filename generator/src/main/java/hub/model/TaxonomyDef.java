package hub.model;

import java.util.List;

/**
 * A taxonomy declared in site-config.yml: controlled (a fixed list of terms) or open. {@code role} is what
 * the site uses it for ({@link TaxonomyRole}), or null for a taxonomy that only has its own pages.
 */
public record TaxonomyDef(String id, String label, String plural, String base, boolean controlled, List<TermDef> terms,
                          TaxonomyRole role) {
    /** The id of the authors taxonomy: the {@code authors:} front-matter key, on every site. */
    public static final String AUTHORS = TaxonomyRole.AUTHORS.key();

    public TaxonomyDef {
        terms = List.copyOf(terms);
    }

    /** The base path relative to the site root, without leading slash, with trailing slash, e.g. {@code themes/}. */
    public String basePath() {
        String b = base.replaceAll("^/+", "");
        return b.endsWith("/") ? b : b + "/";
    }

    /** The same taxonomy with another role. */
    public TaxonomyDef withRole(TaxonomyRole r) {
        return new TaxonomyDef(id, label, plural, base, controlled, terms, r);
    }
}
