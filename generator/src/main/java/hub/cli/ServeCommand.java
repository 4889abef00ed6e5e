package hub.cli;

import hub.build.ExitCode;
import hub.preview.Serve;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on 127.0.0.1, rebuilding and reloading open tabs as files change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8000", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Serve.runForever(site.toBuild(null, s -> { }), port, spec.commandLine().getErr());
        return ExitCode.OK.code();
    }
}
