package hub.cli;

import hub.build.ExitCode;
import hub.build.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create content/<folder>/<slug>.md for a new publication of TYPE.")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TYPE", description = "A content type id from site-config.yml, e.g. policy-briefing.")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The publication's title.")
    String title;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml", description = "The site configuration (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date (default: today).")
    LocalDate date;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * {@code hub new --help} ends with the TYPE ids the site's configuration (--config, read when the help is shown)
     * defines, so an editor need not open site-config.yml to find them.
     */
    static void listTypesInHelp(CommandLine newCommand) {
        newCommand.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            NewCommand c = (NewCommand) help.commandSpec().userObject();
            List<String> lines = Scaffold.types(c.config);
            if (lines == null) return "%nTYPE ids: none found (no readable " + c.config + "; give --config FILE).%n".replace("%n", System.lineSeparator());
            StringBuilder sb = new StringBuilder(System.lineSeparator()).append("TYPE ids in ").append(c.config).append(':').append(System.lineSeparator());
            for (String l : lines) sb.append("  ").append(l).append(System.lineSeparator());
            return sb.toString();
        });
    }

    @Override
    public Integer call() {
        Scaffold.Result r = Scaffold.create(config, type, title, date == null ? LocalDate.now() : date);
        if (r.error() != null) {
            spec.commandLine().getErr().println("hub: " + r.error());
            if (r.hint() != null) spec.commandLine().getErr().println("  hint: " + r.hint());
            return r.exitCode();
        }
        spec.commandLine().getOut().println("created " + r.path() + " (fill in the summary and themes, then run ./hub check)");
        return ExitCode.OK.code();
    }
}
