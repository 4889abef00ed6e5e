package hub.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Which build of hub made a work folder. The memos there (rendered Markdown, page fingerprints, the search index,
 * PDF text) are keyed by the site's inputs, not by hub's code: a newer hub that renders a footnote differently would
 * otherwise keep the older one's pages, and an incremental build would no longer equal a clean one. So the work
 * folder carries the stamp of the hub that wrote it, and a build with another stamp starts from nothing.
 * <p>
 * The stamp of a jar is its size and modification time (reading 16 MB to hash it would cost a check of a small site
 * a tenth of its time); of a folder of classes (a development tree, the tests), the newest class file's time and the
 * count of files.
 */
final class ToolStamp {
    static final String FILE = "cache/tool.txt";
    private static final String CURRENT = compute();

    private ToolStamp() {
    }

    static String current() {
        return CURRENT;
    }

    static byte[] bytes() {
        return (CURRENT + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the work folder {@code work} was written by this hub (false when it has no stamp). */
    static boolean matches(Path work) {
        Path p = work.resolve(FILE);
        try {
            return Files.isRegularFile(p) && Files.readString(p, StandardCharsets.UTF_8).equals(CURRENT + "\n");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String compute() {
        try {
            Path code = Path.of(ToolStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
                return "hub jar " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            long newest = 0, count = 0;
            try (Stream<Path> s = Files.walk(code)) {
                for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                    count++;
                }
            }
            return "hub classes " + count + " " + newest;
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "hub unknown " + System.nanoTime(); // nothing to compare: never reuse a work folder
        }
    }
}
