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
import hub.support.Archive;

/**
 * The repository's own site, built once per JVM (the shared {@link Archive}, which the search and content tests
 * read too) and served by one {@link StaticServer}.
 *
 * <pre>
 * Path out = SiteFixture.output();                  // builds on first call, asserts exit code 0
 * String url = SiteFixture.server().url("/themes/");
 * Optional&lt;String&gt; p = SiteFixture.firstChild("/briefings/");   // "/briefings/some-slug/"
 * </pre>
 *
 * The build directory is deleted when the JVM exits, unless {@code -Dhub.keepSite=true}. Tests only read it.
 */
public final class SiteFixture {

    private static StaticServer server;
    private static JsonNode config;

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

    /** The built site's output directory: the shared {@link Archive} (built on the first call of this JVM). */
    public static Path output() {
        return Archive.output();
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

    /** Milliseconds the build took. */
    public static long buildMillis() {
        return Archive.buildMillis();
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
}
