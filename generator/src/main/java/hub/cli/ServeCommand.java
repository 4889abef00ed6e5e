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

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network, with a warning).")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        java.net.InetAddress address;
        try {
            address = java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            spec.commandLine().getErr().println("--host: error: no such address '" + host + "'\n  hint: 127.0.0.1 (this machine only) or 0.0.0.0 (every network)");
            return ExitCode.USAGE.code();
        }
        String warning = Serve.exposureWarning(address);
        if (warning != null) spec.commandLine().getErr().println(warning);
        Serve.runForever(site.toBuild(null, s -> { }), address, port, spec.commandLine().getErr());
        return ExitCode.OK.code();
    }
}
