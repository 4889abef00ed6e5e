package hub.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.build.BuildState;
import hub.diagnostic.Diagnostic;
import hub.diagnostic.DiagnosticFormat;
import hub.model.PagesOnDemand;

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
 * it redoes only what the change reaches. A save's build is a quick one: it makes pages, feeds and citation
 * downloads only when a tab asks for them ({@link PagesOnDemand}: finding the one page a save changed among
 * 17,000 by their fingerprints took most of a save at 10,000 documents), and takes the search index and related
 * lists as they are (they depend on every document). A full build follows in the background after a pause: it
 * brings the search index, related lists and every file up to date, and reloads tabs only if a page it makes
 * differs from what was served after the save (a related list changed).
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
    private record Served(Map<String, byte[]> files, PagesOnDemand pages, List<Diagnostic> problems, long generation, String basePath) {
        /** The file at {@code rel}: made on demand when it is a page, feed or citation download of a quick build. */
        byte[] get(String rel) {
            return pages != null && pages.has(rel) ? pages.get(rel) : files.get(rel);
        }

        boolean has(String rel) {
            return pages != null && pages.has(rel) || files.containsKey(rel);
        }
    }

    private final BuildOptions options;
    private final BuildState state = new BuildState();
    private final HttpServer http;
    private final PrintWriter log;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile Served served = new Served(Map.of(), null, List.of(), 0, "/");
    /** The pages made on demand since the last full build, by path: what tabs were shown, to compare with the full build's. */
    private final Map<String, byte[]> shownSinceFull = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Future<?> searchJob;
    /** The generation the scheduled full build is for. */
    private volatile long fullFor;
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
        build("start", Kind.FULL);
        http.start();
    }

    /** Builds in memory; on success swaps the served files, on failure keeps them and shows the overlay. */
    public BuildResult rebuild(String reason) {
        return rebuild(reason, null);
    }

    /**
     * Rebuilds after the files {@code changed} (null: unknown) changed: a quick build (pages made when asked for), then a
     * full one in the background ({@link #awaitSearchIndex} waits for it).
     */
    public synchronized BuildResult rebuild(String reason, List<java.nio.file.Path> changed) {
        if (changed != null) {
            changed.forEach(state::changed);
            state.changesComplete();
        }
        BuildResult r = build(reason, Kind.QUICK);
        if (r.exitCode() == 0) completeLater(served.generation());
        return r;
    }

    /** A save's build (pages on demand, the search index as it is) or a full build (everything current, every file made). */
    private enum Kind { QUICK, FULL }

    private BuildResult build(String reason, Kind kind) {
        BuildOptions o = options.withState(state, kind == Kind.QUICK);
        BuildResult r = Build.run(kind == Kind.QUICK ? o.withPagesOnDemand() : o);
        Served before = served;
        long generation = before.generation() + 1;
        List<Diagnostic> problems = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        served = r.exitCode() == 0
                ? new Served(r.files(), r.onDemand(), problems, generation, r.site().config().basePath())
                : new Served(before.files(), before.pages(), problems, generation, before.basePath());
        if (!r.diagnostics().isEmpty()) log.print(DiagnosticFormat.text(r.diagnostics()));
        log.println(r.exitCode() != 0
                ? String.format("hub serve: %s: failed in %d ms, still serving the last good build: %d errors, %d warnings",
                        reason, r.millis(), r.errors(), r.warnings())
                : kind == Kind.QUICK
                ? String.format("hub serve: %s: ready in %d ms (%d files read, %d documents re-rendered; pages made as they are asked for), "
                        + "%d errors, %d warnings", reason, r.millis(), state.lastReads(), state.lastRenderedDocuments(), r.errors(), r.warnings())
                : String.format("hub serve: %s: %d pages in %d ms (%d files read, %d documents and %d pages re-rendered), %d errors, %d warnings",
                        reason, r.pages(), r.millis(), state.lastReads(), state.lastRenderedDocuments(), state.lastRenderedPages(),
                        r.errors(), r.warnings()));
        log.flush();
        boolean reload;
        if (r.exitCode() != 0 || before.problems().size() > 0) reload = true;
        else if (kind == Kind.QUICK) reload = true; // a save: what it changed is known only when a page is made
        else reload = before.pages() != null ? shownDiffer(r.files()) : pagesDiffer(before.files(), r.files());
        if (r.exitCode() == 0) shownSinceFull.clear();
        if (reload) notifyTabs(generation);
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

    /** After a quick build: whether a page made on demand for a tab differs from the full build's (a related list changed). */
    private boolean shownDiffer(Map<String, byte[]> after) {
        for (var e : shownSinceFull.entrySet()) if (!java.util.Arrays.equals(e.getValue(), after.get(e.getKey()))) return true;
        return false;
    }

    /**
     * After a pause (the reloading tab gets the CPU first, and a burst of saves is handled once), a full build: a fresh
     * search index and related lists, every file made; unless a newer save came in, whose own full build will do it.
     */
    private void completeLater(long generation) {
        fullFor = generation;
        searchJob = refresher.schedule(() -> complete(generation), SEARCH_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void complete(long generation) {
        if (served.generation() != generation) return;
        build("search index, related publications and every page", Kind.FULL);
    }

    /** Waits until the background work of the last good build is done: the full build after a save (tests, benches). */
    public void awaitSearchIndex() {
        while (true) {
            Future<?> job = searchJob;
            if (job == null) return;
            // Not started yet: run it now rather than wait out the pause (the caller wants the result, not a responsive tab).
            if (job.cancel(false)) complete(fullFor);
            else try {
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

    /** The files of the last good build, every page made: waits for the full build that follows a save. */
    public Map<String, byte[]> files() {
        awaitSearchIndex();
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
            byte[] body = now.get(rel);
            if (body == null && (rel.isEmpty() || rel.endsWith("/"))) {
                rel = rel + "index.html";
                body = now.get(rel);
            } else if (body == null && now.has(rel + "/index.html")) {
                ex.getResponseHeaders().add("Location", uri.getRawPath() + "/"); // as requested: a header holds an escaped URL
                send(ex, 301, "text/plain", new byte[0]);
                return;
            }
            int status = 200;
            if (body == null && now.pages() != null && now.pages().has(rel)) {
                // A page of a quick build whose template failed: the full build after it will list the error over the last good pages.
                send(ex, 500, "text/plain; charset=utf-8", ("hub serve: /" + rel + " could not be made:\n" + now.pages().problems(rel))
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (body != null && now.pages() != null && now.pages().has(rel)) shownSinceFull.put(rel, body);
            if (body == null) {
                status = 404;
                rel = "404.html";
                body = now.get("404.html");
                if (body == null) body = "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
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
