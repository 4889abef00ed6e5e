package hub.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hub.support.Archive;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * minified file by hand, fails the build instead of shipping the old client: the hash in its first line must be the
 * modules', and the shipped file must answer exactly as the modules joined (unminified) do, in Node, over the
 * archive's static index (results, scores, excerpts, totals, facets, bytes read; and the words it cuts texts into).
 * A hand edit that keeps the first line but changes what the engine does fails there. (The page code, ui.js, does not
 * run in Node; the browser tests run it from the shipped file.)
 */
class MinifiedClientTest {
    @TempDir
    Path tmp;

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

    @Test
    void shippedClientAnswersAsTheModulesDo() throws Exception {
        Path root = Sites.repositoryRoot();
        StringBuilder joined = new StringBuilder();
        for (String p : modules(root)) joined.append(Files.readString(root.resolve(p)));
        Path modules = tmp.resolve("search.modules.js");
        Files.writeString(modules, joined);

        List<Client.Query> queries = new ArrayList<>(ClientParityTest.ARCHIVE_QUERIES);
        ObjectNode job = Client.queriesJob(queries);
        JsonNode shipped = Client.run(Client.shipped(), Archive.output(), tmp, job);
        JsonNode source = Client.run(modules, Archive.output(), tmp, job);
        assertEquals(queries.size(), shipped.size());
        StringBuilder differ = new StringBuilder();
        for (int i = 0; i < queries.size(); i++) {
            if (!shipped.get(i).equals(source.get(i))) {
                differ.append(queries.get(i)).append("\n  shipped: ").append(shipped.get(i)).append("\n  modules: ").append(source.get(i)).append('\n');
            }
        }
        assertTrue(differ.isEmpty(), "static/js/search.js answers otherwise than client/src/ (run client/build.sh):\n" + differ);
        assertTrue(shipped.get(0).get("keys").size() > 0 && shipped.get(0).get("excerpts").get(0).asText().contains("<mark>"),
                "the comparison is over real results: " + shipped.get(0));

        ObjectNode words = Client.surfacesJob(TokensTest.AWKWARD);
        assertEquals(Client.run(modules, Archive.output(), tmp, words), Client.run(Client.shipped(), Archive.output(), tmp, words),
                "the shipped client cuts words as the modules do");
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
