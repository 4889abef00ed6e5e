package hub.search;

import hub.support.Sites;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites ship static/js/search.js, made by client/build.sh from the modules in client/src/ (joined in the order of
 * client/modules.txt, then minified); every other search test runs the shipped file. This one checks it was made from
 * the modules as they are now, so an edit of a module (or of the order) that was not built, or an edit of the
 * minified file by hand, fails the build instead of shipping the old client.
 */
class MinifiedClientTest {
    @Test
    void shippedClientIsMadeFromTheCurrentModules() throws Exception {
        Path root = Sites.repositoryRoot();
        String shipped = Files.readString(root.resolve("static/js/search.js"));
        Matcher m = Pattern.compile("\\A/\\* hub search client, minified from the modules of client/modules\\.txt \\(sha256 ([0-9a-f]{64})\\)").matcher(shipped);
        assertTrue(m.find(), "static/js/search.js starts with the line client/build.sh writes");
        List<String> modules = modules(root);
        assertEquals(sources(root), modules.stream().sorted().toList(),
                "client/modules.txt names every file of client/src/*.js, each once (run client/build.sh after fixing it)");
        assertEquals(hash(root, modules), m.group(1), "static/js/search.js is out of date: run client/build.sh");
        long size = 0;
        for (String p : modules) size += Files.size(root.resolve(p));
        assertTrue(shipped.length() < size * 2 / 3, "the shipped client is minified");
    }

    /** The modules in build order, as repository paths: client/modules.txt without comments and blank lines. */
    static List<String> modules(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("client/modules.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            assertTrue(line.matches("[a-z0-9-]+\\.js"), "client/modules.txt names files of client/src/: " + line);
            out.add("client/src/" + line);
        }
        return out;
    }

    private static List<String> sources(Path root) throws Exception {
        try (Stream<Path> s = Files.list(root.resolve("client/src"))) {
            return s.map(p -> "client/src/" + p.getFileName()).filter(p -> p.endsWith(".js")).sorted().toList();
        }
    }

    /** What client/build.sh names: `sha256sum MODULE... | sha256sum` in the repository root, modules in build order. */
    static String hash(Path root, List<String> modules) throws Exception {
        StringBuilder listing = new StringBuilder();
        for (String p : modules) listing.append(sha256(Files.readAllBytes(root.resolve(p)))).append("  ").append(p).append('\n');
        return sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
