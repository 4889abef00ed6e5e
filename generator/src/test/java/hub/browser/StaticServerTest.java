package hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test server behaves like a static host and never leaves its directory. */
class StaticServerTest {

    @TempDir(factory = BuildTempDirFactory.class)
    Path tmp;
    Path site;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(tmp.resolve("public"));
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.writeString(site.resolve("index.html"), "<p>home");
        Files.writeString(site.resolve("404.html"), "<p>not here");
        Files.createDirectories(site.resolve("themes/participation"));
        Files.writeString(site.resolve("themes/participation/index.html"), "<p>participation");
        Files.writeString(site.resolve("a file.html"), "<p>space");
        for (String ext : new String[] {"css", "js", "json", "xml", "svg", "png", "woff2"}) {
            Files.writeString(site.resolve("x." + ext), ext);
        }
    }

    HttpResponse<String> get(StaticServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesIndexesAndTypes() throws Exception {
        try (StaticServer server = StaticServer.start(site)) {
            assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
            HttpResponse<String> home = get(server, "/");
            assertEquals(200, home.statusCode());
            assertEquals("<p>home", home.body());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("<p>participation", get(server, "/themes/participation/").body());
            HttpResponse<String> noSlash = get(server, "/themes/participation?x=1");
            assertEquals(301, noSlash.statusCode());
            assertEquals("/themes/participation/?x=1", noSlash.headers().firstValue("Location").orElseThrow());
            assertEquals("<p>space", get(server, "/a%20file.html").body());
            String[][] types = {
                {"css", "text/css; charset=utf-8"}, {"js", "text/javascript; charset=utf-8"},
                {"json", "application/json"}, {"xml", "application/xml"}, {"svg", "image/svg+xml"},
                {"png", "image/png"}, {"woff2", "font/woff2"}};
            for (String[] t : types) {
                HttpResponse<String> r = get(server, "/x." + t[0]);
                assertEquals(200, r.statusCode(), t[0]);
                assertEquals(t[1], r.headers().firstValue("Content-Type").orElseThrow(), t[0]);
                assertEquals(t[0], r.body());
            }
        }
    }

    @Test
    void missingPagesGetThe404Page() throws Exception {
        try (StaticServer server = StaticServer.start(site)) {
            HttpResponse<String> r = get(server, "/no/such/page/");
            assertEquals(404, r.statusCode());
            assertEquals("<p>not here", r.body());
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(java.util.List.of("/no/such/page/"), server.notFound());
            Files.delete(site.resolve("404.html"));
            assertEquals(404, get(server, "/gone").statusCode());
        }
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        try (StaticServer server = StaticServer.start(site)) {
            for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/themes/../../secret.txt",
                    "/..%2fsecret.txt", "/%2E%2E%2Fsecret.txt", "/themes/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt"}) {
                String response = raw(server, path);
                assertTrue(response.startsWith("HTTP/1.1 4"), path + " -> " + response);
                assertFalse(response.contains("secret"), path + " -> " + response);
            }
        }
    }

    @Test
    void symbolicLinksOutOfTheRootAreRefused() throws Exception {
        try {
            Files.createSymbolicLink(site.resolve("link.txt"), tmp.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        try (StaticServer server = StaticServer.start(site)) {
            HttpResponse<String> r = get(server, "/link.txt");
            assertEquals(404, r.statusCode());
            assertFalse(r.body().contains("secret"));
        }
    }

    @Test
    void onlyGetAndHead() throws Exception {
        try (StaticServer server = StaticServer.start(site)) {
            HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(server.url("/")))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(server.url("/")))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }

    /** Sends the path byte for byte (HttpClient would normalise it). */
    static String raw(StaticServer server, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
