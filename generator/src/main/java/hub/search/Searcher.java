package hub.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers queries from the index in the work directory. A query is a sum of BM25 scores over any
 * matching term (a document need not contain every word, and matching more words scores more),
 * each term weighted across title, summary, authors and body; quoted text must match as a phrase;
 * filters narrow by type, theme, place and year. Shared by the CLI and the preview server.
 */
final class Searcher implements AutoCloseable {
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");
    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Analysis.english();
    private final Map<String, String> synonyms;

    Searcher(Path workDir) throws IOException {
        Path syn = workDir.resolve(Synonyms.FILE);
        this.synonyms = Files.exists(syn) ? Synonyms.read(Files.readString(syn)) : Map.of();
        Path p = workDir.resolve(IndexWriterStage.DIR);
        if (!Files.isDirectory(p)) throw new java.nio.file.NoSuchFileException(p.toString());
        this.dir = FSDirectory.open(p);
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
    }

    Query build(String typed, Search.Filters filters) {
        String text = Synonyms.expand(typed, synonyms);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        Matcher m = PHRASE.matcher(text);
        String rest = text;
        boolean any = false;
        while (m.find()) {
            List<String> words = Analysis.terms(analyzer, Fields.BODY, m.group(1));
            if (words.isEmpty()) continue;
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (String field : List.of(Fields.TITLE, Fields.SUMMARY, Fields.BODY)) {
                PhraseQuery.Builder pq = new PhraseQuery.Builder();
                for (String w : words) pq.add(new Term(field, w));
                either.add(new BoostQuery(pq.build(), Fields.BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
            }
            q.add(either.build(), BooleanClause.Occur.MUST);
            any = true;
            rest = rest.replace(m.group(0), " ");
        }
        Set<String> terms = new LinkedHashSet<>(Analysis.terms(analyzer, Fields.BODY, rest));
        for (String t : terms) {
            q.add(termQuery(t), BooleanClause.Occur.SHOULD);
            any = true;
        }
        if (!any) return null;
        if (filters.type() != null) q.add(new TermQuery(new Term(Fields.TYPE, filters.type())), BooleanClause.Occur.FILTER);
        if (filters.theme() != null) q.add(new TermQuery(new Term(Fields.THEMES, filters.theme())), BooleanClause.Occur.FILTER);
        if (filters.place() != null) q.add(new TermQuery(new Term(Fields.PLACES, filters.place())), BooleanClause.Occur.FILTER);
        if (filters.year() != null) q.add(new TermQuery(new Term(Fields.YEAR, filters.year())), BooleanClause.Occur.FILTER);
        return q.build();
    }

    /** One query term across the weighted fields; its score per document is what the static index stores as impact. */
    static Query termQuery(String t) {
        BooleanQuery.Builder perTerm = new BooleanQuery.Builder();
        for (var f : Fields.BOOSTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            perTerm.add(new BoostQuery(new TermQuery(new Term(f.getKey(), t)), f.getValue()), BooleanClause.Occur.SHOULD);
        }
        return perTerm.build();
    }

    /** Scores are compared at four decimals, then by key: the browser sums rounded impacts, so both sides order alike. */
    static long rank(float score) {
        return Math.round(score * 10_000.0);
    }

    List<Search.Hit> search(String text, Search.Filters filters, int limit) throws IOException {
        Query q = build(text, filters);
        if (q == null) return List.of();
        TopDocs top = searcher.search(q, Math.max(limit * 3, limit + 20));
        List<ScoreDoc> docs = new ArrayList<>(List.of(top.scoreDocs));
        var stored = reader.storedFields();
        Map<Integer, String> keys = new java.util.HashMap<>();
        for (ScoreDoc sd : docs) keys.put(sd.doc, stored.document(sd.doc).get(Fields.KEY));
        // Equal scores are ordered by document key, so results never depend on index order.
        docs.sort(Comparator.comparing((ScoreDoc sd) -> -rank(sd.score)).thenComparing(sd -> keys.get(sd.doc)));
        docs = docs.subList(0, Math.min(limit, docs.size()));
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(1_000_000).build();
        int[] ids = docs.stream().mapToInt(sd -> sd.doc).toArray();
        String[] excerpts = ids.length == 0 ? new String[0]
                : highlighter.highlight(Fields.BODY, q, new TopDocs(top.totalHits, docs.toArray(new ScoreDoc[0])), 2);
        List<Search.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            var d = stored.document(docs.get(i).doc);
            String excerpt = excerpts[i];
            if (excerpt == null) excerpt = d.get(Fields.SUMMARY);
            hits.add(new Search.Hit(d.get(Fields.KEY), d.get(Fields.TITLE), d.get(Fields.URL), docs.get(i).score,
                    excerpt == null ? "" : excerpt.replace('\n', ' ').strip(), d.get(Fields.TYPE), d.get(Fields.DATE)));
        }
        return hits;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
        analyzer.close();
    }
}
