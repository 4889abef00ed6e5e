package hub.cli;

import hub.build.Build;
import hub.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate everything a build validates (front matter, taxonomies, links, footnotes, templates) and write nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @CommandLine.Option(names = "--stats", description = "Print counts: documents, links, citations, footnotes, aliases.")
    boolean stats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BuildResult r;
        try (Reporter reporter = new Reporter(err)) {
            r = Build.run(site.toBuild(null, reporter.progress()).checkOnly());
        }
        if (stats) site.verbose = true;
        Reporter.report(r, site, spec.commandLine().getOut(), err, "checked");
        return r.exitCode();
    }
}
