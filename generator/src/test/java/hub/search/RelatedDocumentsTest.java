package hub.search;

import hub.build.BuildResult;
import hub.support.Archive;
import org.junit.jupiter.api.Test;

import hub.model.LinkGraph;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.List;
import java.util.Set;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Related publications on the real archive: at most five, never the page itself, and sensible. That they are stable
 * (the same input gives the same lists) is DeterminismTest's: it compares them with a second build's.
 */
class RelatedDocumentsTest {
    @Test
    void relatedPublicationsAreBoundedAndSensible() {
        BuildResult a = Archive.result();
        Map<String, List<String>> related = a.site().related();
        assertEquals(a.site().corpus().publications().size(), related.size());
        related.forEach((key, list) -> {
            assertTrue(list.size() <= 5, key + " has " + list.size());
            assertFalse(list.contains(key), key + " is related to itself");
        });
        // A key-messages theme page cites many publications: its related list must draw on them or its own collection.
        List<String> participation = related.get("key-messages/participation");
        assertEquals(5, participation.size(), participation.toString());
        // The two Operation Modulus reports are about the same project in the Gorbals and link to each other: each page
        // lists the other under "Linked from", so neither repeats it among related publications.
        String caseStudy = "case-study/operation-modulus-putting-christie-into-practice-in-the-gorbals";
        String report = "research-report/operation-modulus-approach-further-lessons";
        assertTrue(a.site().links().linkedFrom(caseStudy).contains(report));
        assertFalse(related.get(caseStudy).contains(report), related.get(caseStudy).toString());
    }

    /** A page's related list leaves out what its "Cited by" and "Linked from" already list, and stays full all the same. */
    @Test
    void relatedPublicationsDoNotRepeatCitedByOrLinkedFrom() {
        BuildResult a = Archive.result();
        LinkGraph graph = a.site().links();
        int repeats = 0, checked = 0;
        for (var e : a.site().related().entrySet()) {
            Set<String> listed = new HashSet<>(graph.linkedFrom(e.getKey()));
            graph.citedBy(e.getKey()).forEach(c -> listed.add(c.fromKey()));
            if (listed.isEmpty()) continue;
            checked++;
            for (String r : e.getValue()) if (listed.contains(r)) repeats++;
        }
        assertTrue(checked > 50, "pages with cited by or linked from: " + checked);
        assertEquals(0, repeats, "related publications already listed under Cited by or Linked from");
        // The Participation key messages are cited by the report's overview and link to dozens of publications: still five.
        assertEquals(5, a.site().related().get("key-messages/participation").size());
        assertFalse(a.site().related().get("key-messages/participation").stream()
                .anyMatch(k -> graph.citedBy("key-messages/participation").stream().anyMatch(c -> c.fromKey().equals(k))));
    }

    /**
     * The candidates of a MoreLikeThis query are the best few of every document it touched. They are picked with a heap;
     * they must be those a sort of all of them gives, in its order, also when many scores are equal (the rank decides).
     */
    @Test
    void theBestCandidatesAreThoseASortOfAllGives() {
        Random random = new Random(12);
        for (int round = 0; round < 20_000; round++) {
            int count = random.nextInt(60), docs = count + random.nextInt(20);
            // Distinct ranks for the documents, a few distinct scores so that ties are common.
            int[] rank = shuffled(docs, random), touched = shuffled(docs, random);
            float[] score = new float[count];
            float[] levels = {0.25f, 1.5f, 1.5000001f, 3f, 7.75f};
            for (int i = 0; i < count; i++) score[i] = random.nextInt(3) == 0 ? random.nextFloat() * 10 : levels[random.nextInt(levels.length)];
            int n = Math.min(random.nextInt(20), count);

            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> score[a] != score[b] ? Float.compare(score[b], score[a]) : Integer.compare(rank[touched[a]], rank[touched[b]]));
            int[] expected = new int[n];
            for (int i = 0; i < n; i++) expected[i] = order[i];
            int[] got = RelatedDocuments.best(score, touched, rank, n);
            assertEquals(Arrays.toString(expected), Arrays.toString(got), "round " + round + ": " + count + " touched, best " + n);
        }
    }

    /** 0 to n - 1 in a random order. */
    private static int[] shuffled(int n, Random random) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int o = random.nextInt(i + 1), t = out[i];
            out[i] = out[o];
            out[o] = t;
        }
        return out;
    }
}
