package hub.model;

/** One value an editor wrote in a taxonomy list of the front matter, with where it was written. */
public record TermValue(String value, SourceRef ref) {
}
