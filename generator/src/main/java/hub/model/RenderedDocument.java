package hub.model;

import hub.memo.Hash;

import java.util.List;
import java.util.Set;

/**
 * A document's body rendered to safe HTML, with what the link stage and templates need to know of it: its
 * headings, notes, reference list (the works it cites with {@code [@key]}) and links.
 * Its plain text is not kept (as large as the body): {@code hub.text.PlainText.ofDocument} makes it where needed.
 * {@code hash} is the hash of everything else in it, made by the Markdown stage: pages that show the body
 * are fingerprinted with it instead of hashing the HTML again.
 */
public record RenderedDocument(String key, String html, List<Heading> headings, List<Heading> toc,
                               List<Footnote> footnotes, List<ReferenceEntry> references, List<OutgoingLink> links, int words, Hash hash) {
    public RenderedDocument {
        references = List.copyOf(references);
        headings = List.copyOf(headings);
        toc = List.copyOf(toc);
        footnotes = List.copyOf(footnotes);
        links = List.copyOf(links);
    }

    public Set<String> headingIds() {
        return headings.stream().map(Heading::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
