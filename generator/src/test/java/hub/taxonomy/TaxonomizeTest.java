package hub.taxonomy;

import hub.build.BuildResult;
import hub.model.Term;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaxonomizeTest {
    @TempDir
    Path tmp;

    @Test
    void openTermsFoldCaseSpacingAndUnicode() {
        BuildResult r = Sites.buildInMemory(Sites.resource("sites/basic"));
        List<Term> authors = r.site().taxonomies().get("authors").orElseThrow().terms();
        assertEquals(List.of("ann-example", "bob-sample"), authors.stream().map(Term::id).toList(), "'ann  example' is Ann Example");
        assertEquals("Ann Example", authors.get(0).label(), "the author page's title is the label");
        assertEquals(List.of("participation", "evidence"), r.site().taxonomies().termIdsOf("briefing/second", "themes"),
                "a synonym and a retired term map to their preferred terms");
    }

    @Test
    void nearDuplicateOpenTermsAreWarnedAbout() throws Exception {
        Path site = tmp.resolve("site");
        Sites.copyTree(Sites.resource("sites/basic"), site);
        Sites.deleteTree(site.resolve("expected"));
        Files.writeString(site.resolve("content/briefings/typo.md"),
                "---\ntitle: Typo\ndate: 2018-01-01\nauthors: [Ann Exampel]\nsummary: s\n---\nx\n");
        BuildResult r = Sites.buildInMemory(site);
        assertEquals(0, r.exitCode());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.ref().toString().equals("content/briefings/typo.md:4:11")
                && d.message().equals("author 'Ann Exampel' is nearly the same as 'Ann Example'")),
                hub.diagnostic.DiagnosticFormat.text(r.diagnostics()));
    }
}
