package hub.search;

import hub.model.SearchIndex;
import hub.support.Archive;
import hub.support.Sites;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search relevance on the archive's judged query set (bench/relevance/): the measures are computed as defined, the
 * judged set is sound (enough queries of each kind, every judged URL a publication of the archive), and search with
 * the settings of site-config.yml ranks it no worse than the figure that made them the default, less a small tolerance.
 */
class RelevanceTest {
    /** nDCG@10 of the default settings on the judged set when they were chosen (docs/BENCHMARKS.md, "Search relevance"). */
    static final double DEFAULT_NDCG10 = 0.9193;
    static final double TOLERANCE = 0.02;

    static Relevance.Judged judged() throws Exception {
        return Relevance.Judged.read(Sites.repositoryRoot().resolve("bench/relevance"));
    }

    @Test
    void theJudgedSetRanksAtLeastAsWellAsWhenTheDefaultsWereChosen() throws Exception {
        Relevance.Judged judged = judged();
        Map<String, java.util.List<String>> rankings;
        try (SearchIndex index = Search.open(Archive.workDir())) {
            rankings = Relevance.rank(index, judged.queries());
        }
        Relevance.Scores s = Relevance.score(judged, judged.queries(), rankings);
        System.out.println("[relevance] " + s);
        assertTrue(s.ndcg10() >= DEFAULT_NDCG10 - TOLERANCE, "nDCG@10 fell to " + s + " (was " + DEFAULT_NDCG10 + " when the defaults were chosen)");
    }

    @Test
    void theJudgedSetIsSound() throws Exception {
        Relevance.Judged judged = judged();
        assertTrue(judged.queries().size() >= 60, "at least 60 queries");
        Set<String> ids = new HashSet<>();
        for (Relevance.Query q : judged.queries()) {
            assertTrue(ids.add(q.id()), "query id used twice: " + q.id());
            assertTrue(List.of("keywords", "name", "place", "question").contains(q.kind()), q.toString());
            assertTrue(judged.grades().getOrDefault(q.id(), Map.of()).values().stream().anyMatch(g -> g >= 2), "every query has a document of grade 2 or 3: " + q);
        }
        assertEquals(ids, judged.grades().keySet(), "judgements are for the queries listed");
        for (String kind : List.of("keywords", "name", "place", "question")) {
            assertTrue(judged.queries().stream().filter(q -> q.kind().equals(kind)).count() >= 5, "at least 5 queries of kind " + kind);
        }
        Set<String> urls = new HashSet<>();
        Archive.result().site().corpus().publications().forEach(d -> urls.add("/" + Archive.result().site().urls().pathOf(d.key()).replaceFirst("^/", "")));
        judged.grades().forEach((q, g) -> g.forEach((url, grade) -> {
            assertTrue(urls.contains(url), q + ": " + url + " is not a publication of the archive");
            assertTrue(grade >= 1 && grade <= 3, q + ": grade " + grade);
        }));
    }

    @Test
    void ndcgMapAndRecallAreComputedAsDefined() {
        Map<String, Integer> g = Map.of("a", 3, "b", 1, "c", 2);
        // Ranked b, x, a: DCG = 1/log2(2) + 0 + 7/log2(4) = 1 + 3.5; ideal a, c, b: 7 + 3/log2(3) + 1/2.
        double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
        assertEquals(4.5 / ideal, Relevance.ndcg(g, List.of("b", "x", "a"), 10), 1e-12);
        assertEquals(1.0, Relevance.ndcg(g, List.of("a", "c", "b"), 10), 1e-12);
        assertEquals(1.0 / 7, Relevance.ndcg(g, List.of("b", "x", "a"), 1), 1e-12, "only the top k count (ideal: a, gain 7)");
        // Relevant a, b, c; found b at 1 and a at 3: (1/1 + 2/3) / 3.
        assertEquals((1 + 2.0 / 3) / 3, Relevance.averagePrecision(g, List.of("b", "x", "a")), 1e-12);
        assertEquals(2.0 / 3, Relevance.recall(g, List.of("b", "x", "a"), 100), 1e-12);
        assertEquals(1.0 / 3, Relevance.recall(g, List.of("b", "x", "a"), 2), 1e-12);
        assertEquals(0, Relevance.ndcg(g, List.of(), 10));
    }
}
