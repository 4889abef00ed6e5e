package hub.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The dictionary of the index: every surface form of the corpus (a word as typed, normalised) with
 * the index term the English analysis makes of it and that term's document frequency. Query words
 * are mapped through it, the same way in Java and in the browser, which is what makes prefix and
 * typo search agree on both sides. Sorted by surface form (UTF-16 order, as JavaScript sorts).
 */
final class Vocabulary {
    record Entry(String surface, String term, int df) {
    }

    static final String FILE = "vocabulary.tsv";
    private final NavigableMap<String, Entry> entries;

    Vocabulary(Map<String, Entry> entries) {
        this.entries = new TreeMap<>(entries);
    }

    Entry exact(String surface) {
        return entries.get(surface);
    }

    /** Entries whose surface form starts with {@code prefix}, in surface order. */
    List<Entry> withPrefix(String prefix) {
        return new ArrayList<>(entries.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values());
    }

    List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    byte[] bytes() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries.values()) sb.append(e.surface).append('\t').append(e.term).append('\t').append(e.df).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Vocabulary read(Path file) throws IOException {
        Map<String, Entry> m = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] p = line.split("\t", -1);
            m.put(p[0], new Entry(p[0], p[1], Integer.parseInt(p[2])));
        }
        return new Vocabulary(m);
    }
}
