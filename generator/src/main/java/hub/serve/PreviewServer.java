package hub.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.diagnostic.Diagnostic;
import hub.diagnostic.DiagnosticFormat;
import hub.diagnostic.Diagnostics;
import hub.model.OutputFile;
import hub.model.Site;
import hub.search.Search;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code hub serve}: builds the site in memory, serves it on 127.0.0.1 with the JDK's HTTP
 * server, rebuilds when a watched file changes, and tells open tabs to reload through
 * server-sent events. A failed build keeps serving the last good site, with an overlay that
 * lists the diagnostics; the next good build clears it.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__hub/events";

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body
        // then waits for the client's delayed ACK (~40 ms on Linux) on every page of the preview.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    private final BuildOptions options;
    private final HttpServer http;
    private final PrintWriter log;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();
    /** Successful builds so far: a search index job is for one of them, and is dropped when a newer one exists. */
    private final AtomicLong goodBuilds = new AtomicLong();
    private volatile Map<String, byte[]> files = Map.of();
    private volatile Map<String, byte[]> pages = Map.of();
    private volatile java.util.concurrent.Future<?> searchJob;
    private static final long SEARCH_DELAY_MS = 1000;
    private final java.util.concurrent.ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hub-search-index");
        t.setDaemon(true);
        return t;
    });
    private volatile List<Diagnostic> problems = List.of();
    private volatile String basePath = "/";

    private final hub.build.PreviewCache cache = new hub.build.PreviewCache();

    public PreviewServer(BuildOptions options, int port, PrintWriter log) throws IOException {
        this.options = options.withCache(cache);
        this.log = log;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
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

    public void start() {
        rebuild("start");
        awaitSearchIndex();
        http.start();
    }

    /** Builds in memory; on success swaps the served files, on failure keeps them and shows the overlay. */
    public BuildResult rebuild(String reason) {
        return rebuild(reason, null);
    }

    /**
     * Rebuilds after the files {@code changed} (null: unknown) changed. The pages are swapped in at once; the
     * search index follows in the background ({@link #refreshInBackground}), and until it is ready the
     * previous one answers.
     */
    public synchronized BuildResult rebuild(String reason, List<java.nio.file.Path> changed) {
        if (changed != null) {
            changed.forEach(cache::changed);
            cache.changesComplete();
        }
        BuildResult r = Build.run(options.withOut(null));
        if (r.exitCode() == 0) {
            pages = r.files();
            files = merge(pages, cache.searchFiles());
            basePath = r.site().config().basePath();
        }
        problems = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        String summary = r.exitCode() == 0
                ? String.format("hub serve: %s: %d pages in %d ms (%d files read, %d documents and %d pages re-rendered), %d errors, %d warnings",
                        reason, r.pages(), r.millis(), cache.lastReads(), Math.max(0, cache.lastRendered()), cache.lastRenderedPages(),
                        r.errors(), r.warnings())
                : String.format("hub serve: %s: failed in %d ms, still serving the last good build: %d errors, %d warnings",
                        reason, r.millis(), r.errors(), r.warnings());
        if (!r.diagnostics().isEmpty()) log.print(DiagnosticFormat.text(r.diagnostics()));
        log.println(summary);
        log.flush();
        generation.incrementAndGet();
        notifyTabs();
        if (r.exitCode() == 0) {
            long gen = goodBuilds.incrementAndGet();
            // Exact lists mean this build made the search index too (the first), or a refresh just did.
            if (!cache.relatedExact()) refreshInBackground(r.site(), gen);
        }
        return r;
    }

    /**
     * What depends on every document's text, done after the pages are served: the static search
     * index and the related lists, from one Lucene pass. When the lists changed, a rebuild
     * re-renders the pages that show them. A newer good build makes the job stop: it will do the work.
     */
    private void refreshInBackground(Site site, long gen) {
        // After a pause: the reloading tab gets the CPU first, and a burst of saves is handled once.
        searchJob = indexer.schedule(() -> {
            if (goodBuilds.get() != gen) return;
            Diagnostics d = new Diagnostics();
            Search.Indexed indexed = Search.index(site, null, true, d, new java.util.HashMap<>());
            synchronized (this) { // no save may come between taking the results and rebuilding with them
                if (goodBuilds.get() != gen) return;
                if (d.hasErrors()) {
                    log.print(DiagnosticFormat.text(d.sorted()));
                    log.flush();
                    return;
                }
                cache.useSearchFiles(indexed.files());
                files = merge(pages, cache.searchFiles());
                if (cache.useRelated(indexed.related())) rebuild("related publications changed");
            }
        }, SEARCH_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Waits until the background work of the last good build is done: related lists exact, search index served (tests, benches, the first start). */
    public void awaitSearchIndex() {
        while (true) {
            java.util.concurrent.Future<?> job = searchJob;
            if (job == null) return;
            try {
                job.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                log.println("hub serve: background work failed: " + e.getCause());
                log.flush();
            }
            if (job == searchJob) return; // otherwise the job rebuilt and scheduled another: wait for that one
        }
    }

    private static Map<String, byte[]> merge(Map<String, byte[]> pages, Map<String, byte[]> search) {
        if (search.isEmpty()) return pages;
        Map<String, byte[]> all = new java.util.HashMap<>(pages);
        search.forEach(all::putIfAbsent);
        return all;
    }

    public hub.build.PreviewCache cache() {
        return cache;
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    private void notifyTabs() {
        byte[] msg = ("event: reload\ndata: " + generation.get() + "\n\n").getBytes(StandardCharsets.UTF_8);
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
            String path = URI.create(ex.getRequestURI().toString()).getPath();
            if (path.equals(EVENTS)) {
                events(ex);
                return;
            }
            String rel = path.startsWith(basePath) ? path.substring(basePath.length()) : path.replaceFirst("^/", "");
            if (rel.contains("..")) {
                send(ex, 400, "text/plain", "bad path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, byte[]> current = files;
            byte[] body = current.get(rel);
            if (body == null && (rel.isEmpty() || rel.endsWith("/"))) {
                body = current.get(rel + "index.html");
                rel = rel + "index.html";
            } else if (body == null && current.containsKey(rel + "/index.html")) {
                ex.getResponseHeaders().add("Location", path + "/");
                send(ex, 301, "text/plain", new byte[0]);
                return;
            }
            int status = 200;
            if (body == null) {
                status = 404;
                rel = "404.html";
                body = current.getOrDefault("404.html", "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            }
            String type = ContentTypes.of(rel);
            if (type.startsWith("text/html")) body = LiveReload.inject(body, problems);
            send(ex, status, type, body);
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(("retry: 500\nevent: hello\ndata: " + generation.get() + "\n\n").getBytes(StandardCharsets.UTF_8));
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
        indexer.shutdownNow();
        http.stop(0);
    }
}
