package hub.preview;

import hub.build.BuildOptions;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub serve} on a hostile network, on loopback only and bounded in count and time: it listens on 127.0.0.1
 * unless told otherwise (and then warns), serves nothing but the built site whatever the path's encoding, answers a
 * folder without an index with 404, and keeps serving through a burst of concurrent requests and clients that go
 * away mid-response.
 */
class PreviewServerHardeningTest {
    @TempDir
    Path tmp;
    PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        Path site = SiteBuilder.fixture("basic", tmp.resolve("site")).write();
        BuildOptions o = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        server = Serve.start(o, 0, new PrintWriter(new StringWriter(), true));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void itListensOnLoopbackUnlessToldAndWarnsWhenTold() throws Exception {
        assertTrue(server.address().isLoopbackAddress(), server.address().toString());
        assertNull(Serve.exposureWarning(InetAddress.getLoopbackAddress()));
        String warning = Serve.exposureWarning(InetAddress.getByName("0.0.0.0"));
        assertNotNull(warning);
        assertTrue(warning.startsWith("hub serve: warning: listening on 0.0.0.0: anyone who can reach this machine can read the preview"), warning);
    }

    @Test
    void noEncodingOfAPathLeavesTheBuiltSite() throws Exception {
        for (String target : List.of("/../site-config.yml", "/..%2fsite-config.yml", "/%2e%2e/site-config.yml", "/%2E%2E%2Fsite-config.yml",
                "/..\\site-config.yml", "/%2e%2e%5csite-config.yml", "/briefings/../../site-config.yml", "/.%2e/.%2e/site-config.yml",
                "/%252e%252e/site-config.yml", "/content/briefings/first.md", "/..;/site-config.yml", "/%c0%ae%c0%ae/site-config.yml")) {
            String response = raw(target);
            assertTrue(response.matches("(?s)HTTP/1\\.1 (400|404) .*"), target + " gave " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("base_url") || response.contains("summary: The first briefing"), target + " leaked a source file");
        }
    }

    @Test
    void aFolderWithoutAnIndexIsNotFound() throws Exception {
        // static/css/ holds files but no index.html: no listing, 404.
        assertTrue(raw("/css/").startsWith("HTTP/1.1 404"), raw("/css/"));
        assertTrue(raw("/search-index/").startsWith("HTTP/1.1 404"));
    }

    @Test
    void itServesABurstOfConcurrentRequests() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> paths = List.of("/", "/briefings/first/", "/briefings/", "/themes/participation/", "/nope/", "/feed.xml");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String p = paths.get(i % paths.size());
                answers.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + p))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (int i = 0; i < answers.size(); i++) {
                int expected = paths.get(i % paths.size()).equals("/nope/") ? 404 : 200;
                assertEquals(expected, answers.get(i).get(60, TimeUnit.SECONDS), paths.get(i % paths.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clientsThatLeaveMidResponseDoNotStopIt() throws Exception {
        for (int i = 0; i < 25; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write(("GET /briefings/first/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                InputStream in = s.getInputStream();
                assertTrue(in.read(new byte[16]) > 0); // the start of the answer, then the client is gone
                s.setSoLinger(true, 0); // a reset, not a polite close
            }
        }
        // Half a request, then gone.
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.getOutputStream().write("GET /brief".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(raw("/briefings/first/").startsWith("HTTP/1.1 200"), "still serving");
    }

    /** The error overlay shows what content wrote (a key, a link destination, a file name): escaped, never markup. */
    @Test
    void theErrorOverlayEscapesWhatContentWrote() {
        hub.diagnostic.Diagnostic d = new hub.diagnostic.Diagnostic(hub.diagnostic.Severity.ERROR,
                new hub.model.SourceRef("content/<img src=x onerror=__pwned=1>.md", 3, 1),
                "unknown front-matter key '<script>__pwned=1</script>'", "did you mean '\"><svg onload=__pwned=1>'?");
        String overlay = LiveReload.overlay(List.of(d));
        assertFalse(overlay.contains("<script>__pwned") || overlay.contains("<img src=x") || overlay.contains("<svg onload"), overlay);
        assertTrue(overlay.contains("&lt;script&gt;__pwned=1&lt;/script&gt;") && overlay.contains("&lt;img src=x"), overlay);
    }

    /** The whole response to a raw request (HttpClient would refuse or normalise these targets). */
    private String raw(String target) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
