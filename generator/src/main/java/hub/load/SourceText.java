package hub.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a file strictly as UTF-8, drops a BOM and folds CRLF/CR to LF, or says where the first bad byte is. */
final class SourceText {
    /** A position of invalid UTF-8: 1-based line and column (in characters) of the first bad byte. */
    record BadEncoding(int line, int col) {
    }

    private SourceText() {
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        // The String constructor's decoder is the JDK's fast one (with a CharsetDecoder, a character at a time, this
        // was 7.6% of a check's samples at 10,000 documents), but it replaces bad bytes with U+FFFD instead of saying
        // so. Valid UTF-8 decodes the same either way, and bad bytes always leave a U+FFFD: only a text with one is
        // decoded again, strictly.
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) s = strict(bytes);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Decodes, or throws at the first bad byte. */
    static String strict(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return dec.decode(ByteBuffer.wrap(bytes)).toString();
    }

    static BadEncoding locateBadByte(byte[] bytes) {
        int line = 1, col = 1, i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : -1;
            if (len < 0 || i + len > bytes.length) return new BadEncoding(line, col);
            for (int k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) != 0x80) return new BadEncoding(line, col);
            if (b == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += len;
        }
        return new BadEncoding(line, col);
    }
}
