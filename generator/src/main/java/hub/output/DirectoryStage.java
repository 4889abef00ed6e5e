package hub.output;

import hub.diagnostic.Diagnostics;
import hub.model.FileSink;
import hub.model.OutputFile;
import hub.model.SourceRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A build into folders on disk. Files are written into staging folders beside the targets as they arrive,
 * from any thread; {@link #commit} swaps the staged trees in. The site's files are listed with their size and
 * modification time in the work folder ({@value #MANIFEST}), so a later build can keep a file it did not change
 * by linking the previous one, after checking that it is still the file this build wrote.
 */
final class DirectoryStage implements Output.Staged {
    static final String MANIFEST = "cache/output.tsv";
    private static final String MANIFEST_VERSION = "hub output manifest 1";

    private final Path target, work, siteStage, workStage;
    private final Diagnostics diagnostics;
    private final Map<String, SourceRef> owners = new ConcurrentHashMap<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Map<String, long[]> previousManifest;
    private final boolean fromThisTool;
    private final Map<String, long[]> manifest = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger(), kept = new AtomicInteger();
    private volatile boolean committed;
    private final BuildLock lock;
    private final java.util.concurrent.atomic.AtomicBoolean writeFailed = new java.util.concurrent.atomic.AtomicBoolean();

    DirectoryStage(Path target, Path work, Path siteRoot, Diagnostics diagnostics) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
        // A work folder another build of hub wrote is not started from (ToolStamp): none of its memos is read.
        this.fromThisTool = ToolStamp.matches(this.work);
        Map<String, long[]> lastWritten = readManifest(this.work.resolve(MANIFEST));
        this.previousManifest = fromThisTool ? lastWritten : new ConcurrentHashMap<>();
        OutputFolder.checkPlace(this.target, siteRoot);
        Files.createDirectories(this.target.getParent());
        Files.createDirectories(this.work.getParent());
        this.lock = BuildLock.take(this.target);
        try {
            java.util.Set<String> recorded = lock.recorded();
            // What the last build wrote is still ours to replace, whichever hub wrote it.
            java.util.Set<String> made = new java.util.HashSet<>(OutputFolder.topLevel(lastWritten.keySet()));
            if (recorded != null) made.addAll(recorded);
            OutputFolder.checkContents(this.target, made, recorded != null || !lastWritten.isEmpty());
            BuildLock.removeLeftovers(this.target);
            BuildLock.removeLeftovers(this.work);
            this.siteStage = stagingFolder(this.target);
            this.workStage = stagingFolder(this.work);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        folders.add(siteStage);
        folders.add(workStage);
    }

    private final FileSink siteSink = new FileSink() {
        @Override
        public void write(OutputFile f) {
            if (!claim(f)) return;
            try {
                Path p = siteStage.resolve(f.path());
                folder(p.getParent());
                Files.write(p, f.content());
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                manifest.put(f.path(), new long[]{a.size(), a.lastModifiedTime().toMillis()});
                written.incrementAndGet();
            } catch (IOException e) {
                failed(f.path(), e);
            }
        }

        @Override
        public boolean keep(String path, SourceRef origin) {
            long[] was = previousManifest.get(path);
            if (was == null || !unchanged(path, was)) return false;
            Path old = target.resolve(path);
            try {
                if (!claim(new OutputFile(path, null, origin))) return true;
                Path p = siteStage.resolve(path);
                folder(p.getParent());
                Files.createLink(p, old);
                manifest.put(path, was);
                kept.incrementAndGet();
                return true;
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }

        @Override
        public boolean keepAll(java.util.Collection<String> paths) {
            for (String p : paths) {
                long[] was = previousManifest.get(p);
                if (was == null || !unchanged(p, was)) return false;
            }
            for (String p : paths) if (!keep(p, null)) return false;
            return true;
        }
    };

    /** Whether the previous site still has the file this build's predecessor wrote at {@code path} (same size and time). */
    private boolean unchanged(String path, long[] was) {
        try {
            BasicFileAttributes a = Files.readAttributes(target.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == was[0] && a.lastModifiedTime().toMillis() == was[1];
        } catch (IOException e) {
            return false;
        }
    }

    private final FileSink workSink = FileSink.keepingNothing(this::writeWork);

    private void writeWork(OutputFile f) {
        if (!Output.safe(f.path())) {
            Output.refuse(diagnostics, f);
            return;
        }
        try {
            Path p = workStage.resolve(f.path());
            folder(p.getParent());
            Files.write(p, f.content());
        } catch (IOException e) {
            failed(".hub/" + f.path(), e);
        }
    }

    private boolean claim(OutputFile f) {
        if (!Output.safe(f.path())) {
            Output.refuse(diagnostics, f);
            return false;
        }
        SourceRef first = owners.putIfAbsent(f.path(), f.origin() == null ? SourceRef.file(f.path()) : f.origin());
        if (first == null) return true;
        Output.duplicate(diagnostics, f.path(), f.origin(), first);
        return false;
    }

    /** Creates a folder of a staged tree once (many files share a folder; creating it again costs a system call each). */
    private void folder(Path dir) throws IOException {
        if (folders.contains(dir)) return;
        Files.createDirectories(dir);
        folders.add(dir);
    }

    /**
     * Reports the first write that failed. The build goes on to its end (it fails there and swaps nothing in), but
     * a full disk fails every later write too, and one message says it.
     */
    private void failed(String path, IOException e) {
        if (!writeFailed.compareAndSet(false, true)) return;
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        diagnostics.error(SourceRef.file(path), "cannot write " + path + ": " + reason,
                "check that the disk has room and the folder is writable; the previous output was left as it was");
    }

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
        Path p = workStage.resolve(relative).normalize();
        return p.startsWith(workStage) ? p : null;
    }

    @Override
    public java.io.OutputStream workStream(String relative) throws IOException {
        Path p = workStage.resolve(relative).normalize();
        if (!Output.safe(relative) || !p.startsWith(workStage)) throw new IOException("path leaves the work folder: " + relative);
        folder(p.getParent());
        return new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    }

    @Override
    public Path workFolder(String relative) throws IOException {
        Path p = workStage.resolve(relative).normalize();
        if (!p.startsWith(workStage)) throw new IOException("path leaves the work folder: " + relative);
        deleteTree(p); // whatever was kept there is replaced
        Files.createDirectories(p);
        return p;
    }

    @Override
    public boolean keepWorkFolder(String relative) {
        Path from = work.resolve(relative).normalize(), to = workStage.resolve(relative).normalize();
        if (!fromThisTool || !from.startsWith(work) || !Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) Files.createLink(to.resolve(from.relativize(file).toString()), file);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            try {
                deleteTree(to);
            } catch (IOException ignored) {
                // the staging folder is removed whole if the build fails
            }
            return false;
        }
    }

    @Override
    public byte[] previousWork(String relative) {
        Path p = work.resolve(relative).normalize();
        if (!fromThisTool || !p.startsWith(work)) return null;
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void commit() throws IOException {
        if (diagnostics.hasErrors()) throw new IOException("the build reported errors; nothing was replaced");
        workSink.write(new OutputFile(MANIFEST, manifestBytes(), null));
        workSink.write(new OutputFile(ToolStamp.FILE, ToolStamp.bytes(), null));
        if (writeFailed.get()) throw new IOException("the manifest could not be written; nothing was replaced");
        // The work folder first: if the site's swap then fails, the next build finds a manifest that does not
        // match the old site's files, and so keeps none of them.
        swap(workStage, work);
        swap(siteStage, target);
        committed = true;
        lock.record(OutputFolder.topLevel(manifest.keySet()));
    }

    private byte[] manifestBytes() {
        StringBuilder sb = new StringBuilder(MANIFEST_VERSION).append('\n');
        for (String p : hub.parallel.Parallel.sortedKeys(manifest)) {
            long[] a = manifest.get(p);
            sb.append(p).append('\t').append(a[0]).append('\t').append(a[1]).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, long[]> readManifest(Path file) {
        Map<String, long[]> out = new ConcurrentHashMap<>();
        try {
            if (!Files.isRegularFile(file)) return out;
            String[] lines = Files.readString(file).split("\n");
            if (lines.length == 0 || !lines[0].equals(MANIFEST_VERSION)) return out;
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (!Output.safe(f[0])) throw new IllegalArgumentException("unsafe path in the manifest: " + f[0]);
                out.put(f[0], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return new ConcurrentHashMap<>(); // damaged: keep nothing, write everything
        }
    }

    /**
     * A new, empty staging folder beside {@code folder}. Made with the default permissions (a temporary folder's
     * would be private to its owner, and a web server must read the site).
     */
    private static Path stagingFolder(Path folder) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            Path p = folder.resolveSibling(hidden(folder) + ".staging-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** The folder's name as a hidden name (a leading dot) for the staging and old folders and the lock beside it. */
    static String hidden(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith(".") ? name : "." + name;
    }

    /** Moves {@code staged} to {@code into}, the old tree aside first and deleted after. */
    private static void swap(Path staged, Path into) throws IOException {
        Path old = null;
        if (Files.exists(into, LinkOption.NOFOLLOW_LINKS)) {
            old = into.resolveSibling(hidden(into) + ".old-" + Long.toHexString(System.nanoTime()));
            move(into, old);
        }
        move(staged, into);
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
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
        try {
            if (!committed) {
                deleteTree(siteStage);
                deleteTree(workStage);
            }
        } catch (IOException ignored) {
            // a leftover staging folder is hidden (its name starts with a dot) and removed by the next build
        } finally {
            lock.close();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
