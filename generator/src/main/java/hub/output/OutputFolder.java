package hub.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a folder may receive a build. A build replaces its output folder whole, so a wrong {@code --out} (the
 * project folder, content/, the root of the disk, a folder of someone's files) would delete files hub never
 * wrote. A folder is accepted when it is neither the site's folder, one of its source folders, nor a folder holding
 * any of them, and it does not exist, is empty, or holds only what the last build into it wrote (by top-level name,
 * as recorded beside it by {@link BuildLock}, or in the work folder's manifest by builds before that record).
 */
final class OutputFolder {
    /** The site's source folders, which an output must never be, hold or be inside. */
    private static final java.util.List<String> SOURCES = java.util.List.of("content", "templates", "static");

    private OutputFolder() {
    }

    /**
     * Throws {@link Output.Refused} when {@code target} is a place a site must never be written: the root of the file
     * system, the site's folder ({@code siteRoot}, the folder of site-config.yml; null: not known) or a folder holding
     * it, or its source folders or anything inside them. Nothing is created before this check.
     */
    static void checkPlace(Path target, Path siteRoot) throws IOException {
        Path t = real(target);
        if (t.getParent() == null) throw new Output.Refused("refusing to build into " + target + ": it is the root of the file system", hint());
        if (siteRoot == null) return;
        Path root = real(siteRoot);
        if (root.startsWith(t)) throw new Output.Refused("refusing to build into " + target + ": it " + (root.equals(t) ? "is" : "holds")
                + " the site's folder " + siteRoot, hint());
        for (String source : SOURCES) {
            if (t.startsWith(root.resolve(source))) {
                throw new Output.Refused("refusing to build into " + target + ": it is inside the site's " + source + "/ folder", hint());
            }
        }
    }

    /**
     * Throws {@link Output.Refused} when {@code target} holds a top-level file or folder that is not among {@code made},
     * the names the last build into it wrote; {@code known} says whether there is such a record at all.
     */
    static void checkContents(Path target, Set<String> made, boolean known) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new Output.Refused("refusing to build into " + target + ": it is not a folder", hint());
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            for (Path e : entries.sorted().toList()) {
                String name = e.getFileName().toString();
                if (!made.contains(name)) {
                    throw new Output.Refused("refusing to build into " + target + ": it holds " + name + (known
                            ? ", which the last hub build into it did not write"
                            : ", and it is not the output of an earlier hub build (no record of one beside it)"),
                            "a build replaces its output folder whole: empty " + target + " or choose an empty or new folder");
                }
            }
        }
    }

    /** The top-level names of a build's files (paths relative to the output folder). */
    static Set<String> topLevel(java.util.Collection<String> paths) {
        Set<String> names = new java.util.TreeSet<>();
        for (String p : paths) names.add(p.contains("/") ? p.substring(0, p.indexOf('/')) : p);
        return names;
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
