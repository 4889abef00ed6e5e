package hub.model;

/**
 * What a taxonomy is for, beyond its own pages: site-config.yml names it with a taxonomy's {@code role:}
 * key, so neither the Java code nor the templates need to know the taxonomy's id. A role's {@link #key()}
 * is how config and templates write it; a taxonomy whose id is a role's key takes that role when no
 * taxonomy claims it (so {@code id: themes} alone is the themes taxonomy).
 */
public enum TaxonomyRole {
    /**
     * The site's subjects: the home page's cards, the search page's theme filter and the query synonyms,
     * the related-publications bonus for shared terms, the categories of Atom entries, the main menu.
     */
    THEMES("themes"),
    /** Where the work happened: the home page's list, the search page's place filter, the main menu. */
    PLACES("places"),
    /**
     * The people and organisations who wrote a publication: citations ("Bennett and Escobar 2018"),
     * co-authors on their pages, Atom entry authors, the search field for names, the main menu. Always
     * the taxonomy with the id {@code authors}, which every site has (declared or not): it is the
     * {@code authors:} front-matter key.
     */
    AUTHORS("authors");

    private final String key;

    TaxonomyRole(String key) {
        this.key = key;
    }

    /** The role as site-config.yml and the templates write it ({@code themes}). */
    public String key() {
        return key;
    }

    /** The role written as {@code key}, or null. */
    public static TaxonomyRole of(String key) {
        for (TaxonomyRole r : values()) if (r.key.equals(key)) return r;
        return null;
    }
}
