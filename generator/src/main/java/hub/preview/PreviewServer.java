package hub.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.build.BuildState;
import hub.diagnostic.Diagnostic;
import hub.diagnostic.DiagnosticFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code hub serve}: builds the site in memory, serves it on 127.0.0.1 with the JDK's HTTP server, rebuilds
 * when a watched file changes, and tells open tabs to reload through server-sent events. A failed build keeps
 * serving the last good site, with an overlay that lists the diagnostics; the next good build clears it.
 * <p>
 * Every rebuild is an ordinary build ({@link Build#run}) that starts from the last one's {@link BuildState}, so
 * it redoes only what the change reaches. The search index and related lists depend on every document, so a
 * save's build takes the last ones as they are; when they are out of date a second build, in the background
 * after a pause, makes them anew (and re-renders the pages whose related lists changed).
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__hub/events";
    private static final long SEARCH_DELAY_MS = 1000;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body
        // then waits for the client's delayed ACK (~40 ms on Linux) on every page of the preview.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What is served: the last good build's files, the errors of the last build, and the build generation they belong to. */
    private record Served(Map<String, byte[]> files, List<Diagnostic> problems, long generation, String basePath) {
    }

    private final BuildOptions options;
    private final BuildState state = new BuildState();
    private final HttpServer http;
    private final PrintWriter log;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile Served served = new Served(Map.of(), List.of(), 0, "/");
    private volatile Future<?> searchJob;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hub-search-refresh");
        t.setDaemon(true);
        return t;
    });

    public PreviewServer(BuildOptions options, InetAddress host, int port, PrintWriter log) throws IOException {
        this.options = options.withOut(null);
        this.log = log;
        this.http = HttpServer.create(new InetSocketAddress(host, port), 0);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hub-serve");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this::handle);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The address the server listens on. */
    public InetAddress address() {
        return http.getAddress().getAddress();
    }

    public void start() {
        rebuild("start");
        awaitSearchIndex();
        http.start();
    }

    /** Builds in memory; on success swaps the served files, on failure keeps them and shows the overlay. */
    public BuildResult rebuild(String reason) {
        return rebuild(reason, null);
    }

    /** Rebuilds after the files {@code changed} (null: unknown) changed; the search index follows in the background. */
    public synchronized BuildResult rebuild(String reason, List<java.nio.file.Path> changed) {
        if (changed != null) {
            changed.forEach(state::changed);
            state.changesComplete();
        }
        BuildResult r = build(reason, true);
        if (r.exitCode() == 0 && !state.searchCurrent()) refreshSearchLater(served.generation());
        return r;
    }

    private BuildResult build(String reason, boolean staleSearch) {
        BuildResult r = Build.run(options.withState(state, staleSearch));
        Served before = served;
        long generation = before.generation() + 1;
        List<Diagnostic> problems = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        served = r.exitCode() == 0
                ? new Served(r.files(), problems, generation, r.site().config().basePath())
                : new Served(before.files(), problems, generation, before.basePath());
        if (!r.diagnostics().isEmpty()) log.print(DiagnosticFormat.text(r.diagnostics()));
        log.println(r.exitCode() == 0
                ? String.format("hub serve: %s: %d pages in %d ms (%d files read, %d documents and %d pages re-rendered), %d errors, %d warnings",
                        reason, r.pages(), r.millis(), state.lastReads(), state.lastRenderedDocuments(), state.lastRenderedPages(),
                        r.errors(), r.warnings())
                : String.format("hub serve: %s: failed in %d ms, still serving the last good build: %d errors, %d warnings",
                        reason, r.millis(), r.errors(), r.warnings()));
        log.flush();
        if (r.exitCode() != 0 || before.problems().size() > 0 || pagesDiffer(before.files(), r.files())) notifyTabs(generation);
        return r;
    }

    /**
     * Whether a tab could show something new: a file outside the search index differs (a kept file is the very
     * same array, so this compares references). A build that only refreshed the search index reloads no tab.
     */
    private static boolean pagesDiffer(Map<String, byte[]> before, Map<String, byte[]> after) {
        if (!before.keySet().equals(after.keySet())) return true;
        for (var e : after.entrySet()) {
            if (!e.getKey().startsWith("search/") && before.get(e.getKey()) != e.getValue()) return true;
        }
        return false;
    }

    /**
     * After a pause (the reloading tab gets the CPU first, and a burst of saves is handled once), builds again
     * with a fresh search index and related lists, unless a newer save came in: its own refresh will do it.
     */
    private void refreshSearchLater(long generation) {
        searchJob = refresher.schedule(() -> {
            synchronized (this) {
                if (served.generation() != generation || state.searchCurrent()) return;
                build("search index and related publications", false);
            }
        }, SEARCH_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** Waits until the background work of the last good build is done: search index and related lists current (tests, benches, the first start). */
    public void awaitSearchIndex() {
        while (true) {
            Future<?> job = searchJob;
            if (job == null) return;
            try {
                job.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                log.println("hub serve: background work failed: " + e.getCause());
                log.flush();
            }
            if (job == searchJob) return; // otherwise a newer build scheduled another: wait for that one
        }
    }

    /** What a preview build keeps between saves (for tests and benches: what the last build redid). */
    public BuildState state() {
        return state;
    }

    public Map<String, byte[]> files() {
        return served.files();
    }

    public List<Diagnostic> problems() {
        return served.problems();
    }

    private void notifyTabs(long generation) {
        byte[] msg = ("event: reload\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream o : listeners) {
            try {
                o.write(msg);
                o.flush();
            } catch (IOException e) {
                listeners.remove(o);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            // The JDK's server has parsed the request's URI already (a malformed one was answered 400 before this).
            URI uri = ex.getRequestURI();
            String path = uri.getPath();
            if (path == null) { // an opaque target, "mailto:x": no path to serve
                send(ex, 400, "text/plain", "bad path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(EVENTS)) {
                events(ex);
                return;
            }
            Served now = served;
            String rel = path.startsWith(now.basePath()) ? path.substring(now.basePath().length()) : path.replaceFirst("^/", "");
            if (rel.contains("..")) {
                send(ex, 400, "text/plain", "bad path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = now.files().get(rel);
            if (body == null && (rel.isEmpty() || rel.endsWith("/"))) {
                body = now.files().get(rel + "index.html");
                rel = rel + "index.html";
            } else if (body == null && now.files().containsKey(rel + "/index.html")) {
                ex.getResponseHeaders().add("Location", uri.getRawPath() + "/"); // as requested: a header holds an escaped URL
                send(ex, 301, "text/plain", new byte[0]);
                return;
            }
            int status = 200;
            if (body == null) {
                status = 404;
                rel = "404.html";
                body = now.files().getOrDefault("404.html", "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            }
            String type = ContentTypes.of(rel);
            if (type.startsWith("text/html")) body = LiveReload.inject(body, now.problems(), now.generation());
            send(ex, status, type, body);
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(("retry: 500\nevent: hello\ndata: " + served.generation() + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        // Keep the exchange open until the tab goes away; a comment line every few seconds detects that.
        try {
            while (listeners.contains(out)) {
                Thread.sleep(5000);
                out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        listeners.clear();
        refresher.shutdownNow();
        http.stop(0);
    }
}
