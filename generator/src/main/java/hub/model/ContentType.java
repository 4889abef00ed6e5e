package hub.model;

import java.util.List;

/**
 * A kind of document declared in site-config.yml. When {@code termOf} is set, documents of this
 * type are not publications: each is the page of one term of that taxonomy. {@code citeAs} says
 * what kind of work its documents are when they are cited (the entry type of each citation format).
 * {@code singular} is the noun for one document in running text ("key message"), {@code listPrefix}
 * what lists and feeds put before a title that needs context ("Key messages"; null for none), and
 * {@code fullText} whether its documents should link to a full text elsewhere (checked, with a warning).
 */
public record ContentType(String id, String label, String plural, String folder, String permalink,
                          List<String> required, String termOf, Genre citeAs, String singular, String listPrefix,
                          boolean fullText) {
    public ContentType {
        required = List.copyOf(required);
    }

    /** A type with the defaults for the keys added after the first release (tests and scaffolds). */
    public ContentType(String id, String label, String plural, String folder, String permalink,
                       List<String> required, String termOf, Genre citeAs) {
        this(id, label, plural, folder, permalink, required, termOf, citeAs, label.toLowerCase(java.util.Locale.ROOT), null, false);
    }

    /**
     * The title lists and feeds show: "Key messages: Evidence" for a type with a list prefix, unless the title
     * already starts with it ("Key messages about public service reform" stays as it is).
     */
    public String listTitle(String title) {
        if (listPrefix == null || title.regionMatches(true, 0, listPrefix, 0, listPrefix.length())) return title;
        return listPrefix + ": " + title;
    }

    public boolean isPublication() {
        return termOf == null;
    }

    /** The URL of the type's listing page, relative to the site root, e.g. {@code briefings/}. */
    public String listPath() {
        return folder + "/";
    }
}
