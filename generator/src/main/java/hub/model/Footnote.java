package hub.model;

import java.util.List;

/**
 * A footnote as rendered: its number (by first reference), its unique id on the page, its HTML,
 * the ids of every reference to it (one back-link each), and the document it cites, if any.
 */
public record Footnote(int number, String label, String id, String html, List<String> backrefs, String citesKey,
                       SourceRef ref) {
    public Footnote {
        backrefs = List.copyOf(backrefs);
    }
}
