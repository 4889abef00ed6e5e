package hub.taxonomy;

import hub.build.BuildResult;
import hub.model.Term;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void nearDuplicateOpenTermsAreWarnedAbout() {
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/one.md", "title: One", "date: 2018-01-01", "authors: [Ann Example]", "summary: s")
                .doc("briefings/two.md", "title: Two", "date: 2018-01-01", "authors: [Ann Example]", "summary: s")
                .doc("briefings/typo.md", "title: Typo", "date: 2018-01-01", "authors: [Ann Exampel]", "summary: s")
                .checkOnly();
        assertEquals(0, r.exitCode());
        // The rarer spelling is the one reported, at the place it is written.
        assertEquals("content/briefings/typo.md:4:11: warning: author 'Ann Exampel' is nearly the same as 'Ann Example'\n"
                        + "  hint: if they are one author, spell them the same way\n",
                hub.diagnostic.DiagnosticFormat.text(r.diagnostics()));
    }
}
