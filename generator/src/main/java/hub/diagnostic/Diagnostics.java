package hub.diagnostic;

import hub.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread-safe collector every stage reports into. Stages report everything they find; the
 * build driver asks {@link #hasErrors()} at the end of each stage and stops there.
 * With {@code strict}, warnings that are marked promotable count as errors.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private final boolean strict;

    public Diagnostics() {
        this(false);
    }

    public Diagnostics(boolean strict) {
        this.strict = strict;
    }

    public boolean strict() {
        return strict;
    }

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public void error(SourceRef ref, String message, String hint) {
        add(Diagnostic.error(ref, message, hint));
    }

    public void warning(SourceRef ref, String message, String hint) {
        add(Diagnostic.warning(ref, message, hint));
    }

    /** A warning that {@code --strict} turns into an error (unused footnotes and the like). */
    public void strictWarning(SourceRef ref, String message, String hint) {
        add(strict ? Diagnostic.error(ref, message, hint) : Diagnostic.warning(ref, message, hint));
    }

    /** A position in the report: {@link #since} returns what was added after it (one stage's findings). */
    public synchronized int mark() {
        return items.size();
    }

    public synchronized List<Diagnostic> since(int mark) {
        return List.copyOf(items.subList(mark, items.size()));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics, sorted by file, line and column, duplicates removed. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }

    public synchronized long errorCount() {
        return sorted().stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return sorted().stream().filter(d -> !d.isError()).count();
    }
}
