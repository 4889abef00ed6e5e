package hub.model;

/** Narrowing a search: null means "any". */
public record SearchFilters(String type, String theme, String place, String year) {
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

    public boolean isEmpty() {
        return type == null && theme == null && place == null && year == null;
    }
}
