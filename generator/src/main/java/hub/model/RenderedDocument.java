package hub.model;

import hub.memo.Hash;

import java.util.List;
import java.util.Set;

/**
 * A document's body rendered to safe HTML, with what the link stage and templates need to know of it: its
 * headings, notes, reference list (the works it cites with {@code [@key]}) and links.
 * Its plain text is not kept (as large as the body): {@code hub.text.PlainText.ofDocument} makes it where needed.
 * {@code hash} is the hash of everything else in it, made by the Markdown stage: pages that show the body
 * are fingerprinted with it instead of hashing the HTML again. {@code anchors} are the ids its raw HTML gives
 * ({@code <a id>}, an old {@code <a name>}), fragment targets as its headings' ids are.
 */
public record RenderedDocument(String key, String html, List<Heading> headings, List<Heading> toc,
                               List<Footnote> footnotes, List<ReferenceEntry> references, List<String> anchors, List<OutgoingLink> links,
                               int words, Hash hash) {
    public RenderedDocument {
        references = List.copyOf(references);
        headings = List.copyOf(headings);
        toc = List.copyOf(toc);
        footnotes = List.copyOf(footnotes);
        anchors = List.copyOf(anchors);
        links = List.copyOf(links);
    }

    /**
     * The same rendering without its HTML: what a large build holds of a document for the link stage (which reads its
     * links, headings and anchors), while the pages read the whole rendering back from the work folder.
     */
    public RenderedDocument withoutHtml() {
        return html.isEmpty() ? this : new RenderedDocument(key, "", headings, toc, footnotes, references, anchors, links, words, hash);
    }

    public Set<String> headingIds() {
        return headings.stream().map(Heading::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
