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
    /** Footnote definition node to its rendered content. */
    final Map<Node, String> noteHtml = new IdentityHashMap<>();
    /** Footnote reference node to its (number, occurrence) pair. */
    final Map<Node, int[]> footnoteRefs = new IdentityHashMap<>();

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
