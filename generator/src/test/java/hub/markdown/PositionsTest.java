package hub.markdown;

import hub.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every offset of a body maps to the line (counted from the body's first line in the file) and column it is at. */
class PositionsTest {
    @Test
    void everyOffsetMapsToItsLineAndColumn() {
        Random random = new Random(5);
        String[] pieces = {"a", "bc", "\n", "\n\n", " ", "\u00e9", "\r\n"};
        for (int n : new int[] {0, 1, 3, 63, 64, 65, 200, 1_000}) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append(pieces[random.nextInt(pieces.length)]);
            String body = sb.toString();
            Positions pos = new Positions(body, SourceRef.file("content/x.md"), 7);
            int line = 0, lineStart = 0;
            for (int offset = 0; offset <= body.length(); offset++) {
                SourceRef at = pos.atBody(offset);
                assertEquals(7 + line, at.line(), "line of offset " + offset + " in a body of " + n + " pieces");
                assertEquals(offset - lineStart + 1, at.col(), "column of offset " + offset);
                if (offset < body.length() && body.charAt(offset) == '\n') {
                    line++;
                    lineStart = offset + 1;
                }
            }
        }
    }
}
