package hub.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The English analysis chain of the search index: standard tokenizer, possessive, lower case, ASCII folding, stop words, Porter stemming. */
final class Analysis {
    /**
     * Lucene's English stop words plus question words: people type whole questions ("what helps
     * ... ?"), and "what" would otherwise match every mention of What Works Scotland.
     */
    static final org.apache.lucene.analysis.CharArraySet STOP_WORDS;

    static {
        org.apache.lucene.analysis.CharArraySet set = new org.apache.lucene.analysis.CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(List.of("what", "how", "why", "who", "whom", "which", "where", "when", "do", "does", "did", "can", "could",
                "should", "would", "i", "we", "you", "our", "my", "me", "us", "about", "any", "some", "has", "have", "had"));
        STOP_WORDS = org.apache.lucene.analysis.CharArraySet.unmodifiableSet(set);
    }

    private Analysis() {
    }

    /** What people type, as the tokenizer cuts it: lower case and ASCII folding only (the dictionary's keys). */
    static final Analyzer SURFACE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    };

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, STOP_WORDS);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
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
}
