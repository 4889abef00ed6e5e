package hub.model;

/** A heading of a rendered document: level 1-6, its stable id and its text. */
public record Heading(int level, String id, String text) {
}
