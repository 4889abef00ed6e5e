package hub.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what templates write straight into UTF-8 bytes, the same bytes as
 * {@code String.getBytes(UTF_8)} of all of it (an unpaired surrogate becomes '?').
 * <p>
 * Why not a {@code StringWriter}: its buffer is a synchronised {@code StringBuffer}, the whole page turns into UTF-16
 * as soon as one character outside Latin-1 is written (a curly quote, an ellipsis), and the page was then copied into a
 * {@code String} and encoded again in one more pass; at 10,000 documents (380 MB of HTML) that encoding alone was 8.5%
 * of a build's samples (docs/BENCHMARKS.md, "Profile").
 */
final class Utf8Writer extends Writer {
    private byte[] buf;
    private int size;
    /** A high surrogate written last, waiting for its low half (a template may write a pair in two pieces). */
    private char pendingHigh;
    private char[] scratch = new char[256];

    Utf8Writer(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len);
        int i = off, end = off + len;
        if (pendingHigh == 0) {
            // The ASCII run first, in locals (the room for len bytes is reserved above): most of a page is ASCII.
            byte[] b = buf;
            int n = size;
            for (char c; i < end && (c = chars[i]) < 0x80; i++) b[n++] = (byte) c;
            size = n;
        }
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0 && size < buf.length) buf[size++] = (byte) c;
            else put(c);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        if (len >= BULK && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(off + len - 1))) {
            // A long piece (a document's body, a summary) through the JDK's encoder, whose all-ASCII path is one array
            // copy; it gives the same bytes, as no surrogate pair is split at either end of the piece.
            byte[] b = (off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8);
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
            return;
        }
        // Through a reused char array: String.getChars copies in bulk, where charAt per character cost 2% of a build.
        if (scratch.length < len) scratch = new char[Math.max(len, scratch.length * 2)];
        s.getChars(off, off + len, scratch, 0);
        write(scratch, 0, len);
    }

    /**
     * From this length a String piece is encoded by the JDK. The pieces that matter are bodies and summaries, thousands
     * of characters; the bound (not measured closely) keeps the temporary array away from Pebble's many short pieces.
     */
    static final int BULK = 64;

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    /** One character, any: ASCII, two or three bytes, or half of a surrogate pair. */
    private void put(char c) {
        ensure(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[size++] = '?'; // the high surrogate had no low half
        }
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[size++] = '?'; // a low surrogate with no high half before it
        } else {
            buf[size++] = (byte) (0xE0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /**
     * Room for {@code chars} more bytes: a piece's length up front (most characters are one byte); {@link #put} asks for
     * the four a character may need, and the one-byte path checks that room is left, since wider characters before it
     * may have used what the piece reserved.
     */
    private void ensure(int chars) {
        if (buf.length - size >= chars) return;
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + chars));
    }

    /** The bytes written so far, with a trailing unpaired high surrogate as '?'. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[size++] = '?';
        }
        return Arrays.copyOf(buf, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
