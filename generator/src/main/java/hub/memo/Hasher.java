package hub.memo;

import java.util.Collection;
import java.util.Map;

/**
 * Streaming MurmurHash3 (x64, 128-bit) over 64-bit words. Every value is written with a type tag and its
 * length, so different sequences of values never feed the same words ("ab","c" and "a","bc" differ). Not
 * thread-safe: one hasher per computation.
 */
public final class Hasher {
    private static final long C1 = 0x87c37b91114253d5L, C2 = 0x4cf5ad432745937fL;
    private long h1 = 0x9368e53c2f6af274L, h2 = 0x586dcd208f7cd3fdL;
    private long pending;
    private boolean hasPending;
    private long words;

    public Hasher word(long k) {
        if (!hasPending) {
            pending = k;
            hasPending = true;
            return this;
        }
        hasPending = false;
        words += 2;
        long k1 = pending, k2 = k;
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        k1 *= C2;
        h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        k2 *= C1;
        h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
        return this;
    }

    public Hasher string(String s) {
        if (s == null) return word(0x6e756c6cL);
        int n = s.length();
        word(0x5354520000000000L | n);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            word((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48);
        }
        if (i < n) {
            long k = 0;
            for (int j = 0; i < n; i++, j += 16) k |= (long) s.charAt(i) << j;
            word(k);
        }
        return this;
    }

    public Hasher bytes(byte[] b, int from, int to) {
        word(0x4259540000000000L | (to - from));
        int i = from;
        // Eight bytes, little-endian, written out: a check runs this under C1, which does not unroll the loop it was.
        for (; i + 8 <= to; i += 8) {
            word(b[i] & 0xFFL | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24
                    | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40 | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56);
        }
        if (i < to) {
            long k = 0;
            for (int j = 0; i < to; i++, j += 8) k |= (b[i] & 0xFFL) << j;
            word(k);
        }
        return this;
    }

    public Hasher hash(Hash h) {
        return word(0x4853480000000000L).word(h.high()).word(h.low());
    }

    public Hasher number(long v) {
        return word(0x4e554d0000000000L).word(v);
    }

    /**
     * Any value a view or a memo key is made of: null, strings, numbers, booleans, hashes, {@link Hashed}
     * values (by their own hash), maps (entries in iteration order), collections and arrays of these.
     */
    public Hasher value(Object v) {
        if (v == null) return word(0x6e756c6cL);
        if (v instanceof String s) return string(s);
        if (v instanceof Hashed h) return hash(h.hash());
        if (v instanceof Hash h) return hash(h);
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return number(((Number) v).longValue());
        if (v instanceof Boolean b) return word(b ? 0x7472756500000001L : 0x66616c7300000000L);
        if (v instanceof Double || v instanceof Float) return word(0x464c540000000000L).word(Double.doubleToLongBits(((Number) v).doubleValue()));
        if (v instanceof Map<?, ?> m) {
            word(0x4d41500000000000L | m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) value(e.getKey()).value(e.getValue());
            return this;
        }
        if (v instanceof Collection<?> c) {
            word(0x4c53540000000000L | c.size());
            for (Object o : c) value(o);
            return this;
        }
        if (v instanceof Object[] a) {
            word(0x4152520000000000L | a.length);
            for (Object o : a) value(o);
            return this;
        }
        if (v instanceof byte[] b) return bytes(b, 0, b.length);
        if (v instanceof Enum<?> e) return string(e.getClass().getName()).string(e.name());
        if (v instanceof Record r) return recordValue(r);
        if (v instanceof java.time.temporal.TemporalAccessor || v instanceof java.nio.file.Path || v instanceof Character) {
            return string(v.getClass().getSimpleName()).string(v.toString());
        }
        throw new IllegalArgumentException("cannot hash a " + v.getClass().getName() + ": give it a Hashed form");
    }

    /** A record by its components, in declaration order (records are the model's values). */
    private Hasher recordValue(Record r) {
        var components = r.getClass().getRecordComponents();
        string(r.getClass().getName());
        try {
            for (var c : components) value(c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The hash of everything written so far (the hasher may go on: this does not change its state). */
    public Hash hash() {
        long x1 = h1;
        if (hasPending) {
            long k1 = pending * C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            x1 ^= k1;
        }
        long len = (words + (hasPending ? 1 : 0)) * 8;
        long a = x1 ^ len, b = h2 ^ len;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return new Hash(a, b);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** A value that knows its own content hash (computed once), so hashing a structure that holds it is cheap. */
    public interface Hashed {
        Hash hash();
    }
}
