package hub.cli;

import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder (default: public/ beside the config).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to write the site.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path target = out != null ? out : site.config.toAbsolutePath().getParent().resolve("public");
        BuildResult r;
        try (Reporter reporter = new Reporter(err)) {
            r = Build.run(site.toBuild(target, reporter.progress()));
        }
        Reporter.report(r, site, spec.commandLine().getOut(), err, "built");
        // Not silent: with --out the search index and caches go to a folder named after it (hub search --out finds it).
        Path work = BuildOptions.workDirOf(target);
        if (r.exitCode() == 0 && !work.getFileName().toString().equals(".hub")) err.println("hub: search index and caches in " + work);
        return r.exitCode();
    }
}
