package hub.build;

import hub.diagnostic.Diagnostic;
import hub.model.PagesOnDemand;
import hub.model.Site;

import java.util.List;
import java.util.Map;

/**
 * What a build found and did. {@code exitCode} is an {@link ExitCode}'s code: 0 ok, 1 content errors, 2 configuration
 * errors, 3 the site could not be written.
 * {@code site} is null when the build stopped before rendering; {@code files} is what was (or
 * would have been) written; for a build with pages on demand ({@link BuildOptions#withPagesOnDemand}), {@code files}
 * holds the others (in no order) and {@code onDemand} makes pages, feeds and citation downloads when asked (else it is null).
 */
public record BuildResult(int exitCode, List<Diagnostic> diagnostics, Site site, Map<String, byte[]> files, int pages,
                          long millis, Map<String, Integer> stats, PagesOnDemand onDemand) {
    public BuildResult(int exitCode, List<Diagnostic> diagnostics, Site site, Map<String, byte[]> files, int pages, long millis,
                       Map<String, Integer> stats) {
        this(exitCode, diagnostics, site, files, pages, millis, stats, null);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).count();
    }
}
