package hub.output;

import hub.diagnostic.Diagnostics;
import hub.model.OutputFile;
import hub.model.SourceRef;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output stage, the only code that writes the site. It refuses two files on one path and
 * paths that would leave the output folder, writes everything into a staging folder beside the
 * target, and swaps it into place only when all of it was written: a failed build leaves the
 * previous site untouched.
 */
public final class Output {
    private Output() {
    }

    /** Checks paths; returns the files by path, or null when there were errors. */
    public static Map<String, byte[]> plan(List<OutputFile> files, Diagnostics diagnostics) {
        Map<String, byte[]> out = new TreeMap<>();
        Map<String, OutputFile> owner = new HashMap<>();
        for (OutputFile f : files) {
            String p = f.path();
            if (p.isEmpty() || p.startsWith("/") || p.contains("\\") || p.contains("\0")
                    || Path.of(p).normalize().startsWith("..") || p.contains("/../") || p.startsWith("../") || p.endsWith("/..")) {
                diagnostics.error(f.origin() == null ? SourceRef.file(p) : f.origin(), "refusing to write outside the output folder: " + p, null);
                continue;
            }
            OutputFile first = owner.putIfAbsent(p, f);
            if (first != null) {
                diagnostics.error(f.origin() == null ? SourceRef.file(p) : f.origin(), "two outputs would be written to /" + p
                        + (first.origin() == null ? "" : " (the other comes from " + first.origin().path() + ")"), "change the slug, alias or static file name of one of them");
                continue;
            }
            out.put(p, f.content());
        }
        return diagnostics.hasErrors() ? null : out;
    }

    /** Writes the files into a fresh staging folder, then swaps it with {@code target}. */
    public static void write(Map<String, byte[]> files, Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".staging-");
        try {
            for (var e : files.entrySet()) {
                Path p = staging.resolve(e.getKey()).normalize();
                if (!p.startsWith(staging)) throw new IOException("path leaves the output folder: " + e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            Path old = null;
            if (Files.exists(abs)) {
                old = parent.resolve("." + abs.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
                move(abs, old);
            }
            move(staging, abs);
            if (old != null) deleteTree(old);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
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
