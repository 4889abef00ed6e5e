package hub.search;

import hub.build.BuildResult;
import hub.model.Document;
import hub.support.Archive;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Analysing once gives exactly what the analyzers give, on awkward strings and every text of the archive: each search
 * field's token stream as Lucene indexes it (term, position increment, offsets; the English chain of
 * {@link Analysis#english}) and as the static index stores it (terms by position, {@link Tokens.Field#positions}), the
 * related-publications terms with their offsets (Lucene's EnglishAnalyzer over title, summary and body joined), and
 * the surface forms.
 */
class TokensTest {
    static final List<String> AWKWARD = List.of(
            "Don't stop: the council's plan (2014-2019) e.g. 3.5% of £1,000,000.",
            "Naïve café résumé Æsir Øresund straße Łódź — “quoted” ‘single’ and Scotland’s partners’",
            "co-production, 24/7, a_b, x.y.z, U.K., 10:30, http://example.org/path?q=1, info@example.org",
            "What works? HOW DOES IT WORK!!! community-led/place-based; #hashtags @people 1st 2nd 3rd",
            "Mary-Jane O'Neill's 'quote' ’tis rock'n'roll ...and... word.word 5.word word.5 1.2.3",
            "the the the of a an what how " + "x".repeat(300) + " which works ½ ﬁnance Œuvre",
            "");

    /** A token stream as Lucene's indexing chain reads it: "term +increment [start,end)" per token. */
    static List<String> stream(TokenStream ts) throws IOException {
        return stream(ts, true);
    }

    /** A token stream's terms and offsets, with their position increments or without them. */
    static List<String> stream(TokenStream ts, boolean increments) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + (increments ? " +" + inc.getPositionIncrement() : "") + " [" + off.startOffset() + "," + off.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }

    @Test
    void tokensEqualTheAnalyzersOutput() throws Exception {
        BuildResult r = Archive.result();
        List<String[]> texts = new ArrayList<>();
        for (String s : AWKWARD) texts.add(new String[]{s, s, s, s});
        for (Document d : r.site().corpus().publications()) {
            texts.add(new String[]{d.title(), d.summary() == null ? "" : d.summary(), SearchIndexer.text(r.site(), d),
                    SearchIndexer.authors(r.site(), d)});
        }
        Tokens tokens = new Tokens();
        Set<String> surfaces = new TreeSet<>();
        int gaps = 0;
        try (Analyzer search = Analysis.english(); Analyzer related = new EnglishAnalyzer()) {
            for (String[] t : texts) {
                Tokens.Doc doc = tokens.analyse(t[0], t[1], t[2], t[3]);
                String what = "in \"" + t[0] + "\": ";
                Tokens.Field[] fields = {doc.title(), doc.summary(), doc.body(), doc.authors()};
                String[] names = {Fields.TITLE, Fields.SUMMARY, Fields.BODY, Fields.AUTHORS};
                for (int f = 0; f < fields.length; f++) {
                    assertEquals(stream(search.tokenStream(names[f], t[f])), stream(fields[f].stream()), what + names[f] + " as Lucene indexes it");
                    assertEquals(Analysis.positions(search, names[f], t[f]), fields[f].positions(), what + names[f] + " as the static index stores it");
                    for (int i = 0; i < fields[f].size(); i++) if (fields[f].increments()[i] > 1) gaps++;
                }
                // Related publications count terms: positions are not compared (at a field's end, a stop word's gap is
                // not carried into the next field, unlike the analyzer's over the joined text).
                assertEquals(stream(related.tokenStream("text", t[0] + "\n" + t[1] + "\n" + t[2]), false), stream(doc.related().stream(), false),
                        what + "the related-publications text");
                surfaces.addAll(Analysis.surfaces(t[0] + "\n" + t[1] + "\n" + t[2] + "\n" + t[3]));
            }
        }
        assertEquals(surfaces, tokens.surfaces());
        assertTrue(gaps > 1000, "stop words leave gaps the streams must carry: " + gaps);
    }
}
