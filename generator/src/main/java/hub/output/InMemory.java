package hub.output;

import hub.diagnostic.Diagnostics;
import hub.model.FileSink;
import hub.model.OutputFile;
import hub.model.SourceRef;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A build held in memory (check, preview, tests): the same checks as on disk, files kept in maps. */
final class InMemory implements Output.Memory {
    private final Map<String, byte[]> previous;
    private final Diagnostics diagnostics;
    private final Map<String, byte[]> site;
    private final Map<String, byte[]> work = new ConcurrentHashMap<>();
    private final Map<String, SourceRef> owners;
    private final AtomicInteger written = new AtomicInteger(), kept = new AtomicInteger();

    InMemory(Map<String, byte[]> previous, Diagnostics diagnostics) {
        this.previous = previous == null ? Map.of() : previous;
        this.diagnostics = diagnostics;
        // Sized for the last build's files: growing them a table at a time was a tenth of keeping the search files.
        int expected = this.previous.size() * 4 / 3 + 16;
        this.site = new ConcurrentHashMap<>(expected);
        this.owners = new ConcurrentHashMap<>(expected);
    }

    @Override
    public Map<String, byte[]> files() {
        return new TreeMap<>(site);
    }

    @Override
    public Map<String, byte[]> filesUnsorted() {
        return java.util.Collections.unmodifiableMap(site);
    }

    @Override
    public Map<String, byte[]> workFiles() {
        return new TreeMap<>(work);
    }

    /** Stands for "no source" among the owners (a kept file has none): the file's own path is named only if it is reported. */
    private static final SourceRef NO_ORIGIN = SourceRef.file("");

    private boolean claim(String path, SourceRef origin) {
        SourceRef first = owners.putIfAbsent(path, origin == null ? NO_ORIGIN : origin);
        if (first == null) return true;
        Output.duplicate(diagnostics, path, origin, first == NO_ORIGIN ? SourceRef.file(path) : first);
        return false;
    }

    private final FileSink siteSink = new FileSink() {
        @Override
        public void write(OutputFile f) {
            if (!Output.safe(f.path())) {
                Output.refuse(diagnostics, f);
                return;
            }
            if (!claim(f.path(), f.origin())) return;
            site.put(f.path(), f.content());
            written.incrementAndGet();
        }

        @Override
        public boolean keep(String path, SourceRef origin) {
            byte[] before = previous.get(path);
            if (before == null) return false;
            if (!claim(path, origin)) return true;
            site.put(path, before);
            kept.incrementAndGet();
            return true;
        }

        @Override
        public boolean keepAll(java.util.Collection<String> paths) {
            for (String p : paths) if (!previous.containsKey(p)) return false;
            for (String p : paths) keep(p, null);
            return true;
        }
    };

    private final FileSink workSink = FileSink.keepingNothing(f -> work.put(f.path(), f.content()));

    @Override
    public FileSink site() {
        return siteSink;
    }

    @Override
    public FileSink work() {
        return workSink;
    }

    @Override
    public Path workPath(String relative) {
        return null;
    }

    @Override
    public java.io.OutputStream workStream(String relative) {
        return new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                work.put(relative, toByteArray());
            }
        };
    }

    @Override
    public Path workFolder(String relative) {
        return null;
    }

    @Override
    public boolean keepWorkFolder(String relative) {
        return false;
    }

    @Override
    public byte[] previousWork(String relative) {
        return null;
    }

    @Override
    public void commit() {
    }

    @Override
    public int written() {
        return written.get();
    }

    @Override
    public int kept() {
        return kept.get();
    }

    @Override
    public void close() {
    }
}
