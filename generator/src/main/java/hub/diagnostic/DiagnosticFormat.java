package hub.diagnostic;

import hub.text.Json;

import java.util.List;

/** The one place diagnostics become text: for people, for GitHub Actions annotations, and as JSON. */
public final class DiagnosticFormat {
    public static final int MAX_PRINTED = 50;

    public enum Style { TEXT, GITHUB, JSON }

    private DiagnosticFormat() {
    }

    public static String format(List<Diagnostic> diagnostics, Style style) {
        return switch (style) {
            case TEXT -> text(diagnostics);
            case GITHUB -> github(diagnostics);
            case JSON -> json(diagnostics);
        };
    }

    /** {@code path:line:col: error: message} then an indented {@code hint:} line; the first 50, then a count. */
    public static String text(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Diagnostic d : diagnostics) {
            if (n++ == MAX_PRINTED) {
                sb.append("... and ").append(diagnostics.size() - MAX_PRINTED).append(" more\n");
                break;
            }
            sb.append(one(d)).append('\n');
        }
        return sb.toString();
    }

    public static String one(Diagnostic d) {
        String s = d.ref() + ": " + d.severity().word() + ": " + d.message();
        if (d.hint() != null && !d.hint().isBlank()) s += "\n  hint: " + d.hint();
        return s;
    }

    /** GitHub Actions workflow commands, so errors show on the pull request's diff. */
    public static String github(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append("::").append(d.severity().word()).append(" file=").append(property(d.ref().path()));
            if (d.ref().line() > 0) {
                sb.append(",line=").append(d.ref().line()).append(",col=").append(Math.max(1, d.ref().col()));
            }
            String msg = d.message() + (d.hint() == null ? "" : " (hint: " + d.hint() + ")");
            sb.append("::").append(data(msg)).append('\n');
        }
        return sb.toString();
    }

    public static String json(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            if (i > 0) sb.append(',');
            sb.append("\n  {\"severity\":").append(Json.quote(d.severity().word()))
                    .append(",\"file\":").append(Json.quote(d.ref().path()))
                    .append(",\"line\":").append(d.ref().line())
                    .append(",\"column\":").append(d.ref().col())
                    .append(",\"message\":").append(Json.quote(d.message()))
                    .append(",\"hint\":").append(d.hint() == null ? "null" : Json.quote(d.hint())).append('}');
        }
        return sb.append(diagnostics.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
