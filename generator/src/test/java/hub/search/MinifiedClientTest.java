package hub.search;

import hub.support.Sites;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites ship static/js/search.js, minified from client/search.js by client/build.sh; every other search test runs the
 * shipped file. This one checks it was made from the source as it is now, so an edit of the source that was not
 * minified (or an edit of the minified file by hand) fails the build instead of shipping the old client.
 */
class MinifiedClientTest {
    @Test
    void shippedClientIsMadeFromTheCurrentSource() throws Exception {
        Path root = Sites.repositoryRoot();
        String shipped = Files.readString(root.resolve("static/js/search.js"));
        Matcher m = Pattern.compile("\\A/\\* hub search client, minified from client/search\\.js \\(sha256 ([0-9a-f]{64})\\)").matcher(shipped);
        assertTrue(m.find(), "static/js/search.js starts with the line client/build.sh writes");
        String source = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(root.resolve("client/search.js"))));
        assertEquals(source, m.group(1), "static/js/search.js is out of date: run client/build.sh");
        assertTrue(shipped.length() < Files.size(root.resolve("client/search.js")) * 2 / 3, "the shipped client is minified");
    }
}
