package hub.render;

import hub.memo.Hash;
import hub.memo.Hasher;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One map of the template context (a document's summary, a list's items...): immutable, and carrying the
 * hash of its content, computed once when it is built. A page's fingerprint hashes its variables, and a
 * map inside them counts by this hash, so it is read once per build, not once per page that shows it.
 * A map may extend a parent (a document's full view extends its summary): it shows the parent's entries,
 * its own entries replacing the parent's.
 */
final class ViewMap extends AbstractMap<String, Object> implements Hasher.Hashed {
    private final ViewMap parent;
    private final Map<String, Object> own;
    private final Hash hash;
    /** {@link #size}, once counted (-1: not yet); threads that count at once count the same. */
    private int size = -1;

    private ViewMap(ViewMap parent, Map<String, Object> own, Hash hash) {
        this.parent = parent;
        this.own = own;
        this.hash = hash;
    }

    static Builder builder() {
        return new Builder(null);
    }

    /** A map that shows {@code parent}'s entries with its own added or replacing them. */
    static Builder extending(ViewMap parent) {
        return new Builder(parent);
    }

    @Override
    public Hash hash() {
        return hash;
    }

    @Override
    public Object get(Object key) {
        Object v = own.get(key);
        if (v != null || own.containsKey(key) || parent == null) return v;
        return parent.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return own.containsKey(key) || parent != null && parent.containsKey(key);
    }

    /** Equal content, equal hash: compared by hash (deep comparison of nested views is what the hash saves). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ViewMap v ? v.hash.equals(hash) : super.equals(o);
    }

    @Override
    public int hashCode() {
        return (int) hash.low();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new Entries();
    }

    /** The number of keys, counted once (the map never changes): Pebble asks whether a map is empty before every attribute it reads. */
    @Override
    public int size() {
        int s = size;
        if (s < 0) size = s = new Entries().size();
        return s;
    }

    @Override
    public boolean isEmpty() {
        return own.isEmpty() && (parent == null || parent.isEmpty());
    }

    /** The parent's keys in its order (with this map's values where it has its own), then this map's other keys. */
    private final class Entries extends AbstractSet<Entry<String, Object>> {
        private List<Entry<String, Object>> list() {
            List<Entry<String, Object>> out = new ArrayList<>();
            if (parent != null) {
                for (Entry<String, Object> e : parent.entrySet()) {
                    String k = e.getKey();
                    out.add(new SimpleImmutableEntry<>(k, own.containsKey(k) ? own.get(k) : e.getValue()));
                }
            }
            for (Entry<String, Object> e : own.entrySet()) {
                if (parent == null || !parent.containsKey(e.getKey())) out.add(new SimpleImmutableEntry<>(e));
            }
            return out;
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
            return list().iterator();
        }

        @Override
        public int size() {
            if (parent == null) return own.size();
            int n = parent.size();
            for (String k : own.keySet()) if (!parent.containsKey(k)) n++;
            return n;
        }
    }

    /**
     * An immutable map that shares its key list with every map of the same keys (a document summary has 35 keys,
     * and there is one per document): its own part is an array of values. Keeps order.
     */
    private static final class Compact extends AbstractMap<String, Object> {
        private static final Map<List<String>, Shape> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();
        private final Shape shape;
        private final Object[] values;

        private record Shape(List<String> keys, Map<String, Integer> index) {
        }

        Compact(Map<String, Object> from) {
            List<String> keys = List.copyOf(from.keySet());
            Shape s = SHAPES.get(keys);
            if (s == null) {
                Map<String, Integer> index = new java.util.HashMap<>();
                for (int i = 0; i < keys.size(); i++) index.put(keys.get(i), i);
                s = SHAPES.computeIfAbsent(keys, k -> new Shape(k, index));
            }
            this.shape = s;
            this.values = from.values().toArray();
        }

        @Override
        public Object get(Object key) {
            Integer i = shape.index().get(key);
            return i == null ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return shape.index().containsKey(key);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= values.length) throw new java.util.NoSuchElementException();
                            int i = next++;
                            return new SimpleImmutableEntry<>(shape.keys().get(i), values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return values.length;
                }
            };
        }
    }

    static final class Builder {
        private final ViewMap parent;
        private final Map<String, Object> own = new LinkedHashMap<>();
        private final Hasher hasher = new Hasher();

        private Builder(ViewMap parent) {
            this.parent = parent;
            if (parent != null) hasher.hash(parent.hash());
        }

        /** Adds an entry, hashing its value (a {@link ViewMap} inside it by its own hash). */
        Builder put(String key, Object value) {
            own.put(key, value);
            hasher.string(key).value(value);
            return this;
        }

        /** Adds an entry whose value's hash is known already (a rendered body, hashed when it was rendered). */
        Builder put(String key, Object value, Hash valueHash) {
            own.put(key, value);
            hasher.string(key).hash(valueHash);
            return this;
        }

        ViewMap build() {
            return new ViewMap(parent, new Compact(own), hasher.hash());
        }
    }
}
