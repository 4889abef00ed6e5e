package hub.cli;

import hub.build.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hub}: build, check and scaffold a research archive. Exit codes ({@link ExitCode}): 0 ok, 1 content errors,
 * 2 usage or configuration errors, 3 internal errors.
 */
@Command(name = "hub", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A static-site generator for research archives: Markdown + YAML in, an accessible, searchable site out.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, SearchCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check or new (hub --help lists them)");
    }

    /** Runs the CLI and returns its exit code (tests call this; {@link #main} exits with it). */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the CLI with its output and errors going to the given writers. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code()).exitCodeOnExecutionException(ExitCode.INTERNAL.code());
        cl.setOut(out);
        cl.setErr(err);
        NewCommand.listTypesInHelp(cl.getSubcommands().get("new"));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.matchedOption("--verbose") != null
                    || parseResult.subcommand() != null && parseResult.subcommand().matchedOption("--verbose") != null;
            commandLine.getErr().println("hub: internal error: " + ex);
            if (verbose) ex.printStackTrace(commandLine.getErr());
            else commandLine.getErr().println("(run again with --verbose for the stack trace, and report it)");
            return ExitCode.INTERNAL.code();
        });
        return cl.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"hub " + (v == null ? "0.1.0-dev" : v) + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
