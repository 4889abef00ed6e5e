package hub.model;

/**
 * What a link written in a document points at. {@code url} is what the page should link to
 * (rewritten to the target's final URL for internal links). For {@code UNRESOLVED} links,
 * {@code hint} names the nearest existing target; for {@code MALFORMED} ones, what to change.
 */
public record LinkTarget(Kind kind, String targetKey, String fragment, String url, String hint) {
    public enum Kind {
        /** Another document of the archive (or this one, for a #fragment). */
        DOCUMENT,
        /** A generated page that is not a document (a list, a term page) or a static file. */
        PAGE,
        /** Outside the site: left alone. */
        EXTERNAL,
        /** Looks internal but matches nothing: an error. */
        UNRESOLVED,
        /** Not a URL at all ({@code (https://…)}, a space, {@code %zz}): an error, {@code hint} says what to change. */
        MALFORMED
    }

    public static LinkTarget external(String url) {
        return new LinkTarget(Kind.EXTERNAL, null, null, url, null);
    }

    public static LinkTarget unresolved(String url, String hint) {
        return new LinkTarget(Kind.UNRESOLVED, null, null, url, hint);
    }

    public static LinkTarget malformed(String url, String hint) {
        return new LinkTarget(Kind.MALFORMED, null, null, url, hint);
    }
}
