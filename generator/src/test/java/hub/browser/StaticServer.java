package hub.browser;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a built site from a directory on 127.0.0.1 and an ephemeral port, like a static host:
 * {@code index.html} for directories (a directory without its trailing slash is redirected),
 * content types by extension, the site's {@code 404.html} with status 404 for anything missing,
 * and nothing outside the directory.
 *
 * <pre>
 * try (StaticServer server = StaticServer.start(outputDir)) {
 *     page.navigate(server.url("/themes/"));
 * }
 * </pre>
 */
public final class StaticServer implements AutoCloseable {

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("atom", "application/atom+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("bin", "application/octet-stream"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<String> notFound = new ArrayList<>();

    private StaticServer(Path root) throws IOException {
        this.root = root.toRealPath();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving {@code root} (which must be a directory). */
    public static StaticServer start(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a directory: " + root);
        }
        try {
            return new StaticServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory served. */
    public Path root() {
        return root;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The absolute URL of a site path, e.g. {@code url("/themes/")}. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + port() + (sitePath.startsWith("/") ? sitePath : "/" + sitePath);
    }

    /** Paths requested so far that were answered 404, in order (cleared by {@link #clearNotFound}). */
    public List<String> notFound() {
        synchronized (notFound) {
            return List.copyOf(notFound);
        }
    }

    public void clearNotFound() {
        synchronized (notFound) {
            notFound.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            Headers h = ex.getResponseHeaders();
            h.set("Cache-Control", "no-store");
            h.set("X-Content-Type-Options", "nosniff");
            if (!head && !method.equals("GET")) {
                h.set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"), false);
                return;
            }
            String rawPath = ex.getRequestURI().getRawPath();
            Path file = resolve(rawPath);
            if (file != null && Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    String query = ex.getRequestURI().getRawQuery();
                    h.set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                    send(ex, 301, "text/plain; charset=utf-8", bytes("moved\n"), head);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file) || !inside(file)) {
                synchronized (notFound) {
                    notFound.add(rawPath);
                }
                Path page404 = root.resolve("404.html");
                if (Files.isRegularFile(page404)) {
                    send(ex, 404, TYPES.get("html"), Files.readAllBytes(page404), head);
                } else {
                    send(ex, 404, "text/plain; charset=utf-8", bytes("not found\n"), head);
                }
                return;
            }
            send(ex, 200, contentType(file), Files.readAllBytes(file), head);
        } finally {
            ex.close();
        }
    }

    /** The file a request path names, or null when it is malformed or leaves the root. */
    Path resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String path;
        try {
            path = new URI(rawPath).getPath(); // percent-decoded
        } catch (URISyntaxException e) {
            return null;
        }
        if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0
                || rawPath.toLowerCase(Locale.ROOT).contains("%2f")) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        Path p = root.resolve(path.substring(1)).normalize();
        return p.startsWith(root) ? p : null;
    }

    /** Guards against symbolic links that point out of the root. */
    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
