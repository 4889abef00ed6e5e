package hub.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import hub.markdown.citation.Citation;

import java.util.ArrayList;
import java.util.List;

/**
 * One walk over a parsed body, in document order (Flexmark's pre-order), collecting what rendering needs:
 * footnote definitions and references, links, images and citations (each with the footnote it sits in, and
 * those Markdown could not read: {@link #unreadLink}), headings outside footnotes, and whether the body has
 * raw HTML. The walk follows the tree's own pointers, so a deeply nested body cannot overflow the stack.
 */
final class Scan {
    /** A link, image or citation node and the footnote definition it sits in (null in the running text). */
    record Found(Node node, FootnoteBlock note) {
    }

    private final List<FootnoteBlock> definitions = new ArrayList<>();
    private final List<Footnote> references = new ArrayList<>();
    private final List<Found> links = new ArrayList<>();
    private final List<Heading> headingNodes = new ArrayList<>();
    private final List<Found> html = new ArrayList<>();
    private boolean rawHtml;

    static Scan of(Document ast) {
        Scan s = new Scan();
        FootnoteBlock note = null;
        Node n = ast.getFirstChild();
        while (n != null) {
            s.visit(n, note);
            if (n.getFirstChild() != null) {
                if (n instanceof FootnoteBlock b) note = b;
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n.getNext() == null) {
                n = n.getParent();
                if (n == ast) n = null;
                else if (n instanceof FootnoteBlock) note = null;
            }
            if (n != null) n = n.getNext();
        }
        return s;
    }

    private void visit(Node n, FootnoteBlock note) {
        if (n instanceof FootnoteBlock b) definitions.add(b);
        else if (n instanceof Footnote f) references.add(f);
        else if (n instanceof Citation || n instanceof Link || n instanceof AutoLink || n instanceof Image
                || n instanceof RefNode r && (r.isDefined() || unreadLink(r))) {
            links.add(new Found(n, note));
        } else if (n instanceof Heading h && note == null) headingNodes.add(h);
        else if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
            rawHtml = true;
            html.add(new Found(n, note));
        }
        // A mail link (<a@b.org>) is left alone, as is an undefined [reference] that is not a citation and has no '(' after it.
    }

    /**
     * Whether {@code ref}, an undefined {@code [text]} or {@code ![alt]}, is right before a '(': a link or image whose
     * destination Markdown could not read ({@code [text](https://example.org/a b)}), so it stayed text.
     */
    private static boolean unreadLink(RefNode ref) {
        BasedSequence source = ref.getChars().getBaseSequence();
        int end = ref.getEndOffset();
        return end < source.length() && source.charAt(end) == '(';
    }

    List<FootnoteBlock> definitions() {
        return definitions;
    }

    List<Footnote> references() {
        return references;
    }

    List<Found> links() {
        return links;
    }

    /** The raw HTML nodes (blocks and inline tags), in document order, each with the footnote it sits in. */
    List<Found> html() {
        return html;
    }

    boolean rawHtml() {
        return rawHtml;
    }

    /** The headings outside footnotes, with the ids the renderer gave them (call after rendering). */
    List<hub.model.Heading> headings() {
        List<hub.model.Heading> out = new ArrayList<>(headingNodes.size());
        for (Heading h : headingNodes) {
            out.add(new hub.model.Heading(h.getLevel(), h.getAnchorRefId(), new TextCollectingVisitor().collectAndGetText(h).strip()));
        }
        return out;
    }
}
