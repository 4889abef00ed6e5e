package hub.link;

import hub.build.BuildResult;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Most links are plain paths ("../reports/x.md", "/briefings/y/#method"), which the resolver takes apart by hand
 * instead of through the URI parser and the file system's paths: the answers must be the ones the parser gives.
 */
class PlainDestinationsTest {
    @TempDir
    Path tmp;

    @Test
    void plainDestinationsResolveAsTheParserResolvesThem() {
        BuildResult r = SiteBuilder.fixture("basic", tmp.resolve("site")).build();
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
        Resolver resolver = (Resolver) Links.resolver(r.site().corpus(), r.site().urls());
        List<String> from = r.site().corpus().documents().stream().map(d -> d.key()).toList();
        List<String> destinations = new ArrayList<>(List.of("../reports/the-report.md#method", "../reports/the-report.md", "second.md",
                "./second.md", "../briefings/second.md#", "../../content/briefings/second.md", "/briefings/first.md", "/briefings/first/",
                "/briefings/first/#background", "#background", "#", "/old/first/", "/nope/", "nope.md", "../../../x.md", "a//b/../second.md"));
        Random random = new Random(20261207);
        String[] names = {"..", ".", "", "briefings", "reports", "second.md", "first.md", "the-report.md", "first", "x~y", "a_b"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextInt(3) == 0 ? "/" : "");
            int n = 1 + random.nextInt(5);
            for (int j = 0; j < n; j++) sb.append(j > 0 ? "/" : "").append(names[random.nextInt(names.length)]);
            if (random.nextInt(4) == 0) sb.append('#').append(random.nextBoolean() ? "background" : "method");
            destinations.add(sb.toString());
        }
        int plain = 0;
        for (String d : destinations) {
            if (!Resolver.isPlain(d)) continue;
            plain++;
            for (String f : from) assertEquals(resolver.parsed(f, d), resolver.link(f, d), "'" + d + "' from " + f);
        }
        assertTrue(plain > 4_000, "the paths tried are plain: " + plain);
        for (String d : List.of("//old.example.org/x/", "a b.md", "x%20y.md", "a#b#c", "mailto:x@example.org", "?q=1", "@first", "")) {
            assertFalse(Resolver.isPlain(d), d);
        }
    }

    @Test
    void pathsAreNormalisedAsTheFileSystemNormalisesThem() {
        Random random = new Random(20261207);
        String[] names = {"..", ".", "", "content", "briefings", "x.md", "a"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int j = 0; j < n; j++) sb.append(j > 0 ? "/" : "").append(names[random.nextInt(names.length)]);
            String p = sb.toString();
            if (p.startsWith("/")) continue; // relative paths only, as the resolver makes them
            assertEquals(Path.of(p).normalize().toString(), Resolver.normalise(p), () -> "'" + p + "'");
        }
    }
}
