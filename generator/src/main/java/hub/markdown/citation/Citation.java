package hub.markdown.citation;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import hub.model.LinkTarget;

import java.util.ArrayList;
import java.util.List;

/**
 * A Pandoc citation, {@code [@key]} or {@code [see @a, p. 4; @b]}: the keys as written with their locators
 * and where each sits in the body. The document renderer resolves each key ({@link #resolve}) before the
 * HTML renderer writes the node.
 */
public final class Citation extends Node {
    /** One key as written: its offset in the body (of the '@'), the key, and the locator after a comma (or null). */
    public record Item(int offset, String key, String locator) {
    }

    /** One key resolved: where it points, and the text the citation shows for it ("Bennett and Escobar 2018"). */
    public record Resolved(Item item, LinkTarget target, String text) {
    }

    private final List<Item> items;
    private List<Resolved> resolved = List.of();

    Citation(BasedSequence chars, List<Item> items) {
        super(chars);
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }

    public List<Resolved> resolved() {
        return resolved;
    }

    public void resolve(List<Resolved> r) {
        resolved = new ArrayList<>(r);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[]{getChars()};
    }
}
