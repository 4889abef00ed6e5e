package hub.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import hub.model.LinkTarget;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the renderer needs to know about one document while Flexmark renders it: the link each
 * node resolved to, and the footnote numbering. Stored on the parsed AST (not in a static or a
 * thread-local) so one shared renderer serves every document and every thread.
 */
final class DocContext {
    static final DataKey<DocContext> KEY = new DataKey<>("HUB_DOC_CONTEXT", (DocContext) null);

    final String slug;
    final Map<Node, LinkTarget> targets = new IdentityHashMap<>();
    /** A Pandoc citation node ({@code [@a; @b, p. 4]}) to the documents it cites. */
    final Map<Node, java.util.List<Cite>> citations = new IdentityHashMap<>();
    /** Footnote definition node to its rendered content. */
    final Map<Node, String> noteHtml = new IdentityHashMap<>();
    /** Footnote reference node to its (number, occurrence) pair. */
    final Map<Node, int[]> footnoteRefs = new IdentityHashMap<>();

    /** One key of a citation: what was written, the locator after a comma, where it resolved, the short text shown. */
    record Cite(String key, String locator, LinkTarget target, String text) {
    }

    DocContext(String slug) {
        this.slug = slug;
    }

    String noteId(int number) {
        return "fn-" + slug + "-" + number;
    }

    String refId(int number, int occurrence) {
        return "fnref-" + slug + "-" + number + (occurrence > 1 ? "-" + occurrence : "");
    }
}
