package hub.search;

import com.fasterxml.jackson.databind.JsonNode;
import hub.build.BuildResult;
import hub.build.SearchQuery;
import hub.diagnostic.DiagnosticFormat;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchSettings;
import hub.support.Archive;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search: block of site-config.yml (weights, bm25, stemming, stop_words): bad values are errors at their line
 * with the nearest valid choice; the settings reach both `hub search` and the browser client, which still rank alike.
 */
class SearchSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void badSettingsAreErrorsWithHints() {
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .config("search: {weights: {titel: 2, body: -1}, bm25: {k1: 1.2, b: 2}, stemming: portr, stop_words: questions, fuzzy: 1}")
                .doc("briefings/one.md", "title: One", "date: 2018-01-01", "summary: One.").body("Text.\n")
                .build();
        assertEquals(2, r.exitCode(), "a configuration error");
        String text = DiagnosticFormat.text(r.diagnostics());
        for (String expected : List.of(
                "error: unknown search key 'fuzzy'",
                "error: unknown search weights key 'titel'\n  hint: did you mean 'title'?",
                "error: 'body' must be a number from 0 to 100, not '-1'\n  hint: body: 1 (the default)",
                "error: 'b' must be a number from 0 to 1, not '2'\n  hint: b: 0.75 (the default)",
                "error: unknown stemming 'portr'\n  hint: did you mean 'porter'? stemming is one of porter, kstem, minimal, none",
                "error: unknown stop_words 'questions'\n  hint: stop_words is one of english-and-questions, english, none")) {
            assertTrue(text.contains(expected), "expected:\n" + expected + "\nin:\n" + text);
        }
        assertTrue(text.startsWith("site-config.yml:"), text);
    }

    @Test
    void allWeightsZeroIsAnError() {
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .config("search: {weights: {title: 0, summary: 0, authors: 0, body: 0}}")
                .doc("briefings/one.md", "title: One", "date: 2018-01-01", "summary: One.").body("Text.\n")
                .build();
        assertEquals(2, r.exitCode(), "a configuration error");
        assertTrue(DiagnosticFormat.text(r.diagnostics()).contains("error: at least one search weight must be above 0"), DiagnosticFormat.text(r.diagnostics()));
    }

    @Test
    void theArchiveUsesTheMeasuredDefaults() {
        assertEquals(SearchSettings.DEFAULT, Archive.result().site().config().search(),
                "site-config.yml's search: block is the measured default (bench/relevance/); change both together");
    }

    /**
     * The archive built with settings other than the defaults (no stemming, Lucene's stop words only, the summary left
     * out, other weights and BM25 parameters): `hub search` and the shipped client still return the same top 10 for
     * the parity queries, and the settings did change what they return (both sides read them, not the defaults).
     */
    @Test
    void otherSettingsReachBothSidesAndTheyStillAgree() throws Exception {
        Path site = tmp.resolve("archive");
        Path root = Sites.repositoryRoot();
        for (String sub : List.of("content", "templates", "static")) Sites.copyTree(root.resolve(sub), site.resolve(sub));
        String config = Files.readString(root.resolve("site-config.yml")).replaceAll("(?m)^search:\\n(?:[ #].*\\n)*", "");
        Files.writeString(site.resolve("site-config.yml"), config
                + "search:\n  weights: {title: 2, summary: 0, authors: 1, body: 1.5}\n  bm25: {k1: 0.8, b: 0.4}\n  stemming: none\n  stop_words: english\n");
        Path out = site.resolve("public");
        BuildResult r = Sites.build(site, out);
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        assertTrue(Files.readString(Files.list(out.resolve("search")).filter(p -> p.getFileName().toString().equals("manifest.json")).findFirst().orElseThrow())
                .contains("\"stop\":[\"a\",\"an\",\"and\",\"are\",\"as\",\"at\",\"be\",\"but\",\"by\",\"for\",\"if\",\"in\",\"into\",\"is\",\"it\",\"no\",\"not\",\"of\","),
                "the manifest lists Lucene's stop words only (no 'about', 'what')");
        List<Client.Query> queries = ClientParityTest.ARCHIVE_QUERIES;
        List<JsonNode> browser = Client.search(out, tmp, queries);
        int differ = 0;
        StringBuilder diff = new StringBuilder();
        try (SearchIndex mine = Search.open(SearchQuery.workDir(out)); SearchIndex dflt = Search.open(Archive.workDir())) {
            for (int i = 0; i < queries.size(); i++) {
                List<String> keys = keys(mine.search(queries.get(i).request(10)).hits());
                if (!keys.equals(Client.strings(browser.get(i).get("keys")))) diff.append(queries.get(i)).append(": ").append(keys).append(" vs ").append(browser.get(i).get("keys")).append('\n');
                if (!keys.equals(keys(dflt.search(queries.get(i).request(10)).hits()))) differ++;
            }
            // Without stemming "evaluating" matches only that word; Porter makes it one term with "evaluation", "evaluate".
            int unstemmed = mine.search(Client.Query.of("evaluating").request(10)).total(), porter = dflt.search(Client.Query.of("evaluating").request(10)).total();
            assertTrue(unstemmed > 0 && unstemmed < porter, "documents matching 'evaluating': " + unstemmed + " unstemmed, " + porter + " with Porter");
        }
        assertTrue(diff.isEmpty(), "browser and Lucene differ:\n" + diff);
        assertNotEquals(0, differ, "the settings changed some ranking");
    }

    private static List<String> keys(List<SearchHit> hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.key()));
        return out;
    }
}
