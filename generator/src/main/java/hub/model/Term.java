package hub.model;

/** A term of a taxonomy as the site publishes it: {@code path} is relative to the site root, e.g. {@code themes/prevention/}. */
public record Term(String taxonomy, String id, String label, String description, String path) {
}
