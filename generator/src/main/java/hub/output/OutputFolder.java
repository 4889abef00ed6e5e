package hub.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a folder may receive a build. A build replaces its output folder whole, so a wrong {@code --out} (the
 * project folder, content/, the root of the disk, a folder of someone's files) would delete files hub never
 * wrote. A folder is accepted when it does not exist, is empty, or holds only what the previous build listed in
 * its manifest (by top-level name: a build never deletes a file or folder it did not make), and it is neither the
 * site's folder, one of its source folders, nor a folder holding any of them.
 */
final class OutputFolder {
    /** The site's source folders, which an output must never be, hold or be inside. */
    private static final java.util.List<String> SOURCES = java.util.List.of("content", "templates", "static");

    private OutputFolder() {
    }

    /**
     * Throws {@link Output.Refused} when {@code target} must not be written: {@code siteRoot} is the folder of
     * site-config.yml (null: not known), {@code previous} the manifest of the last build into it (path to size and time).
     */
    static void check(Path target, Path siteRoot, Map<String, long[]> previous) throws IOException {
        Path t = real(target);
        if (t.getParent() == null) throw new Output.Refused("refusing to build into " + target + ": it is the root of the file system", hint());
        if (siteRoot != null) {
            Path root = real(siteRoot);
            if (root.startsWith(t)) throw new Output.Refused("refusing to build into " + target + ": it " + (root.equals(t) ? "is" : "holds")
                    + " the site's folder " + siteRoot, hint());
            for (String source : SOURCES) {
                Path s = root.resolve(source);
                if (t.startsWith(s)) throw new Output.Refused("refusing to build into " + target + ": it is inside the site's " + source + "/ folder", hint());
            }
        }
        if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) throw new Output.Refused("refusing to build into " + target + ": it is not a folder", hint());
            return;
        }
        Set<String> made = new java.util.HashSet<>();
        for (String p : previous.keySet()) made.add(p.contains("/") ? p.substring(0, p.indexOf('/')) : p);
        try (Stream<Path> entries = Files.list(t)) {
            for (Path e : entries.sorted().toList()) {
                String name = e.getFileName().toString();
                if (!made.contains(name)) {
                    throw new Output.Refused("refusing to build into " + target + ": it holds " + name + (previous.isEmpty()
                            ? ", and it is not the output of an earlier hub build (no manifest in the work folder beside it)"
                            : ", which the last hub build into it did not write"),
                            "a build replaces its output folder whole: empty " + target + " or choose an empty or new folder");
                }
            }
        }
    }

    private static String hint() {
        return "choose a folder of its own for the site, such as public/ beside site-config.yml (the default)";
    }

    /** The folder's real path, or for a folder that does not exist yet, its nearest existing parent's real path and the rest. */
    private static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        return existing.toRealPath().resolve(existing.relativize(abs).toString());
    }
}
