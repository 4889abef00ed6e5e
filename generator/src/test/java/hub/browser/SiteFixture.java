package hub.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/**
 * The repository's own site, built once per JVM with
 * {@code hub.cli.Main.execute("build", "--config", <hub.root>/site-config.yml, "--out", <tmp>/public)}
 * and served by one {@link StaticServer}.
 *
 * <pre>
 * Path out = SiteFixture.output();                  // builds on first call, asserts exit code 0
 * String url = SiteFixture.server().url("/themes/");
 * Optional&lt;String&gt; p = SiteFixture.firstChild("/briefings/");   // "/briefings/some-slug/"
 * </pre>
 *
 * The build directory is deleted when the JVM exits, unless {@code -Dhub.keepSite=true}.
 */
public final class SiteFixture {

    private static Path output;
    private static Throwable buildFailure;
    private static StaticServer server;
    private static JsonNode config;
    private static long buildMillis;

    private SiteFixture() {}

    /** The repository root: system property {@code hub.root} (Surefire sets it), else the parent of the working directory. */
    public static Path root() {
        String root = System.getProperty("hub.root");
        Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        return p.toAbsolutePath().normalize();
    }

    /** {@code <hub.root>/site-config.yml} */
    public static Path configFile() {
        return root().resolve("site-config.yml");
    }

    /** The built site's output directory (built on the first call of this JVM). */
    public static synchronized Path output() {
        if (output != null) {
            return output;
        }
        if (buildFailure != null) {
            Assertions.fail("the site build failed earlier in this JVM: " + buildFailure.getMessage(), buildFailure);
        }
        try {
            output = build();
            return output;
        } catch (Throwable t) {
            buildFailure = t;
            throw t;
        }
    }

    /** One server over {@link #output()} for the whole JVM (closed at exit). */
    public static synchronized StaticServer server() {
        if (server == null) {
            StaticServer s = StaticServer.start(output());
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "static-server-stop"));
            server = s;
        }
        return server;
    }

    /** Milliseconds the build took (0 before it ran). */
    public static synchronized long buildMillis() {
        return buildMillis;
    }

    /** Every {@code .html} file of the built site, sorted by path. */
    public static List<Path> htmlFiles() {
        Path out = output();
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> out.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site path of an output file: {@code a/b/index.html} is {@code /a/b/}, {@code 404.html} is {@code /404.html}. */
    public static String sitePath(Path file) {
        String rel = output().relativize(file).toString().replace('\\', '/');
        if (rel.equals("index.html")) {
            return "/";
        }
        if (rel.endsWith("/index.html")) {
            return "/" + rel.substring(0, rel.length() - "index.html".length());
        }
        return "/" + rel;
    }

    /** True when the site has a page at this path ({@code /x/} means {@code x/index.html}). */
    public static boolean exists(String sitePath) {
        return Files.isRegularFile(file(sitePath));
    }

    /** The output file of a site path. */
    public static Path file(String sitePath) {
        String rel = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel += "index.html";
        }
        return output().resolve(rel);
    }

    /**
     * The first page directly under a directory, by name, e.g. {@code firstChild("/authors/")} =
     * {@code "/authors/annette-hastings/"}. Pagination folders ({@code page/}) are skipped.
     */
    public static Optional<String> firstChild(String dirPath) {
        Path dir = output().resolve(dirPath.replaceAll("^/+", ""));
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().equals("page"))
                    .filter(d -> Files.isRegularFile(d.resolve("index.html")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .map(name -> (dirPath.endsWith("/") ? dirPath : dirPath + "/") + name + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** site-config.yml as a tree. */
    public static synchronized JsonNode config() {
        if (config == null) {
            try {
                config = new ObjectMapper(new YAMLFactory()).readTree(configFile().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + configFile(), e);
            }
        }
        return config;
    }

    /**
     * The listing paths of the publication types (types without {@code term_of}), in config
     * order: the permalink up to its first placeholder ({@code /briefings/{slug}/} gives
     * {@code /briefings/}), else {@code /<folder>/}.
     */
    public static List<String> publicationDirs() {
        List<String> dirs = new ArrayList<>();
        for (JsonNode type : config().path("types")) {
            if (type.hasNonNull("term_of")) {
                continue;
            }
            String dir = null;
            String permalink = type.path("permalink").asText("");
            int brace = permalink.indexOf('{');
            if (brace > 0) {
                dir = permalink.substring(0, permalink.lastIndexOf('/', brace) + 1);
            } else if (type.hasNonNull("folder")) {
                dir = "/" + type.get("folder").asText() + "/";
            }
            if (dir != null && dir.startsWith("/") && dir.length() > 1 && !dirs.contains(dir)) {
                dirs.add(dir);
            }
        }
        return dirs;
    }

    /** The text of an output file (UTF-8). */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build() {
        Path config = configFile();
        Assertions.assertTrue(Files.isRegularFile(config), "no site config at " + config
                + " (set the system property hub.root to the repository root)");
        Path out;
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(tmp);
            out = Files.createTempDirectory(tmp, "hub-site-").resolve("public");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Boolean.getBoolean("hub.keepSite")) {
            Path dir = out.getParent();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "hub-site-delete"));
        }
        long t0 = System.nanoTime();
        int code = hub.cli.Main.execute("build", "--config", config.toString(), "--out", out.toString());
        buildMillis = (System.nanoTime() - t0) / 1_000_000;
        Assertions.assertEquals(0, code, "hub build --config " + config + " --out " + out
                + " exited with " + code + " (its diagnostics are printed above)");
        Assertions.assertTrue(Files.isDirectory(out), "the build wrote nothing to " + out);
        System.out.printf("[browser] built %s into %s in %d ms%n", config, out, buildMillis);
        return out;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit
        }
    }
}
