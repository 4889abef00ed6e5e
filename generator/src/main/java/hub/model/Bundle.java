package hub.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A page bundle, as Hugo lays them out: {@code content/posts/hello/index.md} with its images beside it. The document
 * is named after the folder ({@code hello}), and every other file in the folder (its resources) is published beside
 * the page, so a relative link or image ({@code ![](cover.png)}) works on the page as it does in the folder.
 */
public final class Bundle {
    public static final String PAGE = "index.md";

    private Bundle() {
    }

    /** Whether a content file ({@code content/posts/hello/index.md}, as diagnostics name it) is a bundle's page. */
    public static boolean isPage(String sourcePath) {
        // content/<folder>/<name>/index.md or deeper: three slashes at least (asked of every file on every build, so no split)
        if (!sourcePath.startsWith("content/") || !sourcePath.endsWith("/" + PAGE)) return false;
        int slashes = 0;
        for (int i = 0; i < sourcePath.length(); i++) if (sourcePath.charAt(i) == '/') slashes++;
        return slashes >= 3;
    }

    /** The bundle's folder ("content/posts/hello/") of a bundle's page. */
    public static String folder(String sourcePath) {
        return sourcePath.substring(0, sourcePath.length() - PAGE.length());
    }

    /** Whether {@code file} (relative to the site root) lies in a bundle's folder whose page is among {@code pages}. */
    public static boolean isResource(String file, java.util.Set<String> bundleFolders) {
        for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
            if (bundleFolders.contains(file.substring(0, slash + 1))) return true;
        }
        return false;
    }

    /**
     * Whether the bundle of {@code pageSource} holds a resource at {@code relative} (a path below its folder, '/'-separated,
     * decoded): a regular file, not Markdown, not hidden, inside the folder.
     */
    public static boolean hasResource(Path root, String pageSource, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("..") || relative.contains("\\")) return false;
        if (relative.endsWith(".md") || relative.startsWith(".") || relative.contains("/.")) return false;
        try {
            Path folder = root.resolve(folder(pageSource)).normalize();
            Path file = folder.resolve(relative).normalize();
            return file.startsWith(folder) && Files.isRegularFile(file) && SiteFiles.inside(file, root);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The resources of the bundle whose page is {@code pageSource}: paths relative to its folder, sorted. */
    public static List<String> resources(Path root, String pageSource) throws IOException {
        Path folder = root.resolve(folder(pageSource));
        List<String> out = new ArrayList<>();
        for (Path f : SiteFiles.list(folder, root).files()) {
            String rel = folder.relativize(f).toString().replace('\\', '/');
            if (!rel.endsWith(".md") && !rel.startsWith(".") && !rel.contains("/.")) out.add(rel);
        }
        out.sort(null);
        return out;
    }
}
