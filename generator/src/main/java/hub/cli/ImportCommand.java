package hub.cli;

import hub.build.ExitCode;
import hub.build.HugoImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Make an existing site buildable by hub.",
        subcommands = {ImportCommand.Hugo.class})
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to import: hub import hugo DIR");
    }

    @Command(name = "hugo", mixinStandardHelpOptions = true,
            description = "Write site-config.yml for the Hugo site in DIR (and give it hub's default theme if it has no templates/). "
                    + "Content is not changed, no file is overwritten, and running it again changes nothing.")
    static final class Hugo implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "The Hugo site's folder (with hugo.toml or config.toml).")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("hub: " + dir + ": no such folder");
                spec.commandLine().getErr().println("  hint: hub import hugo path/to/hugo-site");
                return ExitCode.USAGE.code();
            }
            HugoImport.Result r = HugoImport.run(dir, hubRoot());
            r.report().forEach(spec.commandLine().getOut()::println);
            if (r.error() != null) {
                spec.commandLine().getErr().print(r.error().endsWith("\n") ? r.error() : r.error() + "\n");
                return r.exitCode();
            }
            spec.commandLine().getOut().println("next: hub build --config " + dir.resolve("site-config.yml"));
            return r.exitCode();
        }

        /** The hub repository this program runs from (generator/target/hub.jar or generator/target/classes): its theme. */
        static Path hubRoot() {
            try {
                Path code = Path.of(ImportCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (Path p = code; p != null; p = p.getParent()) {
                    if (Files.isDirectory(p.resolve("templates")) && Files.isRegularFile(p.resolve("templates/base.peb"))) return p;
                }
            } catch (Exception e) { // no code source (an unusual class loader): the import says it found no theme
                return null;
            }
            return null;
        }
    }
}
