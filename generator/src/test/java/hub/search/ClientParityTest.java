package hub.search;

import hub.build.BuildResult;
import hub.build.SearchQuery;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
 * The browser client (static/js/search.js, run in Node over the built site's static index) ranks
 * exactly as `hub search` (Lucene) does: the same top 10, in order, for a fixed set of queries over
 * the repository's archive and over a generated corpus.
 */
class ClientParityTest {
    @TempDir
    Path tmp;

    static final List<String> ARCHIVE_QUERIES = List.of(
            "participatory budgeting", "community anchors", "Operation Modulus", "Gorbals", "community planning officials",
            "evaluability assessment", "public service leadership", "collaborative leadership", "prevention", "place-based approaches",
            "Thriving Places", "community councils", "democratic renewal", "Syrian refugees", "West Dunbartonshire",
            "Aberdeenshire", "Fife", "Glasgow", "evidence review", "data", "outcomes", "workforce development",
            "third sector", "mini-publics", "deliberation", "Christie Commission", "community empowerment act",
            "what helps community engagement with young people in rural areas?", "how do partnerships share power",
            "food", "inequalities and poverty", "action research methods", "scaling up innovations", "Highland", "webinar",
            "co-production with communities", "early intervention", "systems leadership in Fife");

    @Test
    void clientTopTenEqualsLuceneOnTheArchive() throws Exception {
        Path out = tmp.resolve("archive/public");
        assertEquals(0, Sites.build(Sites.repositoryRoot(), out).exitCode());
        compare(out, ARCHIVE_QUERIES);
    }

    @Test
    void clientTopTenEqualsLuceneOnAGeneratedCorpus() throws Exception {
        Path root = Sites.repositoryRoot();
        Path site = tmp.resolve("generated");
        Process gen = new ProcessBuilder("java", root.resolve("bench/GenerateCorpus.java").toString(), "300", site.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("gen.log").toFile()).start();
        assertTrue(gen.waitFor(120, TimeUnit.SECONDS) && gen.exitValue() == 0, Files.readString(tmp.resolve("gen.log")));
        Sites.copyTree(root.resolve("templates"), site.resolve("templates"));
        Sites.copyTree(root.resolve("static"), site.resolve("static"));
        Path out = site.resolve("public");
        BuildResult r = Sites.build(site, out);
        assertEquals(0, r.exitCode(), () -> hub.diagnostic.DiagnosticFormat.text(r.diagnostics()));
        // Queries from the corpus's own words: single words of several frequencies, pairs, and a question.
        List<String> vocabulary = new ArrayList<>();
        for (var d : r.site().corpus().publications().subList(0, 12)) {
            for (String w : d.title().toLowerCase().split("[^a-z]+")) if (w.length() >= 5 && !vocabulary.contains(w)) vocabulary.add(w);
        }
        Set<String> queries = new LinkedHashSet<>();
        for (int i = 0; i < vocabulary.size() && queries.size() < 20; i++) queries.add(vocabulary.get(i));
        for (int i = 0; i + 1 < vocabulary.size() && queries.size() < 30; i += 2) queries.add(vocabulary.get(i) + " " + vocabulary.get(i + 1));
        queries.add("what works for " + vocabulary.get(0) + " and " + vocabulary.get(1) + "?");
        assertTrue(queries.size() >= 30, queries.toString());
        compare(out, new ArrayList<>(queries));
    }

    private void compare(Path out, List<String> queries) throws IOException, InterruptedException {
        Path q = tmp.resolve("queries-" + queries.hashCode() + ".json");
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < queries.size(); i++) {
            if (i > 0) json.append(',');
            StringBuilder s = new StringBuilder();
            Json.string(s, queries.get(i));
            json.append("{\"q\":").append(s).append('}');
        }
        Files.writeString(q, json.append(']').toString());
        Path runner = Sites.resource("search/run-client.js");
        Path client = Sites.repositoryRoot().resolve("static/js/search.js");
        Process node = new ProcessBuilder("node", runner.toString(), client.toString(), out.toString(), q.toString())
                .redirectError(tmp.resolve("node.err").toFile()).start();
        String result = new String(node.getInputStream().readAllBytes());
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node finished");
        assertEquals(0, node.exitValue(), Files.readString(tmp.resolve("node.err")));
        List<List<String>> browser = parse(result);
        assertEquals(queries.size(), browser.size());
        StringBuilder diff = new StringBuilder();
        int nonEmpty = 0;
        for (int i = 0; i < queries.size(); i++) {
            List<String> lucene = SearchQuery.run(out, queries.get(i), Search.Filters.NONE, 10).stream().map(Search.Hit::key).toList();
            if (!lucene.isEmpty()) nonEmpty++;
            if (!lucene.equals(browser.get(i))) diff.append(queries.get(i)).append("\n  lucene:  ").append(lucene).append("\n  browser: ").append(browser.get(i)).append('\n');
        }
        assertTrue(diff.isEmpty(), "browser and Lucene rank differently:\n" + diff);
        assertTrue(nonEmpty >= queries.size() - 2, "the queries find something: " + nonEmpty + " of " + queries.size());
    }

    /** Parses the runner's output, a JSON array of arrays of strings (keys have no quotes or escapes). */
    static List<List<String>> parse(String json) {
        List<List<String>> out = new ArrayList<>();
        String body = json.strip();
        body = body.substring(1, body.length() - 1);
        int i = 0;
        while (i < body.length()) {
            int start = body.indexOf('[', i);
            if (start < 0) break;
            int end = body.indexOf(']', start);
            List<String> row = new ArrayList<>();
            for (String part : body.substring(start + 1, end).split(",")) if (!part.isBlank()) row.add(part.strip().replaceAll("^\"|\"$", ""));
            out.add(row);
            i = end + 1;
        }
        return out;
    }
}
