package hub.preview;

import hub.build.BuildOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs the preview: server plus watcher, until interrupted. */
public final class Serve {
    private Serve() {
    }

    /** Starts the server (port 0 picks a free one); the caller may rebuild or close it. */
    public static PreviewServer start(BuildOptions options, int port, PrintWriter log) throws IOException {
        PreviewServer server = new PreviewServer(options, port, log);
        server.start();
        return server;
    }

    /** Serves and watches until the process is stopped. */
    public static void runForever(BuildOptions options, int port, PrintWriter log) throws IOException {
        try (PreviewServer server = start(options, port, log);
             SiteWatcher watcher = new SiteWatcher(options.config().toAbsolutePath().getParent())) {
            log.println("hub serve: http://127.0.0.1:" + server.port() + "/ (Ctrl-C to stop)");
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
