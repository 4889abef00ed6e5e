package hub.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.model.LinkTarget;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body's footnotes: numbered by first reference; each reference gets its own back-link id; a reference
 * to an undefined note is an error, a note defined twice or never referenced a warning (an error with
 * --strict). Also collects where each note's links point, for notes that only cite a document.
 */
final class Notes {
    /** A referenced note: its number, label, first definition, back-link ids and the targets of its links. */
    record Numbered(int number, String label, FootnoteBlock block, List<String> backrefs, List<LinkTarget> targets) {
    }

    private final Map<String, List<FootnoteBlock>> definitions = new LinkedHashMap<>();
    private final Map<String, Numbered> byLabel = new LinkedHashMap<>();
    private final Map<FootnoteBlock, Numbered> byBlock = new IdentityHashMap<>();

    static Notes number(Scan scan, DocContext ctx, Positions pos, Diagnostics diagnostics) {
        Notes notes = new Notes();
        for (FootnoteBlock b : scan.definitions()) notes.definitions.computeIfAbsent(b.getText().toString(), k -> new ArrayList<>()).add(b);
        for (Footnote f : scan.references()) notes.reference(f, ctx, pos, diagnostics);
        notes.checkDefinitions(pos, diagnostics);
        return notes;
    }

    private void reference(Footnote f, DocContext ctx, Positions pos, Diagnostics diagnostics) {
        String label = f.getText().toString();
        List<FootnoteBlock> defs = definitions.get(label);
        if (defs == null) {
            diagnostics.error(pos.at(f.getStartOffset()), "footnote [^" + label + "] is never defined",
                    Suggest.nearest(label, definitions.keySet()).map(s -> "did you mean [^" + s + "]?")
                            .orElse("add a line '[^" + label + "]: the note' at the end of the document"));
            return;
        }
        Numbered n = byLabel.computeIfAbsent(label, k -> {
            Numbered fresh = new Numbered(byLabel.size() + 1, k, defs.get(0), new ArrayList<>(), new ArrayList<>());
            byBlock.put(defs.get(0), fresh);
            return fresh;
        });
        int occurrence = n.backrefs().size() + 1;
        ctx.footnoteRefs.put(f, new int[]{n.number(), occurrence});
        n.backrefs().add(ctx.refId(n.number(), occurrence));
    }

    private void checkDefinitions(Positions pos, Diagnostics diagnostics) {
        for (var e : definitions.entrySet()) {
            List<FootnoteBlock> blocks = e.getValue();
            for (int i = 1; i < blocks.size(); i++) {
                diagnostics.strictWarning(pos.at(blocks.get(i).getStartOffset()), "footnote [^" + e.getKey() + "] is defined twice (first on line "
                        + pos.at(blocks.get(0).getStartOffset()).line() + "); the first definition is used", "remove or renumber one of them");
            }
            if (!byLabel.containsKey(e.getKey())) {
                diagnostics.strictWarning(pos.at(blocks.get(0).getStartOffset()), "footnote [^" + e.getKey() + "] is defined but never referenced",
                        "reference it with [^" + e.getKey() + "] in the text, or remove it");
            }
        }
    }

    /** Whether {@code block} is the definition a label's references use (the first one written). */
    boolean isFirstDefinition(FootnoteBlock block) {
        return definitions.get(block.getText().toString()).get(0) == block;
    }

    /** The number of the note {@code block} defines, or 0 (running text, or a note nothing references). */
    int numberOf(FootnoteBlock block) {
        if (block == null) return 0;
        Numbered n = byBlock.get(block);
        return n == null ? 0 : n.number();
    }

    /** Records that a link in {@code block} (null: running text, ignored) points at {@code target}. */
    void target(FootnoteBlock block, LinkTarget target) {
        Numbered n = block == null ? null : byBlock.get(block);
        if (n != null) n.targets().add(target);
    }

    /** The referenced notes, by number. */
    List<Numbered> numbered() {
        return List.copyOf(byLabel.values());
    }
}
