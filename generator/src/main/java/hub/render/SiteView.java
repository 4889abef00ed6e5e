package hub.render;

import hub.memo.Hash;
import hub.memo.Hasher;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code site} variable every page sees, recording what a page's templates read of it. Every page shows
 * a little of the site (its title, the publication types in the menu), but the site variable also holds
 * every taxonomy's terms with their counts: were a page's fingerprint to hash all of it, one changed term
 * would re-render every page. So the pages record the paths they read ("title", "taxonomies[2].url") while
 * they render, and a page counts as unchanged when those paths still have the values they had.
 * <p>
 * Reading a map entry records its path; reading a list (iterating it, its size) records the list's
 * length; the maps inside a list record their own paths. Other values are recorded whole.
 */
final class SiteView extends AbstractMap<String, Object> {
    private static final ThreadLocal<Set<String>> READS = new ThreadLocal<>();
    private final Map<String, Object> values;
    private final Map<String, Object> tracked;

    SiteView(Map<String, Object> values) {
        this.values = values;
        this.tracked = track("", values);
    }

    /** Runs {@code render} while recording the paths it reads of any site view; returns them, sorted. */
    static List<String> recording(Runnable render) {
        Set<String> reads = new java.util.HashSet<>();
        Set<String> before = READS.get();
        READS.set(reads);
        try {
            render.run();
        } finally {
            READS.set(before);
        }
        List<String> sorted = new ArrayList<>(reads);
        java.util.Collections.sort(sorted);
        return sorted;
    }

    /** The hash of the values at {@code paths} (as {@link #recording} gave them) in this site view. */
    Hash hashOf(Collection<String> paths) {
        Hasher h = new Hasher();
        for (String p : paths) h.string(p).value(valueAt(p));
        return h.hash();
    }

    /** The value at a recorded path: "key", "list#" (a list's length), "list[i].key", "list[i]#" (a map's size). */
    private Object valueAt(String path) {
        Object v = values;
        int i = 0;
        while (i < path.length()) {
            int end = i;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[' && path.charAt(end) != '#') end++;
            if (end > i) v = v instanceof Map<?, ?> m ? m.get(path.substring(i, end)) : null;
            if (end == path.length()) return v;
            char c = path.charAt(end);
            if (c == '#') return v instanceof List<?> l ? l.size() : v instanceof Map<?, ?> m ? m.size() : null;
            if (c == '[') {
                int close = path.indexOf(']', end);
                int index = Integer.parseInt(path.substring(end + 1, close));
                v = v instanceof List<?> l && index < l.size() ? l.get(index) : null;
                i = close + 1;
            } else {
                i = end;
            }
            if (i < path.length() && path.charAt(i) == '.') i++;
        }
        return v;
    }

    private static void read(String path) {
        Set<String> reads = READS.get();
        if (reads != null) reads.add(path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> track(String prefix, Map<String, Object> map) {
        Map<String, Object> wrapped = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> wrapped.put(k, wrap(prefix + k, v)));
        return wrapped;
    }

    @SuppressWarnings("unchecked")
    private static Object wrap(String path, Object v) {
        if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                Object item = l.get(i);
                items.add(item instanceof Map<?, ?> m ? new Tracked(path + "[" + i + "]", track(path + "[" + i + "].", (Map<String, Object>) m)) : item);
            }
            return new TrackedList(path, items);
        }
        return v;
    }

    @Override
    public Object get(Object key) {
        return recorded(String.valueOf(key), tracked.get(key));
    }

    /**
     * Records the read of {@code value} at {@code path}, except a list of maps: that records what is read of it (its
     * length, its maps' entries), and recording the list whole would make every page that looks at one taxonomy's
     * label depend on every term's count.
     */
    private static Object recorded(String path, Object value) {
        if (!(value instanceof TrackedList)) read(path);
        return value;
    }

    /** Whether a key is there (Pebble asks before each read, its variables being strict): a list records its length. */
    private static boolean present(String path, Object value, boolean present) {
        read(value instanceof TrackedList ? path + "#" : path);
        return present;
    }

    @Override
    public boolean containsKey(Object key) {
        return present(String.valueOf(key), tracked.get(key), tracked.containsKey(key));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        for (String k : tracked.keySet()) read(k);
        return tracked.entrySet();
    }

    /*
     * Pebble asks a map whether it is empty before every attribute it reads of it ({{ site.title }} included).
     * AbstractMap answers through entrySet(), which records every entry: every page then depended on all of the
     * site (every taxonomy's terms with their counts), and a date or term edit re-rendered every page. The map's
     * size is what the answer depends on, so that is what is recorded.
     */
    @Override
    public boolean isEmpty() {
        read("#");
        return tracked.isEmpty();
    }

    @Override
    public int size() {
        read("#");
        return tracked.size();
    }

    /** A map inside a list of the site view: records "path.key" for each key read (the paths made once). */
    private static final class Tracked extends AbstractMap<String, Object> {
        private final String path;
        private final Map<String, Object> map;
        private final Map<String, String> paths = new java.util.HashMap<>();

        Tracked(String path, Map<String, Object> map) {
            this.path = path;
            this.map = map;
            for (String k : map.keySet()) paths.put(k, path + "." + k);
        }

        private String pathOf(Object key) {
            String p = paths.get(key);
            return p != null ? p : path + "." + key;
        }

        @Override
        public Object get(Object key) {
            return recorded(pathOf(key), map.get(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return present(pathOf(key), map.get(key), map.containsKey(key));
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            for (String p : paths.values()) read(p);
            return map.entrySet();
        }

        /** As {@link SiteView#isEmpty}: the map's size, not every entry. */
        @Override
        public boolean isEmpty() {
            read(path + "#");
            return map.isEmpty();
        }

        @Override
        public int size() {
            read(path + "#");
            return map.size();
        }
    }

    /** A list of maps in the site view: its length is recorded whenever it is looked at. */
    private static final class TrackedList extends AbstractList<Object> {
        private final String sizePath;
        private final List<Object> items;

        TrackedList(String path, List<Object> items) {
            this.sizePath = path + "#";
            this.items = items;
        }

        @Override
        public Object get(int index) {
            read(sizePath);
            return items.get(index);
        }

        @Override
        public int size() {
            read(sizePath);
            return items.size();
        }

        @Override
        public Iterator<Object> iterator() {
            read(sizePath);
            return items.iterator();
        }
    }
}
