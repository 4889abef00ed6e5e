package hub.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The address helpers every build runs per document (a preview save at 10,000 documents runs them all again) were
 * rewritten without regular expressions, splits and formatters. Each is held here to the way it was written before, on
 * thousands of random inputs made of the pieces that matter to it.
 */
class AddressFastPathsTest {
    private final Random random = new Random(12);

    private String pieces(List<String> from, int most) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(most + 1);
        for (int i = 0; i < n; i++) sb.append(from.get(random.nextInt(from.size())));
        return sb.toString();
    }

    @Test
    void permalinkFilledInOnePassAsByTheReplacements() {
        List<String> patternPieces = List.of("{slug}", "{year}", "{month}", "{day}", "{type}", "{section}", "{", "}", "{x}", "/", "posts", "-", "{{", "}}", "{ye", "ar}");
        List<String> valuePieces = List.of("a", "b-c", "2019", "{", "}", "{year}", "ar}", "{ye", "/");
        for (int i = 0; i < 20_000; i++) {
            String pattern = pieces(patternPieces, 8);
            ContentType type = new ContentType(random.nextInt(4) == 0 ? pieces(valuePieces, 3) : "briefing", "Briefing", "Briefings",
                    random.nextInt(4) == 0 ? pieces(valuePieces, 3) : "briefings", pattern, List.of(), null, null, null, null, false);
            String slug = random.nextInt(3) == 0 ? pieces(valuePieces, 4) : "local-voices";
            LocalDate date = LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String p = pattern, s = slug;
            assertEquals(Permalink.filledByReplacing(type, slug, date), Permalink.fill(type, slug, date), () -> "pattern '" + p + "', slug '" + s + "'");
        }
    }

    @Test
    void bundlePagesToldWithoutSplitting() {
        List<String> parts = List.of("content", "/", "index.md", "posts", "hello", "", "x/", "/index.md", "content/", "index.mdx", "static");
        for (int i = 0; i < 20_000; i++) {
            String path = pieces(parts, 7);
            String[] split = path.split("/");
            boolean before = split.length >= 4 && split[0].equals("content") && split[split.length - 1].equals(Bundle.PAGE);
            if (path.endsWith("/")) continue; // a file's path never ends so (split dropped the empty last name)
            assertEquals(before, Bundle.isPage(path), () -> "'" + path + "'");
        }
        assertEquals(true, Bundle.isPage("content/posts/hello/index.md"));
        assertEquals(false, Bundle.isPage("content/posts/index.md"));
    }

    @Test
    void addressesNormalisedWithoutAPattern() {
        List<String> parts = List.of("/", "//", "a", "B", "index.html", "?q=1", "?", " ", ".", "x.pdf", "page/2/");
        for (int i = 0; i < 20_000; i++) {
            String path = pieces(parts, 6);
            String p = path.trim();
            int q = p.indexOf('?');
            if (q >= 0) p = p.substring(0, q);
            p = p.replaceAll("^/+", "");
            if (p.endsWith("index.html")) p = p.substring(0, p.length() - "index.html".length());
            if (!p.isEmpty() && !p.endsWith("/") && !p.contains(".")) p = p + "/";
            assertEquals(p.toLowerCase(java.util.Locale.ROOT), UrlIndex.normalise(path), () -> "'" + path + "'");
        }
    }
}
