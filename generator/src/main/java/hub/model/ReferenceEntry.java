package hub.model;

/**
 * One entry of a document's reference list: a publication it cites with {@code [@key]}, its author-date label as the
 * document's inline citations show it ("What Works Scotland 2019a": the letter tells apart works that would otherwise
 * share a label on that page), and the formatted reference (HTML made by the generator) with the same year.
 */
public record ReferenceEntry(String key, String label, String html) {
}
