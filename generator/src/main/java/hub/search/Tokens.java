package hub.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analyses each publication once. Every field goes through the tokenizer, possessive and lower-case
 * steps a single time; the rest of both English chains is a function of each word alone, so it is
 * computed once per distinct word and looked up for every token:
 * <ul>
 * <li>the search fields' chain ({@link Analysis#english}): ASCII folding (the word's surface form),
 * the stop words and stemmer of the site's {@link Ranking} (Porter's by default);</li>
 * <li>the related-publications field's chain (Lucene's {@link EnglishAnalyzer}): its stop words,
 * Porter stemming, no folding.</li>
 * </ul>
 * The Lucene index is fed these tokens ({@link Field#stream}), the static index's term sequences are
 * written from them and the dictionary is built from the surface forms seen, so the body of a
 * publication, the bulk of the text, is tokenised once instead of four times. One instance per build:
 * it remembers the words it met (thread-safe; tokenising runs in parallel per document).
 */
final class Tokens {
    /** One field's tokens after a chain: terms with position increments (stop words removed leave gaps) and offsets. */
    record Field(String[] terms, int[] increments, int[] starts, int[] ends, int size) {
        /** The field as Lucene's analyzer would stream it. */
        TokenStream stream() {
            return new Stream(this);
        }

        /** The index terms by position, {@link Analysis#GAP} for a stop word: {@link Analysis#positions}, without analysing again. */
        List<String> positions() {
            List<String> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                for (int g = 1; g < increments[i]; g++) out.add(Analysis.GAP);
                out.add(terms[i]);
            }
            return out;
        }
    }

    /** A publication's fields as the search index holds them, and the related-publications text (title, summary, body). */
    record Doc(Field title, Field summary, Field body, Field authors, Field related) {
    }

    /** A distinct lower-cased word and what both chains make of it (null: a stop word). */
    private record Word(String surface, String term, String relatedTerm) {
    }

    private static final CharArraySet RELATED_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /** Standard tokenizer, English possessive, lower case: the steps that depend on context. */
    private static final Analyzer BASE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
        }
    };

    /** Porter stemming of one word, as PorterStemFilter does it in a chain. */
    private static final Analyzer STEM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
    };

    /** Per thread, lower-cased word -> Word, looked up from the token buffer without making a string. */
    private final Map<Thread, CharArrayMap<Word>> words = new ConcurrentHashMap<>();
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    /** The search fields' stop words and stemmer. */
    private final Ranking ranking;
    /** The search fields' stemmer over one word; null when it is Porter's, as the related chain's (one cache serves both). */
    private final Analyzer searchStemmer;
    private final Map<String, String> searchStems = new ConcurrentHashMap<>();

    Tokens() {
        this(Ranking.DEFAULT);
    }

    Tokens(Ranking ranking) {
        this.ranking = ranking;
        this.searchStemmer = ranking.settings.stemming().equals("porter") ? null : ranking.stemmer();
    }

    Doc analyse(String title, String summary, String body, String authors) {
        CharArrayMap<Word> cache = words.computeIfAbsent(Thread.currentThread(), t -> new CharArrayMap<>(1 << 14, false));
        Builder related = new Builder();
        Field t = field(cache, Fields.TITLE, title, 0, related);
        Field s = field(cache, Fields.SUMMARY, summary, title.length() + 1, related);
        Field b = field(cache, Fields.BODY, body, title.length() + summary.length() + 2, related);
        Field a = field(cache, Fields.AUTHORS, authors, 0, null);
        return new Doc(t, s, b, a, related.build());
    }

    /** Every surface form met so far (the dictionary's candidates), sorted. */
    Set<String> surfaces() {
        Set<String> out = new TreeSet<>();
        for (CharArrayMap<Word> m : words.values()) for (Word w : m.values()) out.add(w.surface());
        return out;
    }

    /**
     * Tokenises one field; adds its related-publications tokens to {@code related} (offsets shifted by
     * {@code offset}: the field's place in the joined related text) unless that is null.
     */
    private Field field(CharArrayMap<Word> cache, String name, String text, int offset, Builder related) {
        Builder out = new Builder();
        int pending = 0, relatedPending = 0;
        try (TokenStream ts = BASE.tokenStream(name, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                Word w = cache.get(term.buffer(), 0, term.length());
                if (w == null) {
                    String lower = new String(term.buffer(), 0, term.length());
                    w = word(lower);
                    cache.put(lower, w);
                }
                int i = inc.getPositionIncrement();
                if (w.term() == null) {
                    pending += i;
                } else {
                    out.add(w.term(), i + pending, off.startOffset(), off.endOffset());
                    pending = 0;
                }
                if (related != null) {
                    if (w.relatedTerm() == null) {
                        relatedPending += i;
                    } else {
                        related.add(w.relatedTerm(), i + relatedPending, offset + off.startOffset(), offset + off.endOffset());
                        relatedPending = 0;
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.build();
    }

    private Word word(String lower) {
        String surface = fold(lower);
        String term = ranking.isStop(surface) ? null : searchStemmer == null ? stem(surface) : searchStem(surface);
        String relatedTerm = RELATED_STOP_WORDS.contains(lower) ? null : stem(lower);
        return new Word(surface, term, relatedTerm);
    }

    private String stem(String word) {
        String s = stems.get(word);
        if (s != null) return s;
        List<String> t = Analysis.terms(STEM, Fields.BODY, word);
        s = t.size() == 1 ? t.get(0) : word;
        stems.put(word, s);
        return s;
    }

    /** The search fields' stemmer (not Porter's) over one word. */
    private String searchStem(String word) {
        String s = searchStems.get(word);
        if (s != null) return s;
        List<String> t = Analysis.terms(searchStemmer, Fields.BODY, word);
        s = t.size() == 1 ? t.get(0) : word;
        searchStems.put(word, s);
        return s;
    }

    /** ASCII folding of one word, as ASCIIFoldingFilter does it. */
    static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= '\u0080') {
                char[] in = word.toCharArray();
                char[] out = new char[4 * in.length];
                int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
                return new String(out, 0, n);
            }
        }
        return word;
    }

    private static final class Builder {
        String[] terms = new String[16];
        int[] increments = new int[16], starts = new int[16], ends = new int[16];
        int size;

        void add(String term, int increment, int start, int end) {
            if (size == terms.length) {
                int n = size * 2;
                terms = Arrays.copyOf(terms, n);
                increments = Arrays.copyOf(increments, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            terms[size] = term;
            increments[size] = increment;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        Field build() {
            return new Field(Arrays.copyOf(terms, size), Arrays.copyOf(increments, size), Arrays.copyOf(starts, size),
                    Arrays.copyOf(ends, size), size);
        }
    }

    /** Replays a field's tokens into Lucene's indexing chain. */
    private static final class Stream extends TokenStream {
        private final Field field;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
        private int next;

        Stream(Field field) {
            this.field = field;
        }

        @Override
        public boolean incrementToken() {
            if (next == field.size()) return false;
            // Every attribute a token has is set here (the others keep their defaults): no clearAttributes() per token.
            term.setEmpty().append(field.terms()[next]);
            inc.setPositionIncrement(field.increments()[next]);
            off.setOffset(field.starts()[next], field.ends()[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
