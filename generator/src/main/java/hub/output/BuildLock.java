package hub.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * One build at a time into an output folder: a lock on a hidden file beside it ({@code .public.lock} for public/),
 * which the operating system releases when the process ends, however it ends. A second build fails cleanly instead
 * of mixing its files with the first's. Holding the lock, a build may remove the staging and old folders that a
 * killed build left beside the output and work folders: no live build owns them. The file also records the
 * top-level names the last build wrote into the folder, so the next build knows the folder is its own to replace
 * (beside the output, not in the work folder: deleting .hub/ for a clean build must not make public/ a stranger).
 */
final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code target}, or throws {@link Output.Refused} when another build holds it. */
    static BuildLock take(Path target) throws IOException {
        Path file = target.resolveSibling(DirectoryStage.hidden(target) + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build in this same process
        }
        if (lock == null) {
            channel.close();
            throw new Output.Refused("another hub build is writing " + target + " (it holds " + file.getFileName() + ")",
                    "wait for it to finish, or build into another folder with --out");
        }
        return new BuildLock(channel, lock);
    }

    /**
     * Cleans up after a build that was killed (call while holding the lock): its staging folders beside
     * {@code folder} are removed, and if it died between moving the old tree aside and the new one in (two renames
     * apart), the old tree is moved back first, so the previous site is where it was.
     */
    static void removeLeftovers(Path folder) throws IOException {
        Path parent = folder.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        String staging = DirectoryStage.hidden(folder) + ".staging-", old = DirectoryStage.hidden(folder) + ".old-";
        java.util.List<Path> olds = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                if (name.startsWith(staging)) DirectoryStage.deleteTree(p);
                else if (name.startsWith(old)) olds.add(p);
            }
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Path newest = olds.get(0);
            for (Path p : olds) if (Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newest)) > 0) newest = p;
            Files.move(newest, folder);
            olds.remove(newest);
        }
        for (Path p : olds) DirectoryStage.deleteTree(p);
    }

    private static final String RECORD = "hub output 1";

    /** The top-level names the last build recorded, or null when there is no record. */
    java.util.Set<String> recorded() throws IOException {
        channel.position(0);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 14);
        while (channel.read(buf) > 0) {
            bytes.write(buf.array(), 0, buf.position());
            buf.clear();
        }
        String[] lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].equals(RECORD)) return null;
        return new java.util.TreeSet<>(java.util.Arrays.asList(lines).subList(1, lines.length));
    }

    /** Records the top-level names a build just wrote into the folder (after its swap). */
    void record(java.util.Set<String> names) throws IOException {
        byte[] text = (RECORD + "\n" + String.join("\n", names) + (names.isEmpty() ? "" : "\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(text), 0);
        channel.force(false);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock; the process's end would too
        }
    }
}
