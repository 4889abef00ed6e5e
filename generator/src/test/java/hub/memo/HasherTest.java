package hub.memo;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The hasher keys every memo in .hub/, so its values must not drift: bytes are read eight at a time, little-endian,
 * after a tag with the length, and the last few bytes make one more word.
 */
class HasherTest {
    @Test
    void bytesAreTheTaggedLengthThenLittleEndianWords() {
        Random random = new Random(8);
        for (int round = 0; round < 5_000; round++) {
            byte[] b = new byte[random.nextInt(70)];
            random.nextBytes(b);
            int from = random.nextInt(b.length + 1), to = from + random.nextInt(b.length - from + 1);
            Hasher want = new Hasher().word(0x4259540000000000L | (to - from));
            int i = from;
            for (; i + 8 <= to; i += 8) {
                long k = 0;
                for (int j = 0; j < 8; j++) k |= (b[i + j] & 0xFFL) << (8 * j);
                want.word(k);
            }
            if (i < to) {
                long k = 0;
                for (int j = 0; i < to; i++, j += 8) k |= (b[i] & 0xFFL) << j;
                want.word(k);
            }
            assertEquals(want.hash(), new Hasher().bytes(b, from, to).hash(), "round " + round);
        }
    }

    @Test
    void aKnownInputKeepsItsHash() {
        byte[] b = "hub: a research knowledge hub".getBytes(StandardCharsets.UTF_8);
        // Pinned from the hasher before its byte loop was written out (2026-12-07): a change would make every memo a miss.
        assertEquals(new Hash(PINNED_HIGH, PINNED_LOW), new Hasher().string("source").bytes(b, 0, b.length).hash());
        assertNotEquals(new Hasher().bytes(b, 0, b.length - 1).hash(), new Hasher().bytes(b, 0, b.length).hash());
    }

    static final long PINNED_HIGH = 0xa49813e79ff80ab2L, PINNED_LOW = 0xa3997d10f7b49cd3L;
}
