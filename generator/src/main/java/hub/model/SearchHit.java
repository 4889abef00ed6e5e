package hub.model;

/** One search result: excerpt has the matched words in {@code <b>} tags; type is the type id. */
public record SearchHit(String key, String title, String url, float score, String excerpt, String type, String date) {
}
