package hub.markdown;

import hub.model.SourceRef;

import java.util.Arrays;

/** Offsets in a document's body as file positions: the line counted from the front matter, the column from the line start. */
final class Positions {
    private final int[] lineStarts;
    private final SourceRef file;
    private final int bodyLine;
    private final java.util.function.IntUnaryOperator toBody;

    Positions(String body, SourceRef file, int bodyLine) {
        this(body, file, bodyLine, java.util.function.IntUnaryOperator.identity());
    }

    /** @param toBody an offset in the text Markdown read to the body's (they differ where shortcodes were replaced) */
    Positions(String body, SourceRef file, int bodyLine, java.util.function.IntUnaryOperator toBody) {
        this.toBody = toBody;
        int lines = 1;
        for (int i = 0; i < body.length(); i++) if (body.charAt(i) == '\n') lines++;
        int[] starts = new int[lines];
        for (int i = 0, k = 1; i < body.length(); i++) if (body.charAt(i) == '\n') starts[k++] = i + 1;
        this.lineStarts = starts;
        this.file = file;
        this.bodyLine = bodyLine;
    }

    /** The file position of an offset in the text Markdown read. */
    SourceRef at(int offset) {
        return atBody(toBody.applyAsInt(offset));
    }

    /** The file position of an offset in the body as written. */
    SourceRef atBody(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new SourceRef(file.path(), bodyLine + line, offset - lineStarts[line] + 1);
    }
}
