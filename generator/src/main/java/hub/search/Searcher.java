package hub.search;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import hub.model.SearchResults;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Answers queries from the index in the work directory, for the CLI and the preview server. The
 * query is the {@link QueryPlan} as Lucene queries: a BooleanQuery of SHOULD clauses, one per typed
 * word (its term query, or the best of its completions or corrections), so any word may match and
 * matching more words scores more; phrases, type, theme, place and year only filter (they never
 * change a score), which keeps every score a sum of the impacts the browser adds up.
 */
final class Searcher implements SearchIndex {
    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Ranking ranking;
    private final Analyzer analyzer;
    private final Vocabulary vocabulary;
    private final List<QueryPlan.Synonym> synonyms;
    private final String[] keys, types, years, dates;
    private final String[][] themes, places;
    /** Each document's score factor ({@link Demotion}): 1, or less for a superseded or withdrawn publication. */
    private final float[] demotion;

    Searcher(Path workDir) throws IOException {
        Path base = workDir.resolve(SearchIndexer.DIR);
        if (!Files.isDirectory(base.resolve(SearchIndexer.LUCENE))) throw new NoSuchFileException(base.toString());
        this.vocabulary = Vocabulary.read(base.resolve(Vocabulary.FILE));
        this.synonyms = QueryPlan.readSynonyms(base.resolve(QueryPlan.SYNONYMS_FILE));
        this.ranking = Ranking.read(base.resolve(Ranking.FILE));
        this.analyzer = ranking.english();
        this.dir = FSDirectory.open(base.resolve(SearchIndexer.LUCENE));
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(ranking.similarity());
        int n = reader.maxDoc();
        keys = new String[n];
        types = new String[n];
        years = new String[n];
        dates = new String[n];
        themes = new String[n][];
        places = new String[n][];
        demotion = new float[n];
        var stored = reader.storedFields();
        for (int i = 0; i < n; i++) {
            var d = stored.document(i);
            keys[i] = d.get(Fields.KEY);
            types[i] = d.get(Fields.TYPE);
            years[i] = d.get(Fields.YEAR);
            dates[i] = d.get(Fields.DATE);
            themes[i] = d.getValues(Fields.THEMES);
            places[i] = d.getValues(Fields.PLACES);
            var factor = d.getField(Demotion.FIELD);
            demotion[i] = factor == null ? 1f : factor.numericValue().floatValue();
        }
    }

    /** One query term across the default settings' weighted fields ({@link Ranking#termQuery}). */
    static Query termQuery(String t) {
        return Ranking.DEFAULT.termQuery(t);
    }

    static Query build(QueryPlan plan, SearchFilters filters, Ranking ranking) {
        if (plan.impossible || plan.clauses.isEmpty()) return null;
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (List<String> clause : plan.clauses) {
            q.add(clause.size() == 1 ? ranking.termQuery(clause.get(0))
                    : new DisjunctionMaxQuery(clause.stream().map(ranking::termQuery).toList(), 0f), BooleanClause.Occur.SHOULD);
        }
        for (QueryPlan.Phrase p : plan.phrases) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : Fields.SEARCHED) {
                PhraseQuery.Builder pq = new PhraseQuery.Builder();
                for (int i = 0; i < p.terms().size(); i++) pq.add(new Term(field, p.terms().get(i)), p.positions().get(i));
                anyField.add(pq.build(), BooleanClause.Occur.SHOULD);
            }
            q.add(anyField.build(), BooleanClause.Occur.FILTER);
        }
        filters(q, filters);
        q.setMinimumNumberShouldMatch(1);
        return q.build();
    }

    QueryPlan plan(SearchRequest r) {
        return QueryPlan.of(r.text(), r.prefix(), vocabulary, synonyms, ranking);
    }

    /**
     * Browsing (blank text, a filter): the filters alone, every match scoring 0, so the order is by date, newest
     * first (then by key), whatever the requested sort: the order the browser's browse mode uses.
     */
    static Query browse(SearchFilters filters) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        filters(q, filters);
        return q.build();
    }

    private static void filters(BooleanQuery.Builder q, SearchFilters filters) {
        if (filters.type() != null) q.add(new TermQuery(new Term(Fields.TYPE, filters.type())), BooleanClause.Occur.FILTER);
        if (filters.theme() != null) q.add(new TermQuery(new Term(Fields.THEMES, filters.theme())), BooleanClause.Occur.FILTER);
        if (filters.place() != null) q.add(new TermQuery(new Term(Fields.PLACES, filters.place())), BooleanClause.Occur.FILTER);
        if (filters.year() != null) q.add(new TermQuery(new Term(Fields.YEAR, filters.year())), BooleanClause.Occur.FILTER);
    }

    @Override
    public Map<String, SortedSet<String>> filterValues() {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        out.put("type", new TreeSet<>(Arrays.asList(types)));
        out.put("year", new TreeSet<>(Arrays.asList(years)));
        out.put("theme", new TreeSet<>(Arrays.stream(themes).flatMap(Arrays::stream).toList()));
        out.put("place", new TreeSet<>(Arrays.stream(places).flatMap(Arrays::stream).toList()));
        return out;
    }

    @Override
    public SearchResults search(SearchRequest r) throws IOException {
        boolean browse = r.browse();
        Query q = browse ? browse(r.filters()) : build(plan(r), r.filters(), ranking);
        if (q == null) return new SearchResults(0, List.of(), Map.of());
        TopDocs all = searcher.search(q, Math.max(1, reader.maxDoc()));
        ScoreDoc[] docs = all.scoreDocs.clone();
        // After Lucene's sum, as the browser does after its own: an exact multiplication (Demotion), same bits both sides.
        for (ScoreDoc sd : docs) sd.score *= demotion[sd.doc];
        // Doc ids follow the document keys, so "then by doc id" is "then by key", as in the browser.
        Comparator<ScoreDoc> order = r.byDate() || browse
                ? Comparator.comparing((ScoreDoc sd) -> dates[sd.doc]).reversed().thenComparingInt(sd -> sd.doc)
                : Comparator.comparing((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc);
        Arrays.sort(docs, order);
        Map<String, Map<String, Integer>> facets = new TreeMap<>();
        for (String f : List.of("type", "theme", "place", "year")) facets.put(f, new TreeMap<>());
        for (ScoreDoc sd : docs) {
            count(facets, "type", types[sd.doc]);
            count(facets, "year", years[sd.doc]);
            for (String t : themes[sd.doc]) count(facets, "theme", t);
            for (String p : places[sd.doc]) count(facets, "place", p);
        }
        // A later page highlights only its own hits.
        int from = Math.min(Math.max(0, r.offset()), docs.length);
        ScoreDoc[] top = Arrays.copyOfRange(docs, from, (int) Math.min(from + (long) r.limit(), docs.length));
        var stored = reader.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.length; i++) {
            var d = stored.document(top[i].doc);
            var pdfFrom = d.getField(Fields.PDF_FROM);
            // One highlighter per hit: its formatter needs to know where this document's PDF text begins.
            // Browsing has no words to highlight: the summary.
            String highlighted = browse ? null : UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(1_000_000)
                    .withFormatter(new Excerpt(pdfFrom == null ? -1 : pdfFrom.numericValue().intValue())).build()
                    .highlight(Fields.BODY, q, new TopDocs(new TotalHits(1, TotalHits.Relation.EQUAL_TO), new ScoreDoc[]{top[i]}), 2)[0];
            String excerpt = highlighted == null ? d.get(Fields.SUMMARY) : highlighted;
            hits.add(new SearchHit(keys[top[i].doc], d.get(Fields.TITLE), d.get(Fields.URL), top[i].score,
                    excerpt == null ? "" : excerpt.replace('\n', ' ').strip(), types[top[i].doc], dates[top[i].doc]));
        }
        return new SearchResults(docs.length, hits, facets);
    }

    /**
     * An experiment's ranking (Relevance's proximity measurement, never the shipped search): the keys of the top
     * {@code limit} for {@code text} when {@code extend} changes the query (Lucene only: the browser cannot follow).
     */
    List<String> rankWith(String text, int limit, java.util.function.BiFunction<QueryPlan, Query, Query> extend) throws IOException {
        QueryPlan plan = plan(new SearchRequest(text, SearchFilters.NONE, false, false, limit));
        Query q = build(plan, SearchFilters.NONE, ranking);
        if (q == null) return List.of();
        ScoreDoc[] docs = searcher.search(extend.apply(plan, q), Math.max(1, reader.maxDoc())).scoreDocs.clone();
        for (ScoreDoc sd : docs) sd.score *= demotion[sd.doc];
        Arrays.sort(docs, Comparator.comparing((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
        List<String> out = new ArrayList<>();
        var stored = reader.storedFields();
        for (int i = 0; i < Math.min(limit, docs.length); i++) out.add(stored.document(docs[i].doc).get(Fields.URL));
        return out;
    }

    Ranking ranking() {
        return ranking;
    }

    private static void count(Map<String, Map<String, Integer>> facets, String facet, String value) {
        facets.computeIfAbsent(facet, k -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
        analyzer.close();
    }
}
