package hub.preview;

import hub.build.BuildOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs the preview: server plus watcher, until interrupted. */
public final class Serve {
    private Serve() {
    }

    /** Starts the server on 127.0.0.1 (port 0 picks a free one); the caller may rebuild or close it. */
    public static PreviewServer start(BuildOptions options, int port, PrintWriter log) throws IOException {
        return start(options, java.net.InetAddress.getLoopbackAddress(), port, log);
    }

    /** Starts the server on {@code host}. */
    public static PreviewServer start(BuildOptions options, java.net.InetAddress host, int port, PrintWriter log) throws IOException {
        PreviewServer server = new PreviewServer(options, host, port, log);
        server.start();
        return server;
    }

    /**
     * What to tell someone who serves the preview beyond this machine, or null for a loopback address: the preview
     * shows drafts and errors, and anyone on the network could read them.
     */
    public static String exposureWarning(java.net.InetAddress host) {
        if (host.isLoopbackAddress()) return null;
        return "hub serve: warning: listening on " + host.getHostAddress() + ": anyone who can reach this machine can read the preview"
                + " (work in progress and its errors)\n  hint: leave out --host to serve this machine only (127.0.0.1)";
    }

    /** Serves and watches until the process is stopped. */
    public static void runForever(BuildOptions options, java.net.InetAddress host, int port, PrintWriter log) throws IOException {
        try (PreviewServer server = start(options, host, port, log);
             SiteWatcher watcher = new SiteWatcher(options.config().toAbsolutePath().getParent())) {
            String shown = host.getHostAddress().contains(":") ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
            log.println("hub serve: http://" + shown + ":" + server.port() + "/ (Ctrl-C to stop)");
            log.flush();
            Path root = options.config().toAbsolutePath().getParent();
            watcher.run(changed -> server.rebuild(describe(root, changed), changed));
        }
    }

    private static String describe(Path root, java.util.List<Path> changed) {
        return "changed " + root.relativize(changed.get(0)) + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "");
    }

    /** For tests: a watcher over the site of {@code options}, run on a daemon thread. */
    public static AutoCloseable watch(BuildOptions options, PreviewServer server) throws IOException {
        Path root = options.config().toAbsolutePath().getParent();
        SiteWatcher watcher = new SiteWatcher(root);
        Thread t = new Thread(() -> watcher.run(changed -> server.rebuild(describe(root, changed), changed)), "hub-watch");
        t.setDaemon(true);
        t.start();
        return watcher;
    }
}
