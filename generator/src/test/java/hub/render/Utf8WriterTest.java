package hub.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Pages are encoded by {@link Utf8Writer}: its bytes must be {@code String.getBytes(UTF_8)}'s, however the text arrives. */
class Utf8WriterTest {
    /** Characters of every width, both surrogate halves alone and in pairs, and ASCII runs long enough to fill the buffer. */
    private static final String[] PIECES = {"a", "<p class=\"x\">", "é", "ß", "’", "…", "·", "—", "€", "\uD83D\uDE00", "\uD83D", "\uDE00",
            "\u0800", "\u07FF", "\uFFFF", "\u0000", "\u007F", "\u0080", "abc".repeat(50), "ü".repeat(40), "€".repeat(30),
            // Long enough for the JDK's encoder (Utf8Writer.BULK), with a surrogate half at either end, or a pair inside.
            "x".repeat(70) + "\uD83D", "\uDE00" + "y".repeat(70), "ü".repeat(80), "z".repeat(40) + "\uD83D\uDE00" + "z".repeat(40)};

    @Test
    void bytesAreThoseOfGetBytesWhateverThePiecesAndHowTheyAreWritten() throws java.io.IOException {
        Random r = new Random(12);
        for (int round = 0; round < 5_000; round++) {
            List<String> pieces = new ArrayList<>();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) pieces.add(PIECES[r.nextInt(PIECES.length)]);
            // A small start, so that growing the buffer is exercised too.
            Utf8Writer w = new Utf8Writer(r.nextInt(8));
            StringBuilder all = new StringBuilder();
            for (String p : pieces) {
                all.append(p);
                switch (r.nextInt(5)) {
                    case 0 -> w.write(p);
                    case 1 -> w.write(p.toCharArray(), 0, p.length());
                    case 2 -> { // a piece's middle, as Pebble writes parts of a text node
                        String padded = "[" + p + "]";
                        w.write(padded, 1, p.length());
                    }
                    case 3 -> w.append(p);
                    default -> p.chars().forEach(w::write);
                }
            }
            assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), w.toByteArray(), "pieces " + pieces);
        }
    }
}
