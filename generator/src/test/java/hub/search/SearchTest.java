package hub.search;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import hub.build.SearchQuery;
import hub.support.Archive;
import hub.support.Cli;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search over the real archive: judged queries, question-style queries, phrases, filters, and the CLI. */
class SearchTest {
    @TempDir
    Path tmp;
    /** The archive as built once for every test of the JVM; its Lucene index is in the work folder beside it. */
    static final Path out = Archive.output();

    static List<String> top(String query, SearchFilters filters, int n) throws Exception {
        return SearchQuery.run(out, query, filters, n).stream().map(SearchHit::key).toList();
    }

    /** Query -> publications that must appear in its top 5, judged from the archive's subject matter. */
    static final Map<String, List<String>> JUDGED = Map.ofEntries(
            Map.entry("participatory budgeting", List.of("toolkit/participatory-budgeting", "policy-briefing/mainstreaming-participatory-budgeting")),
            Map.entry("Operation Modulus in the Gorbals", List.of("case-study/operation-modulus-putting-christie-into-practice-in-the-gorbals",
                    "research-report/operation-modulus-approach-further-lessons")),
            Map.entry("community anchor organisations", List.of("research-report/exploring-the-roles-of-community-anchor-organisations")),
            Map.entry("survey of community planning officials", List.of("research-report/community-planning-officials-survey-everyday-work",
                    "research-report/community-planning-after-the-community-empowerment-act")),
            Map.entry("evaluability assessment", List.of("policy-briefing/evaluability-assessment-a-collaborative-approach")),
            Map.entry("public service leadership", List.of("policy-briefing/public-service-leadership-what-works")),
            Map.entry("community councils and democratic renewal", List.of("research-report/strengthening-community-councils-and-democratic-renewal")),
            Map.entry("refugees in West Dunbartonshire", List.of("case-study/resettlement-of-syrian-refugees-in-west-dunbartonshire")),
            Map.entry("dignified food provision", List.of("research-report/centrestage-dignified-food-provision")),
            Map.entry("how do hard to reach groups take part in community engagement?", List.of("evidence-review/hard-to-reach-or-easy-to-ignore")));

    @Test
    void judgedQueriesFindTheirPublicationsInTheTopFive() throws Exception {
        StringBuilder misses = new StringBuilder();
        for (var e : JUDGED.entrySet()) {
            List<String> got = top(e.getKey(), SearchFilters.NONE, 5);
            for (String want : e.getValue()) if (!got.contains(want)) misses.append(e.getKey()).append(" -> missing ").append(want).append(" in ").append(got).append('\n');
        }
        assertTrue(misses.isEmpty(), misses.toString());
    }

    @Test
    void aQuestionNeedNotMatchEveryWord() throws Exception {
        List<String> got = top("what helps community engagement with young people in rural areas?", SearchFilters.NONE, 10);
        assertEquals(10, got.size(), "question-style queries return results: " + got);
    }

    @Test
    void phrasesAndFilters() throws Exception {
        List<String> phrase = top("\"community anchor\"", SearchFilters.NONE, 20);
        assertFalse(phrase.isEmpty());
        for (String key : phrase) {
            String text = Files.readString(Sites.repositoryRoot().resolve("content").resolve(folderOf(key)).resolve(key.substring(key.indexOf('/') + 1) + ".md"));
            assertTrue(text.toLowerCase().replaceAll("\\s+", " ").contains("community anchor"), key + " contains the phrase");
        }
        List<String> briefings = top("leadership", new SearchFilters("policy-briefing", null, null, null), 20);
        assertFalse(briefings.isEmpty());
        assertTrue(briefings.stream().allMatch(k -> k.startsWith("policy-briefing/")), briefings.toString());
        List<String> glasgow = top("evaluation", new SearchFilters(null, null, "glasgow", null), 20);
        assertTrue(!glasgow.isEmpty() && glasgow.contains("case-study/evaluating-the-impact-of-participatory-budgeting"), glasgow.toString());
        assertTrue(top("\"zebra crossing unicorn\"", SearchFilters.NONE, 10).isEmpty(), "a phrase nobody wrote finds nothing");
    }

    /**
     * Results come in one defined order, the browser's too: by score (or date, newest first), then by key. Asking twice
     * would not show an order that depends on how the index happened to be built, so the order itself is checked, over
     * every hit of queries with many ties (publications share dates; a filter-only query scores alike).
     */
    @Test
    void resultsAreOrderedByScoreOrDateThenKey() throws Exception {
        int ties = 0;
        try (SearchIndex index = Search.open(Archive.workDir())) {
            for (String q : List.of("community engagement", "evidence", "scotland", "participatory budgeting", "report")) {
                for (boolean byDate : List.of(false, true)) {
                    List<SearchHit> hits = index.search(new SearchRequest(q, SearchFilters.NONE, false, byDate, 1000)).hits();
                    assertTrue(hits.size() >= 10, q + ": " + hits.size());
                    for (int i = 1; i < hits.size(); i++) {
                        SearchHit a = hits.get(i - 1), b = hits.get(i);
                        int c = byDate ? b.date().compareTo(a.date()) : Float.compare(b.score(), a.score());
                        if (c == 0) ties++;
                        assertTrue(c < 0 || c == 0 && a.key().compareTo(b.key()) < 0,
                                q + (byDate ? " by date" : "") + ": " + a.key() + " (" + a.score() + ", " + a.date() + ") before "
                                        + b.key() + " (" + b.score() + ", " + b.date() + ")");
                    }
                }
            }
        }
        assertTrue(ties >= 20, "the queries have ties to break: " + ties);
    }

    @Test
    void themeSynonymsExpandTheQuery() throws Exception {
        List<String> got = top("co-production", SearchFilters.NONE, 5);
        assertTrue(got.contains("key-messages/partnership"), "'co-production' is a synonym of the partnership theme: " + got);
        assertTrue(top("community engagement", SearchFilters.NONE, 5).contains("key-messages/participation"),
                "'community engagement' is a synonym of the participation theme");
    }

    private static String folderOf(String key) {
        return switch (key.substring(0, key.indexOf('/'))) {
            case "toolkit" -> "toolkits";
            case "blog" -> "blogs";
            case "research-report" -> "research-reports";
            case "webinar" -> "webinars";
            case "event" -> "events";
            case "policy-briefing" -> "briefings";
            case "case-study" -> "case-studies";
            case "evidence-review" -> "evidence-reviews";
            case "key-messages" -> "key-messages";
            case "event-report" -> "event-reports";
            case "book-chapter" -> "book-chapters";
            case "news" -> "news";
            default -> throw new IllegalArgumentException(key);
        };
    }

    @Test
    void commandLineSearch() {
        Cli text = Cli.run("search", "participatory budgeting", "--out", out.toString(), "-n", "3");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("\n1. "), text.out());
        assertTrue(text.out().contains("[participatory] [budgeting]"), "matches are highlighted: " + text.out());
        assertTrue(text.out().contains(" results for \"participatory budgeting\", the first 3:"), text.out());
        Cli phrase = Cli.run("search", "\"community anchor\"", "--out", out.toString(), "-n", "1");
        assertTrue(phrase.out().contains(" results for \"community anchor\", the first 1:"), "a phrase is shown as typed: " + phrase.out());
        Cli json = Cli.run("search", "participatory budgeting", "--out", out.toString(), "--json", "--theme", "participation");
        assertTrue(json.out().startsWith("{\"query\":\"participatory budgeting\",\"total\":"), json.out());
        assertTrue(json.out().contains("\"hits\":[\n  {\"rank\":1,\"key\":") && json.out().contains("\"facets\":{\"place\":{"), json.out());
        Cli byDate = Cli.run("search", "participatory budgeting", "--out", out.toString(), "--sort", "date", "--json", "-n", "3");
        assertEquals(0, byDate.exitCode(), byDate.err());
        Cli none = Cli.run("search", "x", "--out", tmp.resolve("nowhere/public").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("run ./hub build first"), none.err());
    }
}
