package hub.search;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchResults;
import com.fasterxml.jackson.databind.JsonNode;
import hub.build.BuildResult;
import hub.build.SearchQuery;
import hub.model.Document;
import hub.support.Archive;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser client as sites ship it (static/js/search.js, run in Node over the built site's static index) ranks
 * exactly as `hub search` (Lucene) does: the same top 10, in order, for a fixed set of queries over
 * the repository's archive and over a generated corpus; with every posting loaded, the same totals
 * and facet counts too. Queries cover plain words, questions, prefixes, typos, phrases, synonyms,
 * filters and date order.
 */
class ClientParityTest {
    @TempDir
    Path tmp;

    static final List<Client.Query> ARCHIVE_QUERIES = new ArrayList<>();

    static {
        for (String q : List.of("participatory budgeting", "community anchors", "Operation Modulus", "Gorbals", "community planning officials",
                "evaluability assessment", "public service leadership", "collaborative leadership", "prevention", "place-based approaches",
                "Thriving Places", "community councils", "democratic renewal", "Syrian refugees", "West Dunbartonshire",
                "Aberdeenshire", "Fife", "Glasgow", "evidence review", "data", "outcomes", "workforce development",
                "third sector", "mini-publics", "deliberation", "Christie Commission", "community empowerment act",
                "what helps community engagement with young people in rural areas?", "how do partnerships share power",
                "food", "inequalities and poverty", "action research methods", "scaling up innovations", "Highland", "webinar",
                // typos, synonyms, phrases
                "co-production with communities", "systems leadership in Fife", "evaluabilty", "partcipatory budgeting", "comunity councils", "co-production", "early intervention",
                "\"community anchor\"", "\"participatory budgeting\" scotland", "\"public service reform\"", "\"zebra unicorn\"",
                // quoted words are taken exactly: no corrections of a rare word, no synonyms
                "\"operation modulus\" evaluation", "\"community engagement\" young people")) {
            ARCHIVE_QUERIES.add(Client.Query.of(q));
        }
        for (String q : List.of("participatory budg", "community anch", "lead", "evalu", "c", "young peo", "\"community anch")) {
            ARCHIVE_QUERIES.add(new Client.Query(q, true, SearchFilters.NONE, false));
        }
        ARCHIVE_QUERIES.add(new Client.Query("leadership", false, new SearchFilters("policy-briefing", null, null, null), false));
        ARCHIVE_QUERIES.add(new Client.Query("evaluation", false, new SearchFilters(null, null, "glasgow", null), false));
        ARCHIVE_QUERIES.add(new Client.Query("community", false, new SearchFilters(null, "participation", null, "2017"), false));
        // A word the key messages report holds only in its full-report PDF.
        ARCHIVE_QUERIES.add(Client.Query.of("widespread"));
        ARCHIVE_QUERIES.add(new Client.Query("participatory budgeting", false, SearchFilters.NONE, true));
        ARCHIVE_QUERIES.add(new Client.Query("\"community planning\" evidence", false, SearchFilters.NONE, true));
    }

    @Test
    void clientEqualsLuceneOnTheArchive() throws Exception {
        compare(Archive.output(), ARCHIVE_QUERIES);
    }

    /**
     * The key messages report holds "widespread" only in its full-report PDF: both sides find it and say the excerpt is
     * the PDF's; a word of its page ("empowerment") is excerpted from the page on both sides.
     */
    @Test
    void bothSidesSayAnExcerptIsFromThePdfWhenOnlyThePdfMatches() throws Exception {
        String report = "key-messages/key-messages-about-public-service-reform";
        List<Client.Query> queries = List.of(Client.Query.of("widespread"), Client.Query.of("empowerment"));
        List<JsonNode> browser = Client.search(Archive.output(), tmp, queries);
        try (SearchIndex index = Search.open(SearchQuery.workDir(Archive.output()))) {
            for (int i = 0; i < queries.size(); i++) {
                List<SearchHit> hits = index.search(queries.get(i).request(100)).hits();
                SearchHit lucene = hits.stream().filter(h -> h.key().equals(report)).findFirst().orElseThrow(() -> new AssertionError(hits.toString()));
                List<String> keys = Client.strings(browser.get(i).get("keysAll"));
                JsonNode rows = browser.get(i).get("excerpts");
                int at = Client.strings(browser.get(i).get("keys")).indexOf(report);
                boolean pdfOnly = i == 0;
                assertEquals(pdfOnly, lucene.excerpt().startsWith("in the PDF: "), lucene.excerpt());
                if (at >= 0) assertEquals(pdfOnly, rows.get(at).asText().startsWith("in the PDF: "), rows.get(at).asText());
                else assertTrue(keys.contains(report), "the browser finds the report too: " + keys);
            }
        }
    }

    /**
     * Paging and browsing agree too: a later page ({@code offset}) is the same slice of the same order on both sides;
     * filters without words list every publication that has them, newest first, on both sides; and the search page's
     * "show more", asked of an engine that has counted, fetches nothing but the new results' metadata files.
     */
    @Test
    void laterPagesAndBrowsingByFilterEqualLucene() throws Exception {
        record Paged(String q, SearchFilters filters, boolean byDate, int offset) {
        }
        List<Paged> cases = List.of(
                new Paged("community", SearchFilters.NONE, false, 10),
                new Paged("community", SearchFilters.NONE, false, 20),
                new Paged("evaluation", SearchFilters.NONE, true, 10),
                new Paged("", new SearchFilters(null, null, "fife", null), false, 0),
                new Paged("", new SearchFilters(null, "participation", null, null), false, 0),
                new Paged("", new SearchFilters(null, "participation", null, null), false, 10),
                new Paged("", new SearchFilters("research-report", null, null, "2017"), false, 0));
        com.fasterxml.jackson.databind.node.ObjectNode job = Client.queriesJob(cases.stream()
                .map(c -> new Client.Query(c.q(), false, c.filters(), c.byDate())).toList());
        for (int i = 0; i < cases.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) job.get("queries").get(i)).put("offset", cases.get(i).offset()).put("more", true);
        }
        JsonNode browser = Client.run(Archive.output(), tmp, job);
        StringBuilder diff = new StringBuilder();
        try (SearchIndex index = Search.open(SearchQuery.workDir(Archive.output()))) {
            for (int i = 0; i < cases.size(); i++) {
                Paged c = cases.get(i);
                JsonNode b = browser.get(i);
                SearchResults page = index.search(new hub.model.SearchRequest(c.q(), c.filters(), false, c.byDate(), 10, c.offset()));
                SearchResults next = index.search(new hub.model.SearchRequest(c.q(), c.filters(), false, c.byDate(), 10, c.offset() + 10));
                List<String> keys = page.hits().stream().map(SearchHit::key).toList();
                List<String> nextKeys = next.hits().stream().map(SearchHit::key).toList();
                if (!keys.equals(Client.strings(b.get("keys")))) diff.append(c).append("\n  lucene:  ").append(keys).append("\n  browser: ").append(b.get("keys")).append('\n');
                if (!nextKeys.equals(Client.strings(b.get("moreKeys")))) diff.append(c).append(" show more\n  lucene:  ").append(nextKeys).append("\n  browser: ").append(b.get("moreKeys")).append('\n');
                if (page.total() != b.get("total").asInt()) diff.append(c).append(" totals ").append(page.total()).append(" vs ").append(b.get("total")).append('\n');
                if (!page.facets().equals(Client.facets(b.get("facets")))) diff.append(c).append(" facets ").append(page.facets()).append(" vs ").append(b.get("facets")).append('\n');
                if (c.offset() == 0) assertTrue(page.total() > 0 && !keys.isEmpty(), c + " finds something");
                // Browsing is by date, newest first: each hit's date is at most the one before.
                if (c.q().isEmpty()) {
                    List<String> dates = page.hits().stream().map(SearchHit::date).toList();
                    for (int j = 1; j < dates.size(); j++) assertTrue(dates.get(j - 1).compareTo(dates.get(j)) >= 0, c + ": " + dates);
                }
                for (String file : Client.strings(b.get("moreFiles"))) {
                    assertTrue(file.matches("/search/doc-[0-9a-f]+/\\d+\\.json"), c + ": show more fetched " + file + ", not only result metadata");
                }
                assertEquals(nextKeys.size(), b.get("moreFiles").size(), c + ": one metadata file per new result: " + b.get("moreFiles"));
            }
        }
        assertTrue(diff.isEmpty(), "browser and Lucene differ:\n" + diff);
    }

    @Test
    void clientEqualsLuceneOnAGeneratedCorpus() throws Exception {
        Path root = Sites.repositoryRoot();
        Path site = tmp.resolve("generated");
        Process gen = new ProcessBuilder("java", root.resolve("bench/GenerateCorpus.java").toString(), "300", site.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("gen.log").toFile()).start();
        assertTrue(gen.waitFor(120, TimeUnit.SECONDS) && gen.exitValue() == 0, Files.readString(tmp.resolve("gen.log")));
        if (!Files.isDirectory(site.resolve("templates"))) Sites.copyTree(root.resolve("templates"), site.resolve("templates"));
        if (!Files.isDirectory(site.resolve("static"))) Sites.copyTree(root.resolve("static"), site.resolve("static"));
        Path out = site.resolve("public");
        BuildResult r = Sites.build(site, out);
        assertEquals(0, r.exitCode(), () -> hub.diagnostic.DiagnosticFormat.text(r.diagnostics()));
        // Queries from the corpus's own words: single words, pairs, a question, prefixes, typos, phrases, a filter, date order.
        List<String> words = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Document d : r.site().corpus().publications().subList(0, 15)) {
            titles.add(d.title());
            for (String w : d.title().toLowerCase().split("[^a-z]+")) if (w.length() >= 6 && !words.contains(w)) words.add(w);
        }
        Set<Client.Query> queries = new LinkedHashSet<>();
        for (int i = 0; i < words.size() && queries.size() < 12; i++) queries.add(Client.Query.of(words.get(i)));
        for (int i = 0; i + 1 < words.size() && queries.size() < 20; i += 2) queries.add(Client.Query.of(words.get(i) + " " + words.get(i + 1)));
        queries.add(Client.Query.of("what works for " + words.get(0) + " and " + words.get(1) + "?"));
        for (int i = 0; i < 4; i++) queries.add(new Client.Query(words.get(i).substring(0, 4), true, SearchFilters.NONE, false));
        for (int i = 0; i < 4; i++) {
            String w = words.get(i + 4);
            queries.add(Client.Query.of(w.substring(0, 3) + w.substring(4)));
        }
        for (int i = 0; i < 3; i++) {
            String[] t = titles.get(i).split(" ");
            queries.add(Client.Query.of("\"" + t[0] + " " + t[1] + "\""));
        }
        queries.add(new Client.Query(words.get(2), false, SearchFilters.NONE, true));
        queries.add(new Client.Query(words.get(3), false, new SearchFilters(r.site().corpus().publications().get(0).type(), null, null, null), false));
        assertTrue(queries.size() >= 30, queries.toString());
        List<JsonNode> browser = compare(out, new ArrayList<>(queries));
        // Bytes stay bounded: a single word whose postings run past the head into tail blocks is answered from the
        // head (or fewer blocks than counting needs), as the index's impact order allows (docs/SEARCH-INDEX.md).
        int withTails = 0, early = 0;
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            JsonNode b = browser.get(i);
            blocks.append(b.get("tails")).append('/').append(b.get("tailsAll")).append(' ');
            if (b.get("tailsAll").asInt() == 0) continue;
            withTails++;
            if (b.get("tails").asInt() < b.get("tailsAll").asInt()) early++;
        }
        assertTrue(withTails >= 6 && early == withTails, "tail blocks read for the top 10 / for counting, per single-word query: " + blocks);
    }

    private List<JsonNode> compare(Path out, List<Client.Query> queries) throws Exception {
        List<JsonNode> browser = Client.search(out, tmp, queries);
        assertEquals(queries.size(), browser.size());
        StringBuilder diff = new StringBuilder();
        int nonEmpty = 0;
        try (SearchIndex index = Search.open(SearchQuery.workDir(out))) {
            for (int i = 0; i < queries.size(); i++) {
                Client.Query q = queries.get(i);
                SearchResults lucene = index.search(q.request(10));
                List<String> keys = lucene.hits().stream().map(SearchHit::key).toList();
                JsonNode b = browser.get(i);
                if (!keys.isEmpty()) nonEmpty++;
                String what = q + "\n  lucene:  " + keys + " " + lucene.hits().stream().map(SearchHit::score).toList();
                if (!keys.equals(Client.strings(b.get("keys")))) diff.append(what).append("\n  browser: ").append(b.get("keys")).append(" ").append(b.get("scores")).append('\n');
                else if (!keys.equals(Client.strings(b.get("keysAll")))) diff.append(what).append("\n  browser (all loaded): ").append(b.get("keysAll")).append('\n');
                else if (lucene.total() != b.get("total").asInt()) diff.append(what).append("\n  totals: ").append(lucene.total()).append(" vs ").append(b.get("total")).append('\n');
                else if (lucene.total() > 0 && !lucene.facets().equals(Client.facets(b.get("facets")))) diff.append(what).append("\n  facets: ").append(lucene.facets()).append(" vs ").append(b.get("facets")).append('\n');
            }
        }
        assertTrue(diff.isEmpty(), "browser and Lucene differ:\n" + diff);
        assertTrue(nonEmpty >= queries.size() - 3, "the queries find something: " + nonEmpty + " of " + queries.size());
        return browser;
    }
}
