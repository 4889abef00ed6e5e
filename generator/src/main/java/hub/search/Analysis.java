package hub.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The English analysis chain of the search index: standard tokenizer, possessive, lower case,
 * ASCII folding, stop words, stemming (which stop words and stemmer: {@link Ranking}). Its first four steps alone give the "surface form"
 * of a word (what people type, normalised): the dictionary maps surface forms to index terms, so
 * the browser never needs a stemmer of its own.
 */
final class Analysis {
    private Analysis() {
    }

    /** The default settings' chain ({@link Ranking#english}); a build uses its site's {@link Ranking}. */
    static Analyzer english() {
        return Ranking.DEFAULT.english();
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The index terms of a text by position, with {@link #GAP} where a stop word was: what phrase
     * matching needs (Lucene's positions, exported for the browser).
     */
    static List<String> positions(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                for (int i = 1; i < inc.getPositionIncrement(); i++) out.add(GAP);
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Marks a stop word's position in a term sequence; never an index term (the tokenizer drops lone dots). */
    static final String GAP = ".";

    /** What people type, as the tokenizer cuts it: possessive removed, lower case, ASCII folding (no stop words, no stemming). */
    private static final Analyzer SURFACE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
        }
    };

    /** Words as the standard tokenizer cuts them, possessive removed, lower-cased and folded to ASCII: the dictionary's keys. */
    static List<String> surfaces(String text) {
        return terms(SURFACE, Fields.BODY, text);
    }

    /** The index term of one surface form under {@code ranking}'s chain ({@code analyzer}), or "" for a stop word. */
    static String termOf(Ranking ranking, Analyzer analyzer, String surface) {
        if (ranking.isStop(surface)) return "";
        List<String> t = terms(analyzer, Fields.BODY, surface);
        return t.isEmpty() ? "" : t.get(0);
    }
}
