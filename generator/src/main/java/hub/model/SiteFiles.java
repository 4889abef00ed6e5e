package hub.model;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one of a site's folders (content/, static/, templates/), walked without leaving the site: a
 * symbolic link is taken only when the file it leads to is inside the site's folder. A link that leads out
 * (to /etc/passwd, to a home folder) is listed apart for the caller to report, so that no build ever reads,
 * copies or publishes a file from outside the site because someone committed a link. Links to folders are
 * not followed (as before: a walk does not enter them), and neither are links that lead nowhere.
 */
public final class SiteFiles {
    private SiteFiles() {
    }

    /**
     * @param files   regular files, and links to regular files inside the site, in sorted order
     * @param leaving links that lead outside the site, in sorted order
     */
    public record Listing(List<Path> files, List<Path> leaving) {
    }

    /** The files under {@code dir}; {@code root} is the site's folder. An absent folder has none. */
    public static Listing list(Path dir, Path root) throws IOException {
        List<Path> files = new ArrayList<>(), leaving = new ArrayList<>();
        if (!Files.isDirectory(dir)) return new Listing(files, leaving);
        Path realRoot = root.toRealPath();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) files.add(file);
                else if (attrs.isSymbolicLink()) link(file, realRoot, files, leaving);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        leaving.sort(null);
        return new Listing(files, leaving);
    }

    /** Whether {@code file} (a link or not) is a regular file inside the site {@code root}: what a reader may open. */
    public static boolean inside(Path file, Path root) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** What to tell the editor about a link in {@link Listing#leaving}: its path in the site, and where it leads. */
    public static String leavingMessage(Path link, Path root) {
        String target;
        try {
            target = link.toRealPath().toString();
        } catch (IOException e) {
            target = "?";
        }
        return "symbolic link leads outside the site: " + relative(link, root) + " -> " + target;
    }

    public static final String LEAVING_HINT = "copy the file into the site instead: hub reads, copies and publishes nothing from outside the site's folder";

    /** A path in the site as diagnostics show it: relative to the site's folder, with forward slashes. */
    public static String relative(Path file, Path root) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static void link(Path file, Path realRoot, List<Path> files, List<Path> leaving) {
        try {
            Path target = file.toRealPath();
            if (!target.startsWith(realRoot)) leaving.add(file);
            else if (Files.isRegularFile(target)) files.add(file);
        } catch (IOException e) {
            // A link that leads nowhere: nothing to read, and nothing outside was reached.
        }
    }
}
