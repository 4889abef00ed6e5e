package hub.markdown;

import hub.model.SourceRef;

import java.util.Arrays;

/** Offsets in a document's body as file positions: the line counted from the front matter, the column from the line start. */
final class Positions {
    /** Where each line begins; only the first {@link #lines} entries are lines. */
    private final int[] lineStarts;
    private final int lines;
    private final SourceRef file;
    private final int bodyLine;
    private final java.util.function.IntUnaryOperator toBody;

    Positions(String body, SourceRef file, int bodyLine) {
        this(body, file, bodyLine, java.util.function.IntUnaryOperator.identity());
    }

    /** @param toBody an offset in the text Markdown read to the body's (they differ where shortcodes were replaced) */
    Positions(String body, SourceRef file, int bodyLine, java.util.function.IntUnaryOperator toBody) {
        this.toBody = toBody;
        // One search for each line break (String.indexOf), not two passes a character at a time: every document
        // with a link needs this, and a check at 10,000 documents spent 4% of its time here.
        int[] starts = new int[64];
        int lines = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            if (lines == starts.length) starts = Arrays.copyOf(starts, 2 * lines);
            starts[lines++] = i + 1;
        }
        this.lineStarts = starts;
        this.lines = lines;
        this.file = file;
        this.bodyLine = bodyLine;
    }

    /** The file position of an offset in the text Markdown read. */
    SourceRef at(int offset) {
        return atBody(toBody.applyAsInt(offset));
    }

    /** The file position of an offset in the body as written. */
    SourceRef atBody(int offset) {
        int idx = Arrays.binarySearch(lineStarts, 0, lines, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new SourceRef(file.path(), bodyLine + line, offset - lineStarts[line] + 1);
    }
}
