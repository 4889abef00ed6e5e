package hub.search;

/**
 * Non-negative integers as strings of URL-safe base-64 digits, for the static index's postings and term sequences
 * (docs/SEARCH-INDEX.md): each number little-endian, five bits a digit; a digit's value from 32 up means more digits
 * follow (0-31: {@code A}-{@code Z}, {@code a}-{@code f}; 32-63 carry on: {@code g}-{@code z}, {@code 0}-{@code 9},
 * {@code -}, {@code _}). Numbers below 32 are one character, below 1,024 two, with no separator: JSON-safe and, after
 * gzip, smaller than the same numbers as a JSON array. The client's {@code numbers} in client/src/postings.js reads them.
 */
final class Base64Numbers {
    private static final byte[] DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The digits of 0. */
    static final byte ZERO = DIGITS[0];

    private Base64Numbers() {
    }

    /** Appends {@code n}'s digits. */
    static void append(StringBuilder out, int n) {
        if (n < 0) throw new IllegalArgumentException("negative number in the static index: " + n);
        while (n >= 32) {
            out.append((char) DIGITS[32 + (n & 31)]);
            n >>>= 5;
        }
        out.append((char) DIGITS[n]);
    }

    /** {@code n}'s digits as ASCII bytes. */
    static byte[] digits(int n) {
        StringBuilder sb = new StringBuilder(7);
        append(sb, n);
        byte[] out = new byte[sb.length()];
        for (int i = 0; i < out.length; i++) out[i] = (byte) sb.charAt(i);
        return out;
    }
}
