package hub.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How typed words become index terms: prefixes, typos, phrases, synonyms (the browser follows the same steps). */
class QueryPlanTest {
    static final Vocabulary VOCABULARY;

    static {
        Map<String, Vocabulary.Entry> m = new TreeMap<>();
        Object[][] rows = {{"community", "commun", 90}, {"communities", "commun", 90}, {"communication", "commun", 90},
                {"commute", "commut", 3}, {"committee", "committe", 20}, {"common", "common", 40}, {"commons", "common", 40},
                {"engagement", "engag", 50}, {"engage", "engag", 50}, {"participation", "particip", 60},
                {"evaluability", "evalu", 4}, {"evaluation", "evalu", 4}, {"assessment", "assess", 30},
                {"anchor", "anchor", 8}, {"anchors", "anchor", 8}, {"plans", "plan", 70}, {"plains", "plain", 1},
                {"council", "council", 40}, {"councils", "council", 40}, {"counsel", "counsel", 2}};
        for (Object[] r : rows) m.put((String) r[0], new Vocabulary.Entry((String) r[0], (String) r[1], (Integer) r[2]));
        VOCABULARY = new Vocabulary(m);
    }

    static final List<QueryPlan.Synonym> SYNONYMS = List.of(new QueryPlan.Synonym(List.of("community", "engagement"), List.of("participation")));

    static QueryPlan plan(String text, boolean prefix) {
        return QueryPlan.of(text, prefix, VOCABULARY, SYNONYMS);
    }

    @Test
    void anyWordMayMatchAndStopWordsAreDropped() {
        assertEquals(List.of(List.of("commun"), List.of("council")), plan("what do the communities' councils do?", false).clauses);
        assertEquals(List.of(List.of("commun")), plan("community communities", false).clauses, "one clause per term");
    }

    @Test
    void theWordBeingTypedMatchesItsMostFrequentCompletions() {
        assertEquals(List.of(List.of("commun", "common", "committe", "commut")), plan("comm", true).clauses, "by document frequency");
        assertEquals(List.of(List.of("council"), List.of("commun", "common", "committe", "commut")), plan("council comm", true).clauses);
        assertTrue(plan("comm ", true).clauses.isEmpty(), "comm is no word");
        assertEquals(List.of(List.of("council")), plan("council", false).clauses, "no completions unless typing");
        assertTrue(plan("c", true).clauses.isEmpty(), "one letter is too short to complete");
    }

    @Test
    void typosOfLongWordsWhenTheWordIsAbsentOrRare() {
        assertEquals(List.of(List.of("evalu")), plan("evaluabilty", false).clauses);
        assertEquals(List.of(List.of("commun")), plan("comunity", false).clauses);
        assertEquals(List.of(List.of("council")), plan("councl", false).clauses);
        assertEquals(List.of(List.of("plain", "plan")), plan("plains", false).clauses, "a rare word also matches a frequent neighbour");
        assertEquals(List.of(List.of("plan")), plan("plans", false).clauses, "a frequent word is taken as typed");
        assertTrue(plan("cmmunity", false).clauses.isEmpty(), "the first two letters are trusted");
        assertTrue(plan("plam", false).clauses.isEmpty(), "short words are not corrected");
        assertTrue(QueryPlan.oneEdit("community", "communtiy"));
        assertFalse(QueryPlan.oneEdit("community", "comunnity"));
    }

    @Test
    void phrasesKeepPositionsAndUnknownPhraseWordsMatchNothing() {
        QueryPlan p = plan("\"anchor of the community\" councils", false);
        assertEquals(1, p.phrases.size());
        assertEquals(List.of("anchor", "commun"), p.phrases.get(0).terms());
        assertEquals(List.of(0, 3), p.phrases.get(0).positions());
        assertEquals(List.of(List.of("anchor"), List.of("commun"), List.of("council")), p.clauses);
        assertTrue(plan("\"zebra community\"", false).impossible);
    }

    @Test
    void quotedWordsAreTakenExactly() {
        // Unquoted, a rare word also matches a frequent neighbour and a synonym adds its theme; quoted, neither.
        assertEquals(List.of(List.of("plain", "plan")), plan("plains", false).clauses);
        assertEquals(List.of(List.of("plain")), plan("\"plains\"", false).clauses);
        assertEquals(List.of(List.of("commun"), List.of("engag")), plan("\"community engagement\"", false).clauses);
        assertEquals(List.of(List.of("commun"), List.of("engag"), List.of("plain"), List.of("particip")),
                plan("community engagement \"plains\"", false).clauses, "unquoted words still find synonyms");
        assertEquals(List.of(List.of("commun"), List.of("engag")), plan("community \"engagement\"", false).clauses,
                "a quoted word breaks a synonym's words");
        // An unclosed quote quotes nothing: the word being typed still gets its completions.
        assertEquals(plan("plai", true).clauses, plan("\"plai", true).clauses);
    }

    @Test
    void themeSynonymsAddTheThemeLabel() {
        assertEquals(List.of(List.of("commun"), List.of("engag"), List.of("particip")), plan("community engagement", false).clauses);
        assertEquals(List.of(List.of("engag"), List.of("commun")), plan("engagement community", false).clauses, "only the synonym's word order");
    }
}
