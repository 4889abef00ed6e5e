package hub.support;

import java.nio.file.Path;

/**
 * A small site with the repository's theme and a publication of each lifecycle: a superseded briefing (its 2018
 * edition replaces it, and both have the same text, so a query matches them equally and only demotion orders
 * them), a withdrawn one (its reason holds HTML, which must be escaped) and a corrected review that cites the
 * withdrawn briefing (which cites it back) and links to the superseded one. Shared by the build test and the browser test.
 */
public final class LifecycleSite {
    public static final String EDITION_BODY =
            "Allotments and community gardens in Fife, and what growing food together did for the people who took part.";

    private LifecycleSite() {
    }

    /** Writes the site into {@code dir} and returns it. */
    public static Path write(Path dir) {
        SiteBuilder site = SiteBuilder.minimal(dir)
                .doc("briefings/growing-2016.md", "title: Community food growing (first edition)", "date: 2016-03-01",
                        "summary: Growing food together.", "themes: [participation]", "status: superseded", "superseded_by: growing-2018")
                .body(EDITION_BODY)
                .doc("briefings/growing-2018.md", "title: Community food growing (second edition)", "date: 2018-03-01",
                        "summary: Growing food together.", "themes: [participation]")
                .body(EDITION_BODY)
                .doc("briefings/pb-results.md", "title: Participatory budgeting results", "date: 2017-05-01", "summary: Survey results.",
                        "themes: [participation]", "status: withdrawn",
                        "withdrawn_reason: \"The survey data were counted twice <b>&</b> the findings do not hold.\"")
                .body("What the survey found. The review that found the error: [@evidence].")
                .doc("briefings/evidence.md", "title: Evidence review", "date: 2019-01-10", "summary: What the evidence says.",
                        "themes: [participation]", "corrections:", "  - {date: 2019-02-01, note: \"Table 2's totals <fixed>.\"}",
                        "  - {date: 2019-03-15, note: A reference was added.}")
                // Body line 1 is file line 10 (nine lines above it: two --- and seven of front matter).
                .body("Earlier results [@pb-results] do not hold.\n\nSee [the first edition](growing-2016.md) for the 2015 figures.");
        Path written = site.write();
        // The repository's theme (what the archive ships), not the basic fixture's templates.
        Sites.deleteTree(written.resolve("static")); // the fixture's stylesheet, replaced by the theme's
        Sites.useRepositoryTheme(written);
        return written;
    }
}
