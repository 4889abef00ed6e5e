package hub.model;

/**
 * A query: {@code prefix} makes the last word match its completions (as the browser does while
 * someone types); {@code byDate} sorts newest first instead of by relevance; {@code offset} skips
 * the first results (a later page: "show more" on the search page, {@code hub search --page}).
 * Blank text with a filter browses: every matching publication, newest first.
 */
public record SearchRequest(String text, SearchFilters filters, boolean prefix, boolean byDate, int limit, int offset) {
    public SearchRequest(String text, SearchFilters filters, boolean prefix, boolean byDate, int limit) {
        this(text, filters, prefix, byDate, limit, 0);
    }

    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, SearchFilters.NONE, false, false, limit);
    }

    /** Blank text and at least one filter: list the filtered publications instead of ranking words. */
    public boolean browse() {
        return (text == null || text.isBlank()) && !filters.isEmpty();
    }
}
