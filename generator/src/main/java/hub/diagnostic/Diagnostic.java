package hub.diagnostic;

import hub.model.SourceRef;

/** One thing wrong with the input: where, how bad, what, and a hint towards the fix (may be null). */
public record Diagnostic(Severity severity, SourceRef ref, String message, String hint) implements Comparable<Diagnostic> {
    public static Diagnostic error(SourceRef ref, String message, String hint) {
        return new Diagnostic(Severity.ERROR, ref, message, hint);
    }

    public static Diagnostic warning(SourceRef ref, String message, String hint) {
        return new Diagnostic(Severity.WARNING, ref, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = ref.compareTo(o.ref);
        if (c != 0) return c;
        c = severity.compareTo(o.severity);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
