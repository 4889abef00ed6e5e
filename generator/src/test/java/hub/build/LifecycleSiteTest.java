package hub.build;

import com.fasterxml.jackson.databind.JsonNode;
import hub.diagnostic.DiagnosticFormat;
import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import hub.search.Client;
import hub.support.Golden;
import hub.support.LifecycleSite;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A publication's lifecycle, on {@link LifecycleSite} (the repository's theme): a superseded briefing (its 2018
 * edition replaces it), a withdrawn one and a corrected one that cites both. Their pages carry the notices, the
 * replacement and the corrections; lists, the home page and feeds leave the two that no longer stand out; the
 * citations of them are warnings at their file positions; and search ranks the superseded edition below the
 * current one, in hub search and in the browser client alike.
 */
class LifecycleSiteTest {
    @TempDir
    static Path tmp;
    static BuildResult result;
    static Map<String, byte[]> files;
    static Path out;

    @BeforeAll
    static void build() {
        Path dir = LifecycleSite.write(tmp.resolve("site"));
        out = tmp.resolve("public");
        result = Sites.build(dir, out);
        files = Golden.readTree(out);
    }

    private static String page(String path) {
        byte[] b = files.get(path);
        assertNotNull(b, path + " was not written");
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void citingAWithdrawnOrSupersededPublicationIsAWarningAtTheCitation() {
        assertEquals(0, result.exitCode(), () -> DiagnosticFormat.text(result.diagnostics()));
        assertEquals("""
                content/briefings/evidence.md:10:18: warning: cites a withdrawn publication: briefing/pb-results
                  hint: withdrawn: The survey data were counted twice <b>&</b> the findings do not hold. (remove the citation, or say in the text that it was withdrawn)
                content/briefings/evidence.md:12:5: warning: links to a superseded publication: briefing/growing-2016
                  hint: cite its replacement instead: [@briefing/growing-2018] (Community food growing (second edition))
                """, DiagnosticFormat.text(result.diagnostics()));
    }

    @Test
    void aReplacementMayCiteWhatItReplacesWithoutAWarning(@TempDir Path dir) {
        BuildResult r = SiteBuilder.minimal(dir)
                .doc("briefings/old.md", "title: Old", "date: 2016-01-01", "summary: s.", "status: superseded", "superseded_by: new")
                .doc("briefings/new.md", "title: New", "date: 2018-01-01", "summary: s.").body("This edition replaces [@old].")
                .doc("briefings/other.md", "title: Other", "date: 2018-01-02", "summary: s.").body("As [@old] found.")
                .checkOnly();
        assertEquals("""
                content/briefings/other.md:6:5: warning: cites a superseded publication: briefing/old
                  hint: cite its replacement instead: [@briefing/new] (New)
                """, DiagnosticFormat.text(r.diagnostics()));
    }

    @Test
    void aSupersededPageSaysSoAndLinksToItsReplacementWhichSaysWhatItReplaces() {
        String old = page("briefings/growing-2016/index.html");
        assertTrue(old.contains("<aside class=\"notice notice-superseded\" aria-labelledby=\"hub-status\">\n"
                + "<h2 id=\"hub-status\" class=\"notice-title\">This publication has been superseded</h2>\n"
                + "<p>It is replaced by <a href=\"/briefings/growing-2018/\">Community food growing (second edition)</a>"), old);
        // The notice comes right under the title, before anything else of the page.
        assertTrue(old.indexOf("notice-superseded") > old.indexOf("id=\"doc-title\"") && old.indexOf("notice-superseded") < old.indexOf("class=\"lead\""));
        String current = page("briefings/growing-2018/index.html");
        assertTrue(current.contains("<div><dt>Replaces</dt><dd><a href=\"/briefings/growing-2016/\">Community food growing (first edition)</a></dd></div>"), current);
        assertFalse(current.contains("class=\"notice"), "the current edition has no notice");
    }

    @Test
    void aRelatedListMarksASupersededPublicationAfterItsDate() {
        // The list item's status is written out in partials/doc-item.peb (no macro call per item: the theme's menus and
        // items were a tenth of a build's samples as macro calls); this is the markup the macro gave.
        String current = page("briefings/growing-2018/index.html");
        assertTrue(current.contains("<p class=\"item-meta\"><span class=\"item-type\">Briefing</span> <span class=\"sep\" aria-hidden=\"true\">·</span> "
                + "<time datetime=\"2016-03-01\">1 March 2016</time> <span class=\"sep\" aria-hidden=\"true\">·</span> <strong class=\"item-status\">Superseded</strong></p>\n"
                + "<h3 class=\"item-title\"><a href=\"/briefings/growing-2016/\">"), current);
    }

    @Test
    void aWithdrawnPageGivesTheReasonEscaped() {
        String p = page("briefings/pb-results/index.html");
        assertTrue(p.contains("<h2 id=\"hub-status\" class=\"notice-title\">This publication has been withdrawn</h2>\n"
                + "<p>The survey data were counted twice &lt;b&gt;&amp;&lt;/b&gt; the findings do not hold.</p>"), p);
    }

    @Test
    void correctionsAreADatedListOnThePage() throws Exception {
        String p = page("briefings/evidence/index.html");
        assertTrue(p.contains("<section class=\"corrections\" aria-labelledby=\"hub-corrections\">\n<h2 id=\"hub-corrections\">Corrections</h2>\n<ul>\n"
                + "<li><time datetime=\"2019-02-01\">1 February 2019</time>: Table 2&#39;s totals &lt;fixed&gt;.</li>\n"
                + "<li><time datetime=\"2019-03-15\">15 March 2019</time>: A reference was added.</li>\n</ul>\n</section>"), p);
        // Who cites it is marked when it no longer stands.
        assertTrue(p.contains("Participatory budgeting results</a> <span class=\"muted\">Briefing, <time datetime=\"2017-05-01\">1 May 2017</time>, withdrawn"), p);
        assertTrue(p.contains("<div><dt>Corrected</dt><dd><a href=\"#hub-corrections\">2 corrections</a></dd></div>"), p);
        // And in the JSON-LD, as schema.org CorrectionComments.
        String json = p.substring(p.indexOf("<script type=\"application/ld+json\">") + 35);
        JsonNode work = Client.JSON.readTree(json.substring(0, json.indexOf("</script>"))).get("@graph").get(0);
        assertEquals("[{\"@type\":\"CorrectionComment\",\"datePublished\":\"2019-02-01\",\"text\":\"Table 2's totals <fixed>.\"},"
                + "{\"@type\":\"CorrectionComment\",\"datePublished\":\"2019-03-15\",\"text\":\"A reference was added.\"}]", work.get("correction").toString());
    }

    @Test
    void listsHomeAndFeedsLeaveOutWhatNoLongerStands() {
        for (String path : List.of("index.html", "briefings/index.html", "themes/participation/index.html", "feed.xml", "briefings/feed.xml",
                "themes/participation/feed.xml")) {
            String p = page(path);
            assertTrue(p.contains("/briefings/growing-2018/"), path + " lists the current edition");
            assertTrue(p.contains("/briefings/evidence/"), path + " lists the corrected review");
            assertFalse(p.contains("/briefings/growing-2016/"), path + " leaves out the superseded edition");
            assertFalse(p.contains("/briefings/pb-results/"), path + " leaves out the withdrawn briefing");
        }
        // 2016 and 2017 had only these two, so they have no year page.
        assertFalse(page("years/index.html").contains("/years/2016/"));
        assertFalse(files.containsKey("years/2016/index.html"));
        assertFalse(files.containsKey("years/2017/index.html"));
        assertTrue(page("years/2018/index.html").contains("/briefings/growing-2018/"));
    }

    @Test
    void bothKeepTheirPagesAndExportsAndOnlyTheSupersededStaysInTheSitemap() {
        for (String slug : List.of("growing-2016", "pb-results")) {
            for (String f : List.of("index.html", "cite.bib", "cite.ris", "cite.json")) page("briefings/" + slug + "/" + f);
        }
        String sitemap = page("sitemap.xml");
        assertTrue(sitemap.contains("https://fixture.example/briefings/growing-2016/"), sitemap);
        assertFalse(sitemap.contains("pb-results"), sitemap);
    }

    @Test
    void theSupersededEditionRanksBelowTheCurrentOneInHubSearchAndTheBrowser() throws Exception {
        List<Client.Query> queries = List.of(Client.Query.of("allotments"), Client.Query.of("growing food together"));
        List<JsonNode> browser = Client.search(out, tmp, queries);
        try (SearchIndex index = SearchQuery.open(SearchQuery.workDir(out))) {
            for (int i = 0; i < queries.size(); i++) {
                List<SearchHit> hits = index.search(new SearchRequest(queries.get(i).q(), SearchFilters.NONE, false, false, 10)).hits();
                List<String> keys = hits.stream().map(SearchHit::key).toList();
                // Without demotion the first edition would come first: equal scores are ordered by key.
                assertEquals(List.of("briefing/growing-2018", "briefing/growing-2016"), keys.subList(0, 2), queries.get(i).q());
                assertEquals(hits.get(0).score() * 0.5f, hits.get(1).score(), "the same text, half the score");
                assertEquals(keys, Client.strings(browser.get(i).get("keys")), "the browser ranks as hub search does");
                List<Float> scores = hits.stream().map(SearchHit::score).toList();
                List<Float> browserScores = new java.util.ArrayList<>();
                browser.get(i).get("scores").forEach(s -> browserScores.add((float) s.asDouble()));
                assertEquals(scores, browserScores, "and with the same scores");
            }
        }
    }
}
