package hub.memo;

/**
 * A 128-bit content hash: what memoized work is keyed by. Two values with the same hash are taken to be
 * the same value (at 128 bits a collision among the few million values a build hashes has a probability
 * below 10^-25). Made by {@link Hasher}.
 */
public record Hash(long high, long low) implements Comparable<Hash> {
    public static final Hash ZERO = new Hash(0, 0);

    /** 32 hexadecimal digits. */
    public String hex() {
        return String.format("%016x%016x", high, low);
    }

    public static Hash parse(String hex) {
        if (hex.length() != 32) throw new IllegalArgumentException("not a hash: " + hex);
        return new Hash(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    public static Hash of(String s) {
        return new Hasher().string(s).hash();
    }

    public static Hash of(byte[] bytes) {
        return new Hasher().bytes(bytes, 0, bytes.length).hash();
    }

    @Override
    public int compareTo(Hash o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    @Override
    public String toString() {
        return hex();
    }
}
