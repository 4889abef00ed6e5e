package hub.search;

import hub.model.SearchSettings;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the site's {@link SearchSettings} make of search: the stop words and stemmer of the search fields' chain, the
 * weighted fields (a field of weight 0 is left out of scoring) and BM25 with the configured k1 and b. Every ranking
 * decision the build bakes into impacts goes through here, so `hub search` (which reads the settings the build used
 * back from the work directory, {@link #FILE}) and the browser (which only adds up impacts) rank alike.
 */
final class Ranking {
    static final String FILE = "ranking.tsv";
    /** Question words, stop words on top of Lucene's English list: people type whole questions, and "what" would otherwise match every mention of What Works Scotland. */
    static final List<String> QUESTION_WORDS = List.of("what", "how", "why", "who", "whom", "which", "where", "when", "do", "does", "did", "can",
            "could", "should", "would", "i", "we", "you", "our", "my", "me", "us", "about", "any", "some", "has", "have", "had");

    static final Ranking DEFAULT = new Ranking(SearchSettings.DEFAULT);

    final SearchSettings settings;
    final CharArraySet stopWords;
    /** The fields that score, with their weights, sorted by name (the order queries and impacts sum them in). */
    final Map<String, Float> boosts;

    Ranking(SearchSettings settings) {
        this.settings = settings;
        CharArraySet set = new CharArraySet(64, false);
        if (!settings.stopWords().equals("none")) set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        if (settings.stopWords().equals("english-and-questions")) set.addAll(QUESTION_WORDS);
        this.stopWords = CharArraySet.unmodifiableSet(set);
        Map<String, Float> b = new TreeMap<>();
        if (settings.title() > 0) b.put(Fields.TITLE, settings.title());
        if (settings.summary() > 0) b.put(Fields.SUMMARY, settings.summary());
        if (settings.authors() > 0) b.put(Fields.AUTHORS, settings.authors());
        if (settings.body() > 0) b.put(Fields.BODY, settings.body());
        this.boosts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b));
    }

    static Ranking of(SearchSettings settings) {
        return settings.equals(SearchSettings.DEFAULT) ? DEFAULT : new Ranking(settings);
    }

    Similarity similarity() {
        return new BM25Similarity(settings.k1(), settings.b());
    }

    boolean isStop(String surface) {
        return stopWords.contains(surface);
    }

    /** The stop words, sorted (exported so the browser drops the same words). */
    List<String> stopWordList() {
        TreeSet<String> out = new TreeSet<>();
        for (Object o : stopWords) out.add(new String((char[]) o));
        return new ArrayList<>(out);
    }

    /** The configured stemmer after {@code s} (none: {@code s} itself). */
    private TokenStream stem(TokenStream s) {
        return switch (settings.stemming()) {
            case "porter" -> new PorterStemFilter(s);
            case "kstem" -> new KStemFilter(s);
            case "minimal" -> new EnglishMinimalStemFilter(s);
            default -> s;
        };
    }

    /** The search fields' chain: standard tokenizer, English possessive, lower case, ASCII folding, stop words, the stemmer. */
    Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, stopWords);
                return new TokenStreamComponents(source, stem(s));
            }
        };
    }

    /** The stemmer alone, over one word (a keyword tokenizer): as the chain stems that word. */
    Analyzer stemmer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, stem(source));
            }
        };
    }

    /**
     * One query term across the weighted fields; its score per document is what the static index stores as impact.
     * The FILTER on every document (with one field required to match) keeps Lucene from flattening this query into
     * the query's outer disjunction: flattened, Lucene would sum every term's field scores in one go and round once,
     * while the browser adds up impacts, each already rounded to a float, and the scores could differ in the last bit.
     */
    Query termQuery(String t) {
        BooleanQuery.Builder perTerm = new BooleanQuery.Builder();
        for (var f : boosts.entrySet()) {
            perTerm.add(new BoostQuery(new TermQuery(new Term(f.getKey(), t)), f.getValue()), BooleanClause.Occur.SHOULD);
        }
        perTerm.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        perTerm.setMinimumNumberShouldMatch(1);
        return perTerm.build();
    }

    /** The settings as the work directory keeps them for `hub search`: one "key<TAB>value" line each. */
    byte[] bytes() {
        SearchSettings s = settings;
        String text = "title\t" + s.title() + "\nsummary\t" + s.summary() + "\nauthors\t" + s.authors() + "\nbody\t" + s.body()
                + "\nk1\t" + s.k1() + "\nb\t" + s.b() + "\nstemming\t" + s.stemming() + "\nstop_words\t" + s.stopWords() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The settings a build wrote ({@link #bytes}); the defaults when the file is missing (an index from before they existed). */
    static Ranking read(Path file) throws IOException {
        if (!Files.exists(file)) return DEFAULT;
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) m.put(line.substring(0, tab), line.substring(tab + 1));
        }
        SearchSettings d = SearchSettings.DEFAULT;
        return of(new SearchSettings(f(m, "title", d.title()), f(m, "summary", d.summary()), f(m, "authors", d.authors()), f(m, "body", d.body()),
                f(m, "k1", d.k1()), f(m, "b", d.b()), m.getOrDefault("stemming", d.stemming()), m.getOrDefault("stop_words", d.stopWords())));
    }

    private static float f(Map<String, String> m, String key, float dflt) {
        String v = m.get(key);
        return v == null ? dflt : Float.parseFloat(v);
    }
}
