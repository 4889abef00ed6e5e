package hub.link;

import hub.build.BuildResult;
import hub.model.LinkResolver;
import hub.model.LinkTarget;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Markdown stage asks a question that {@link LinkResolver#sameFromEverywhere} says has one answer once for all
 * the documents that ask it: the resolver must give that answer from every document, resolved or not, hint included.
 */
class SameFromEverywhereTest {
    @TempDir
    Path tmp;

    @Test
    void theResolverGivesOneAnswerFromEveryDocumentWhenTheRuleSaysSo() {
        BuildResult r = SiteBuilder.fixture("basic", tmp.resolve("site")).build();
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
        LinkResolver resolver = Links.resolver(r.site().corpus(), r.site().urls());
        List<String> from = r.site().corpus().documents().stream().map(d -> d.key()).toList();
        assertTrue(from.size() >= 5, "documents in several folders ask");

        List<String> destinations = new ArrayList<>(List.of("/briefings/first/", "/briefings/first/#background", "/briefings/first",
                "/old/first/", "/old-report/", "/nope/", "/css/site.css", "/briefings/", "/", "/themes/evidence/", "@first", "@second",
                "@nope", "@ann-example", "@briefings/first", "https://fixture.example/briefings/first/", "https://fixture.example/nope/",
                "HTTP://old.example.org/old-report/", "http://old.example.org/missing/", "https://example.com/", "http://old.example.org",
                " /briefings/second/ ", "/briefings/first.md", "../reports/the-report.md#method", "#background", "?q=1", "second/",
                "../first/", "/briefings/first/%2E%2E/", "/x%2Emd", "//old.example.org/old-report/"));
        Random random = new Random(20261207);
        String pieces = "/@#?.%:-_abcmdfirst";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "/" : random.nextBoolean() ? "@" : "https://fixture.example/");
            int n = random.nextInt(14);
            for (int j = 0; j < n; j++) sb.append(pieces.charAt(random.nextInt(pieces.length())));
            destinations.add(sb.toString());
        }
        int same = 0;
        for (String d : destinations) {
            if (!LinkResolver.sameFromEverywhere(d)) continue;
            same++;
            LinkTarget first = resolver.link(from.get(0), d);
            for (String f : from) assertEquals(first, resolver.link(f, d), "'" + d + "' from " + f + " and from " + from.get(0));
            if (d.startsWith("@")) for (String f : from) assertEquals(resolver.citation(from.get(0), d.substring(1)), resolver.citation(f, d.substring(1)));
        }
        assertTrue(same > 1_000, "most of them are asked once: " + same);

        // What the rule leaves out does depend on the asking document (so the rule is needed, not merely safe).
        for (String d : List.of("../reports/the-report.md#method", "#background", "/briefings/first.md", "/x%2Emd")) {
            assertFalse(LinkResolver.sameFromEverywhere(d), d);
        }
        assertNotEquals(resolver.link("briefings/first", "#background"), resolver.link("briefings/second", "#background"),
                "a fragment alone names the asking page");
    }
}
