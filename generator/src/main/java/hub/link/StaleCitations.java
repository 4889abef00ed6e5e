package hub.link;

import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.Lifecycle;
import hub.model.OutgoingLink;
import hub.model.Succession;

import java.util.Map;

/**
 * Warns where a document cites or links to a publication that no longer stands: withdrawn (the hint gives the
 * reason) or superseded (the hint names the replacement to cite). A warning, not an error: the link still works
 * (the page stays at its address with a banner), and an author may mean to point at the old version. Like other
 * warnings it is not promoted by {@code --strict}, which only promotes the footnote warnings. A replacement's own
 * links to what it replaces are expected and not reported.
 */
final class StaleCitations {
    private final Map<String, Document> byKey;
    private final Succession succession;
    private final Diagnostics diagnostics;

    StaleCitations(Map<String, Document> byKey, Succession succession, Diagnostics diagnostics) {
        this.byKey = byKey;
        this.succession = succession;
        this.diagnostics = diagnostics;
    }

    void check(String fromKey, OutgoingLink link) {
        Document target = byKey.get(link.targetKey());
        if (target == null || target.lifecycle().listed()) return;
        String what = link.kind() == OutgoingLink.Kind.CITATION ? "cites" : "links to";
        Lifecycle l = target.lifecycle();
        if (l.status() == Lifecycle.Status.WITHDRAWN) {
            diagnostics.warning(link.ref(), what + " a withdrawn publication: " + target.key(),
                    "withdrawn: " + l.withdrawnReason() + " (remove the citation, or say in the text that it was withdrawn)");
            return;
        }
        String replacement = succession.replacementOf(target.key());
        if (replacement == null || replacement.equals(fromKey)) return;
        Document r = byKey.get(replacement);
        diagnostics.warning(link.ref(), what + " a superseded publication: " + target.key(),
                "cite its replacement instead: [@" + replacement + "]" + (r == null ? "" : " (" + r.title() + ")"));
    }
}
