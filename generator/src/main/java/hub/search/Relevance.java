package hub.search;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well search ranks, measured on a judged query set (bench/relevance/: queries.tsv, judgements.tsv with grades 0-3):
 * nDCG@10 (graded gain 2^grade - 1), MAP and recall@100 (a document of grade 1 or more counts as relevant), as
 * TREC's trec_eval computes them. The same measures serve the browser client's rankings (bench/relevance/run.sh
 * passes them in), so both sides are scored by one piece of code.
 */
final class Relevance {
    /** A judged query: its id, what kind of query it is (keywords, name, place, question) and its text. */
    public record Query(String id, String kind, String text) {
    }

    /** Mean measures over a set of queries. */
    public record Scores(int queries, double ndcg10, double map, double recall100) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "nDCG@10 %.4f  MAP %.4f  recall@100 %.4f  (%d queries)", ndcg10, map, recall100, queries);
        }
    }

    /** The judged set: the queries in file order and, per query id, the grade of each judged document URL. */
    public record Judged(List<Query> queries, Map<String, Map<String, Integer>> grades) {
        public static Judged read(Path folder) throws IOException {
            List<Query> queries = new ArrayList<>();
            for (String line : lines(folder.resolve("queries.tsv"))) {
                String[] f = line.split("\t", -1);
                queries.add(new Query(f[0], f[1], f[2]));
            }
            Map<String, Map<String, Integer>> grades = new TreeMap<>();
            for (String line : lines(folder.resolve("judgements.tsv"))) {
                String[] f = line.split("\t", -1);
                grades.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
            }
            return new Judged(queries, grades);
        }

        private static List<String> lines(Path file) throws IOException {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    public static final int RANKED = 100;

    private Relevance() {
    }

    /** Each query's ranked URLs (up to {@link #RANKED}) as `hub search` ranks them: the same {@link SearchIndex} the CLI opens. */
    public static Map<String, List<String>> rank(SearchIndex index, List<Query> queries) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Query q : queries) {
            List<String> urls = new ArrayList<>();
            for (SearchHit h : index.search(new SearchRequest(q.text(), SearchFilters.NONE, false, false, RANKED)).hits()) urls.add(h.url());
            out.put(q.id(), urls);
        }
        return out;
    }

    /** The mean measures of {@code rankings} over {@code queries} (a query with no ranking scores 0). */
    public static Scores score(Judged judged, List<Query> queries, Map<String, List<String>> rankings) {
        double ndcg = 0, map = 0, recall = 0;
        for (Query q : queries) {
            Map<String, Integer> g = judged.grades().getOrDefault(q.id(), Map.of());
            List<String> ranked = rankings.getOrDefault(q.id(), List.of());
            ndcg += ndcg(g, ranked, 10);
            map += averagePrecision(g, ranked);
            recall += recall(g, ranked, RANKED);
        }
        int n = Math.max(1, queries.size());
        return new Scores(queries.size(), ndcg / n, map / n, recall / n);
    }

    /** Normalised discounted cumulative gain at {@code k}: gain 2^grade - 1, discount log2(rank + 1). */
    static double ndcg(Map<String, Integer> grades, List<String> ranked, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += gain(ideal.get(i), i);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int rank) {
        return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }

    /** Average precision: the mean over relevant documents (grade >= 1) of the precision at each one's rank (0 when not ranked). */
    static double averagePrecision(Map<String, Integer> grades, List<String> ranked) {
        long relevant = grades.values().stream().filter(x -> x > 0).count();
        if (relevant == 0) return 0;
        double sum = 0;
        int found = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) sum += (double) ++found / (i + 1);
        }
        return sum / relevant;
    }

    static double recall(Map<String, Integer> grades, List<String> ranked, int k) {
        long relevant = grades.values().stream().filter(x -> x > 0).count();
        if (relevant == 0) return 0;
        long found = ranked.stream().limit(k).filter(u -> grades.getOrDefault(u, 0) > 0).count();
        return (double) found / relevant;
    }

    /** Scores overall and per kind of query, as the table in docs/BENCHMARKS.md shows them. */
    public static Map<String, Scores> report(Judged judged, Map<String, List<String>> rankings) {
        Map<String, Scores> out = new LinkedHashMap<>();
        out.put("all", score(judged, judged.queries(), rankings));
        for (String kind : judged.queries().stream().map(Query::kind).distinct().sorted().toList()) {
            out.put(kind, score(judged, judged.queries().stream().filter(q -> q.kind().equals(kind)).toList(), rankings));
        }
        return out;
    }

    /**
     * bench/relevance/run.sh: {@code Relevance JUDGED_DIR WORK_DIR RANKINGS_OUT} ranks the judged queries with the index
     * a build left in WORK_DIR (what `hub search` opens), writes the rankings (query id, tab, URLs tab-separated) and
     * prints the scores; {@code Relevance --score JUDGED_DIR RANKINGS} only scores rankings made elsewhere (the browser client's).
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--proximity")) {
            proximity(Judged.read(Path.of(args[1])), Path.of(args[2]));
            return;
        }
        if (args.length == 3 && args[0].equals("--score")) {
            Judged judged = Judged.read(Path.of(args[1]));
            print(report(judged, readRankings(Path.of(args[2]))));
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: Relevance JUDGED_DIR WORK_DIR RANKINGS_OUT | Relevance --score JUDGED_DIR RANKINGS");
            System.exit(2);
        }
        Judged judged = Judged.read(Path.of(args[0]));
        Map<String, List<String>> rankings;
        try (SearchIndex index = Search.open(Path.of(args[1]))) {
            rankings = rank(index, judged.queries());
        }
        StringBuilder sb = new StringBuilder();
        rankings.forEach((id, urls) -> sb.append(id).append(urls.isEmpty() ? "" : "\t" + String.join("\t", urls)).append('\n'));
        Files.writeString(Path.of(args[2]), sb.toString(), StandardCharsets.UTF_8);
        print(report(judged, rankings));
    }

    /**
     * The proximity experiment ({@code Relevance --proximity JUDGED_DIR WORK_DIR}): Lucene's ranking with a bonus for
     * documents where neighbouring query words occur within {@code slop} positions of each other in a field (a sloppy
     * phrase query per pair of neighbouring clauses and weighted field, boosted by the field's weight times a factor),
     * for a grid of slops and factors, against the shipped ranking. Measures whether proximity would be worth building
     * into the static index; it changes nothing that ships.
     */
    static void proximity(Judged judged, Path workDir) throws IOException {
        try (Searcher s = (Searcher) Search.open(workDir)) {
            Map<String, List<String>> base = new LinkedHashMap<>();
            for (Query q : judged.queries()) base.put(q.id(), s.rankWith(q.text(), RANKED, (plan, query) -> query));
            System.out.println("proximity\tnone\t" + line(report(judged, base)));
            for (int slop : new int[]{1, 3, 8}) {
                for (float factor : new float[]{0.25f, 0.5f, 1f, 2f}) {
                    Map<String, List<String>> r = new LinkedHashMap<>();
                    for (Query q : judged.queries()) r.put(q.id(), s.rankWith(q.text(), RANKED, (plan, query) -> withProximity(plan, query, s.ranking(), slop, factor)));
                    System.out.println("proximity\tslop " + slop + " x" + factor + "\t" + line(report(judged, r)));
                }
            }
        }
    }

    private static org.apache.lucene.search.Query withProximity(QueryPlan plan, org.apache.lucene.search.Query query, Ranking ranking, int slop, float factor) {
        if (plan.clauses.size() < 2) return query;
        var b = new org.apache.lucene.search.BooleanQuery.Builder().add(query, org.apache.lucene.search.BooleanClause.Occur.MUST);
        for (int i = 0; i + 1 < plan.clauses.size(); i++) {
            for (var f : ranking.boosts.entrySet()) {
                var pq = new org.apache.lucene.search.PhraseQuery(slop, f.getKey(), plan.clauses.get(i).get(0), plan.clauses.get(i + 1).get(0));
                b.add(new org.apache.lucene.search.BoostQuery(pq, factor * f.getValue()), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static String line(Map<String, Scores> report) {
        StringBuilder sb = new StringBuilder();
        report.forEach((kind, sc) -> sb.append(String.format(java.util.Locale.ROOT, "%s %.4f/%.4f/%.4f  ", kind, sc.ndcg10(), sc.map(), sc.recall100())));
        return sb.toString().strip();
    }

    static Map<String, List<String>> readRankings(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            out.put(f[0], List.of(java.util.Arrays.copyOfRange(f, 1, f.length)));
        }
        return out;
    }

    private static void print(Map<String, Scores> report) {
        report.forEach((kind, s) -> System.out.printf(java.util.Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%d%n", kind, s.ndcg10(), s.map(), s.recall100(), s.queries()));
    }
}
