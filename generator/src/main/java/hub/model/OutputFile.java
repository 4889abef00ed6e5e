package hub.model;

/** One file of the built site: a path relative to the output root (forward slashes) and its bytes. */
public record OutputFile(String path, byte[] content, SourceRef origin) {
}
