package hub.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The posting format of the static index (docs/SEARCH-INDEX.md), byte for byte. */
class StaticIndexTest {
    private static int bits(float f) {
        return Float.floatToIntBits(f);
    }

    @Test
    void postingsAreGroupedByImpactWithDocumentGapsAndImpactBitsAsDifferences() {
        // Impact order, ties by document number, as Impacts makes them.
        Impacts.Postings p = new Impacts.Postings(new int[]{7, 3, 9, 20, 2, 5}, new float[]{2.5f, 1.25f, 1.25f, 1.25f, 0.5f, 0.5f});
        String expected = "[" + bits(2.5f) + ",[7]," + (bits(2.5f) - bits(1.25f)) + ",[3,6,11]," + (bits(1.25f) - bits(0.5f)) + ",[2,3]]";
        assertEquals(expected, StaticIndex.postingsJson(p, 0, 6));
        // A part (a tail block) starts afresh: its first impact whole, its first document absolute.
        assertEquals("[" + bits(1.25f) + ",[9,11]," + (bits(1.25f) - bits(0.5f)) + ",[2]]", StaticIndex.postingsJson(p, 2, 5));
        assertEquals("[]", StaticIndex.postingsJson(p, 3, 3));
    }
}
