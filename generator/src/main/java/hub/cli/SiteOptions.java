package hub.cli;

import hub.build.BuildOptions;
import hub.diagnostic.DiagnosticFormat;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Options shared by build and check. */
final class SiteOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "The site configuration (default: ${DEFAULT-VALUE}).",
            defaultValue = "site-config.yml")
    Path config;

    @Option(names = "--drafts", description = "Include documents marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include documents dated after today.")
    boolean future;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date that decides what is in the future (default: today).")
    LocalDate today;

    @Option(names = "--base-url", paramLabel = "URL", description = "Publish under this URL instead of site-config.yml's base_url.")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings about footnotes as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "How to print diagnostics: text, github or json (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    DiagnosticFormat.Style format;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of internal errors and the build's statistics.")
    boolean verbose;

    BuildOptions toBuild(Path out, Consumer<String> progress) {
        return new BuildOptions(config, out, drafts, future, today == null ? LocalDate.now() : today, baseUrl, strict, progress);
    }
}
