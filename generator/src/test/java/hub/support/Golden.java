package hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files: compare produced text with a reviewed copy in src/test/resources. Run with
 * {@code -Dgolden.update=true} to rewrite the copies, then review the diff in git before committing.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** The source copy of a test resource (so updates land in src/test/resources, not target/). */
    public static Path sourceOf(Path resource) {
        String s = resource.toString().replace('\\', '/');
        int i = s.indexOf("/target/test-classes/");
        if (i < 0) return resource;
        return Path.of(s.substring(0, i) + "/src/test/resources/" + s.substring(i + "/target/test-classes/".length()));
    }

    public static void assertText(Path expectedFile, String actual) {
        Path source = sourceOf(expectedFile);
        if (updating()) {
            write(source, actual);
            return;
        }
        Path file = Files.exists(source) ? source : expectedFile;
        if (!Files.exists(file)) fail("no golden file " + source + " (run with -Dgolden.update=true and review it)");
        String expected = read(file);
        if (!expected.equals(actual)) fail("output differs from " + source + ":\n" + diff(expected, actual));
    }

    /** Compares a whole produced tree (path to bytes) with a golden folder. */
    public static void assertTree(Path expectedDir, Map<String, byte[]> actual) {
        assertTree(expectedDir, actual, p -> true);
    }

    /**
     * Compares the files of a produced tree (path to bytes) that {@code compared} accepts with a golden folder,
     * which holds exactly those files: one the predicate leaves out is neither compared nor written on update,
     * and a golden copy of one is reported as a file the build no longer makes.
     */
    public static void assertTree(Path expectedDir, Map<String, byte[]> produced, java.util.function.Predicate<String> compared) {
        Map<String, byte[]> actual = new TreeMap<>();
        produced.forEach((p, b) -> {
            if (compared.test(p)) actual.put(p, b);
        });
        Path source = sourceOf(expectedDir);
        if (updating()) {
            hub.support.Sites.deleteTree(source);
            actual.forEach((p, b) -> {
                try {
                    Path f = source.resolve(p);
                    Files.createDirectories(f.getParent());
                    Files.write(f, b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return;
        }
        // Read the source copy: Maven copies resources to target/ but never deletes a file removed from src/.
        Map<String, byte[]> expected = readTree(Files.isDirectory(source) ? source : expectedDir);
        List<String> problems = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String p : all) {
            if (!expected.containsKey(p)) problems.add("unexpected file " + p);
            else if (!actual.containsKey(p)) problems.add("missing file " + p);
            else if (!java.util.Arrays.equals(expected.get(p), actual.get(p))) {
                problems.add("file " + p + " differs:\n" + diff(new String(expected.get(p), StandardCharsets.UTF_8),
                        new String(actual.get(p), StandardCharsets.UTF_8)));
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " difference(s) from " + source + " (if intended: -Dgolden.update=true, then review the git diff)\n"
                    + String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
        }
    }

    public static Map<String, byte[]> readTree(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path p, String s) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small line diff: the first differing lines with context, in unified-diff style. */
    public static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1), b = actual.split("\n", -1);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) start++;
        int endA = a.length - 1, endB = b.length - 1;
        while (endA > start && endB > start && a[endA].equals(b[endB])) {
            endA--;
            endB--;
        }
        StringBuilder sb = new StringBuilder("@@ line " + (start + 1) + " @@\n");
        for (int i = Math.max(0, start - 2); i < start; i++) sb.append("  ").append(a[i]).append('\n');
        for (int i = start; i <= endA && i < a.length && i < start + 15; i++) sb.append("- ").append(a[i]).append('\n');
        for (int i = start; i <= endB && i < b.length && i < start + 15; i++) sb.append("+ ").append(b[i]).append('\n');
        return sb.toString();
    }
}
