package hub.search;

import hub.build.BuildResult;
import hub.model.Document;
import hub.support.Archive;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Analysing once gives exactly what the analyzers give: the search fields' terms with their
 * positions (the English chain of {@link Analysis#english}), the related-publications terms (Lucene's
 * EnglishAnalyzer) and the surface forms, on awkward strings and every text of the archive.
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

    @Test
    void tokensEqualTheAnalyzersOutput() throws Exception {
        BuildResult r = Archive.result();
        List<String[]> texts = new ArrayList<>();
        for (String s : AWKWARD) texts.add(new String[]{s, s, s, s});
        for (Document d : r.site().corpus().publications()) {
            texts.add(new String[]{d.title(), d.summary() == null ? "" : d.summary(), IndexWriterStage.text(r.site(), d),
                    IndexWriterStage.authors(r.site(), d)});
        }
        Tokens tokens = new Tokens();
        Set<String> surfaces = new TreeSet<>();
        try (Analyzer search = Analysis.english(); Analyzer related = new EnglishAnalyzer()) {
            for (String[] t : texts) {
                Tokens.Doc doc = tokens.analyse(t[0], t[1], t[2], t[3]);
                assertEquals(Analysis.positions(search, Fields.TITLE, t[0]), doc.title().positions(), t[0]);
                assertEquals(Analysis.positions(search, Fields.SUMMARY, t[1]), doc.summary().positions(), t[1]);
                assertEquals(Analysis.positions(search, Fields.BODY, t[2]), doc.body().positions(), t[0]);
                assertEquals(Analysis.positions(search, Fields.AUTHORS, t[3]), doc.authors().positions(), t[3]);
                assertEquals(Analysis.terms(related, "text", t[0] + "\n" + t[1] + "\n" + t[2]),
                        List.of(doc.related().terms()), t[0]);
                surfaces.addAll(Analysis.surfaces(t[0] + "\n" + t[1] + "\n" + t[2] + "\n" + t[3]));
            }
        }
        assertEquals(surfaces, tokens.surfaces());
    }
}
