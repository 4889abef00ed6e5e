package hub.model;

import java.util.List;

/**
 * How search ranks, from site-config.yml's {@code search:} block: the weight of each field (0 leaves the field out of
 * scoring), Lucene BM25's {@code k1} and {@code b}, the stemmer and the stop-word list. The defaults are the
 * configuration that scored best on the archive's judged query set (bench/relevance/, docs/BENCHMARKS.md), not
 * hand-set: change them only with that measurement.
 */
public record SearchSettings(float title, float summary, float authors, float body, float k1, float b, String stemming, String stopWords) {
    /** Stemmers: Porter (Lucene's PorterStemFilter), Krovetz (KStemFilter, lighter), minimal (plurals only), none. */
    public static final List<String> STEMMERS = List.of("porter", "kstem", "minimal", "none");
    /** Stop-word lists: Lucene's English list plus question words, Lucene's English list alone, none. */
    public static final List<String> STOP_WORD_LISTS = List.of("english-and-questions", "english", "none");

    public static final SearchSettings DEFAULT = new SearchSettings(1f, 1f, 1f, 1f, 1.2f, 0.75f, "porter", "english-and-questions");
}
