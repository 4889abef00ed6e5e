package hub.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The posting format of the static index (docs/SEARCH-INDEX.md), byte for byte. */
class StaticIndexTest {
    private static int bits(float f) {
        return Float.floatToIntBits(f);
    }

    private static String numbers(int... ns) {
        StringBuilder sb = new StringBuilder();
        for (int n : ns) Base64Numbers.append(sb, n);
        return sb.toString();
    }

    @Test
    void numbersAreLittleEndianBase64DigitsOfFiveBitsWithACarryOnRange() {
        assertEquals("A", numbers(0));
        assertEquals("f", numbers(31));
        assertEquals("gB", numbers(32)); // 32: low five bits 0, carried on ('g' is 32 + 0), then 1
        assertEquals("of", numbers(1000)); // 1000 = 31 * 32 + 8: 'o' is 32 + 8, then 'f' is 31
        assertEquals("__H", numbers(8191)); // 8191 = 7 * 1024 + 31 * 32 + 31: 31 and 31 carried on, then 7
        assertEquals("ABf", numbers(0, 1, 31)); // no separators: a digit below 32 ends a number
        assertArrayEquals("gB".getBytes(), Base64Numbers.digits(32));
        assertThrows(IllegalArgumentException.class, () -> numbers(-1));
    }

    @Test
    void postingsAreGroupedByImpactWithDocumentGapsAndImpactBitsAsDifferences() {
        // Impact order, ties by document number, as Impacts makes them.
        Impacts.Postings p = new Impacts.Postings(new int[]{7, 3, 9, 20, 2, 5}, new float[]{2.5f, 1.25f, 1.25f, 1.25f, 0.5f, 0.5f});
        String expected = "[" + bits(2.5f) + ",\"" + numbers(bits(2.5f) - bits(1.25f), bits(1.25f) - bits(0.5f)) + "\",\""
                + numbers(1, 3, 2) + "\",\"" + numbers(7, 3, 6, 11, 2, 3) + "\"]";
        assertEquals(expected, StaticIndex.postingsJson(p, 0, 6));
        // A part (a tail block) starts afresh: its first impact whole, its first document absolute.
        assertEquals("[" + bits(1.25f) + ",\"" + numbers(bits(1.25f) - bits(0.5f)) + "\",\"" + numbers(2, 1) + "\",\"" + numbers(9, 11, 2) + "\"]",
                StaticIndex.postingsJson(p, 2, 5));
        assertEquals("[]", StaticIndex.postingsJson(p, 3, 3));
    }
}
