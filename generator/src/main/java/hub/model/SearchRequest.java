package hub.model;

/**
 * A query: {@code prefix} makes the last word match its completions (as the browser does while
 * someone types); {@code byDate} sorts newest first instead of by relevance.
 */
public record SearchRequest(String text, SearchFilters filters, boolean prefix, boolean byDate, int limit) {
    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, SearchFilters.NONE, false, false, limit);
    }
}
