package hub.preview;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches content/, templates/, static/ and the configuration with the JDK's WatchService and
 * calls back after changes settle (editors save in bursts). A change that arrives while a rebuild
 * runs is not lost: it is seen by the next poll, which triggers another rebuild.
 */
final class SiteWatcher implements AutoCloseable {
    private static final long SETTLE_MS = 30;
    private final WatchService watcher;
    private final Path root;
    private volatile boolean running = true;

    SiteWatcher(Path root) throws IOException {
        this.root = root;
        this.watcher = FileSystems.getDefault().newWatchService();
        for (String dir : List.of("content", "templates", "static")) {
            Path d = root.resolve(dir);
            if (Files.isDirectory(d)) registerTree(d);
        }
        root.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Blocks, calling {@code onChange} with the changed paths (sorted) after each settled burst of changes. */
    void run(Consumer<List<Path>> onChange) {
        while (running) {
            WatchKey key;
            try {
                key = watcher.poll(200, TimeUnit.MILLISECONDS);
                if (key == null) continue;
                java.util.SortedSet<Path> changed = new java.util.TreeSet<>();
                do {
                    for (WatchEvent<?> e : key.pollEvents()) {
                        // Events were lost: the root (no file) makes the next build look at everything.
                        if (e.kind() == StandardWatchEventKinds.OVERFLOW) changed.add(root);
                        if (!(e.context() instanceof Path p)) continue;
                        Path full = ((Path) key.watchable()).resolve(p);
                        if (full.getParent().equals(root) && !full.getFileName().toString().endsWith(".yml")) continue;
                        if (full.getFileName().toString().startsWith(".")) continue;
                        if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) registerTree(full);
                        changed.add(full);
                    }
                    key.reset();
                    key = watcher.poll(SETTLE_MS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (!changed.isEmpty()) onChange.accept(List.copyOf(changed));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | java.nio.file.ClosedWatchServiceException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        watcher.close();
    }
}
