package hub.search;

import hub.build.BuildResult;
import hub.model.Document;
import hub.support.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser client cuts and normalises words exactly as Lucene does (standard tokenizer,
 * possessive, lower case, ASCII folding), on every text of the archive and on awkward strings. With
 * the dictionary mapping those surface forms to index terms, it therefore analyses the whole
 * vocabulary as Lucene does, without a stemmer of its own.
 */
class AnalysisParityTest {
    @TempDir
    Path tmp;

    static final List<String> AWKWARD = List.of(
            "Don't stop: the council's plan (2014-2019) e.g. 3.5% of £1,000,000.",
            "Naïve café résumé Æsir Øresund straße Łódź — “quoted” ‘single’ and Scotland’s partners’",
            "co-production, 24/7, a_b, x.y.z, U.K., 10:30, http://example.org/path?q=1, info@example.org",
            "What works? HOW DOES IT WORK!!! community-led/place-based; #hashtags @people 1st 2nd 3rd",
            "Mary-Jane O'Neill's 'quote' ’tis rock'n'roll ...and... word.word 5.word word.5 1.2.3");

    @Test
    void clientCutsWordsAsLuceneDoesOnTheWholeArchive() throws Exception {
        Path out = Archive.output();
        BuildResult r = Archive.result();
        List<String> texts = new ArrayList<>(AWKWARD);
        for (Document d : r.site().corpus().publications()) {
            texts.add(d.title() + "\n" + d.summary() + "\n" + SearchIndexer.text(r.site(), d) + "\n" + SearchIndexer.authors(r.site(), d));
        }
        List<List<String>> browser = Client.surfaces(out, tmp, texts);
        TreeSet<String> vocabulary = new TreeSet<>();
        StringBuilder diff = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            List<String> lucene = Analysis.surfaces(texts.get(i));
            vocabulary.addAll(lucene);
            if (!lucene.equals(browser.get(i))) diff.append(firstDifference(lucene, browser.get(i))).append('\n');
        }
        assertTrue(diff.isEmpty(), "the client cuts words differently:\n" + diff);
        // Every surface form alone is one word for the client too (what a typed word is looked up as).
        List<String> words = new ArrayList<>(vocabulary);
        List<List<String>> each = Client.surfaces(out, tmp, words);
        for (int i = 0; i < words.size(); i++) assertEquals(List.of(words.get(i)), each.get(i), words.get(i));
        assertTrue(vocabulary.size() > 2000, "the archive's vocabulary: " + vocabulary.size());
    }

    private static String firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
        return "at word " + i + ": lucene " + a.subList(Math.max(0, i - 2), Math.min(a.size(), i + 3))
                + " client " + b.subList(Math.max(0, i - 2), Math.min(b.size(), i + 3));
    }
}
