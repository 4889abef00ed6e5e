package hub.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTextTest {
    /**
     * Decoding takes the fast decoder first; it must accept and refuse exactly what the strict decoder does, and give
     * the same text: random bytes built of valid and broken UTF-8 (fixed seed: the same cases each run).
     */
    @Test
    void decodesAndRefusesAsTheStrictDecoder() {
        byte[][] pieces = {bytes("word"), bytes(" "), bytes("\n"), bytes("\r\n"), bytes("\r"), bytes("\uFEFF"), bytes("\uFFFD"),
                bytes("\u00e9"), bytes("\u2019"), bytes("\ud83d\ude00"), {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0x80},
                {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xe2, (byte) 0x80}, {0}};
        Random random = new Random(11);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int j = random.nextInt(10); j > 0; j--) out.writeBytes(pieces[random.nextInt(pieces.length)]);
            byte[] b = out.toByteArray();
            String expected;
            try {
                expected = strictThenFolded(b);
            } catch (CharacterCodingException e) {
                refused++;
                assertThrows(CharacterCodingException.class, () -> SourceText.decode(b), () -> java.util.Arrays.toString(b));
                continue;
            }
            assertEquals(expected, decode(b), () -> java.util.Arrays.toString(b));
        }
        assertTrue(refused > 1000 && refused < 19_000, "both kinds of input met: " + refused + " refused");
    }

    @Test
    void keepsAWrittenReplacementCharacterAndDropsTheBom() throws CharacterCodingException {
        assertEquals("a\uFFFDb\nc\n", SourceText.decode(bytes("\uFEFFa\uFFFDb\r\nc\r")));
    }

    /** The method as it was: the strict decoder over every file. */
    private static String strictThenFolded(byte[] b) throws CharacterCodingException {
        String s = SourceText.strict(b);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decode(byte[] b) {
        try {
            return SourceText.decode(b);
        } catch (CharacterCodingException e) {
            throw new AssertionError("refused " + java.util.Arrays.toString(b), e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
