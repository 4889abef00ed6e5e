package hub.cli;

import hub.support.Cli;
import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Faults a build must survive with the previous site intact: killed mid-build, a full disk, a read-only folder.
 * The disk faults use a small tmpfs, which needs root (CI runs as root): elsewhere those two are skipped with a
 * message, never in CI.
 */
class OutputFaultsTest {
    @TempDir
    Path tmp;

    private Path site() {
        Path site = tmp.resolve("site");
        Sites.copyTree(Sites.resource("sites/basic"), site);
        Sites.deleteTree(site.resolve("expected"));
        return site;
    }

    private static Cli build(Path site, Path out) {
        return Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(), "--today", "2026-01-01");
    }

    private static void edit(Path site) throws IOException {
        Path f = site.resolve("content/briefings/first.md");
        Files.writeString(f, Files.readString(f) + "\nAn edit the next build must write.\n");
    }

    @Test
    void aKilledBuildLeavesThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
        Path site = Sites.repositoryRoot(), out = tmp.resolve("build/public");
        assertEquals(0, Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(),
                "--today", "2026-01-01").exitCode());
        Map<String, byte[]> before = Golden.readTree(out);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "hub.cli.Main", "build", "--config", site.resolve("site-config.yml").toString(),
                "--out", out.toString(), "--today", "2026-01-02");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        try {
            // Killed (SIGKILL: no shutdown hook, no finally) once it has staged files.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (staged(tmp.resolve("build")) == 0) {
                if (!p.isAlive()) fail("the build ended before it could be killed:\n" + Files.readString(tmp.resolve("killed.log")));
                if (System.nanoTime() > deadline) fail("no staging folder appeared");
                Thread.sleep(5);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(leftovers(tmp.resolve("build")) > 0, "the killed build left its staging folder");
        assertTrue(Golden.readTree(out).keySet().equals(before.keySet()), "the previous site's files are all there");
        for (var e : before.entrySet()) assertTrue(java.util.Arrays.equals(e.getValue(), Golden.readTree(out).get(e.getKey())), e.getKey());

        Cli next = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(), "--today", "2026-01-02");
        assertEquals(0, next.exitCode(), next.err());
        assertEquals(0, leftovers(tmp.resolve("build")), "the next build removed what the killed one left");
    }

    /** Files in staging folders beside the output. */
    private static long staged(Path dir) throws IOException {
        long n = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().contains(".staging-")).toList()) {
                try (Stream<Path> f = Files.walk(p)) {
                    n += f.filter(Files::isRegularFile).count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    // it may vanish while we look
                }
            }
        }
        return n;
    }

    private static long leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".staging-") || p.getFileName().toString().contains(".old-")).count();
        }
    }

    @Test
    void aFullDiskFailsTheBuildWithOneMessageAndThePreviousSiteStays() throws Exception {
        Path disk = tmp.resolve("disk");
        mount(disk, "size=4m");
        try {
            Path site = site(), out = disk.resolve("public");
            assertEquals(0, build(site, out).exitCode());
            Map<String, byte[]> before = Golden.readTree(out);
            fill(disk);
            edit(site);
            Cli r = build(site, out);
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains(": No space left on device\n  hint: check that the disk has room and the folder is writable; the previous output was left as it was"), r.err());
            // Once per writer (Lucene's index and the site's files), not once per file.
            long said = r.err().lines().filter(l -> l.contains("No space left on device")).count();
            assertTrue(said >= 1 && said <= 2, "one message per writer, not one per file:\n" + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertEquals(before.keySet(), Golden.readTree(out).keySet());
            for (var e : before.entrySet()) assertTrue(java.util.Arrays.equals(e.getValue(), Golden.readTree(out).get(e.getKey())), e.getKey());
            assertEquals(0, leftovers(disk), "the failed build removed its staging folders");
        } finally {
            umount(disk);
        }
    }

    @Test
    void aReadOnlyFolderGivesExitTwoAndAMessage() throws Exception {
        Path disk = tmp.resolve("ro");
        mount(disk, "size=4m");
        try {
            Path site = site(), out = disk.resolve("public");
            assertEquals(0, build(site, out).exitCode());
            byte[] index = Files.readAllBytes(out.resolve("index.html"));
            run("mount", "-o", "remount,ro", disk.toString());
            edit(site);
            Cli r = build(site, out);
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("error: cannot write the site: ") && r.err().contains("Read-only file system"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertTrue(java.util.Arrays.equals(index, Files.readAllBytes(out.resolve("index.html"))));
        } finally {
            umount(disk);
        }
    }

    /** Leaves about 8 KB free on the mounted disk: less than the site needs. */
    private static void fill(Path disk) throws IOException {
        long free = Files.getFileStore(disk).getUsableSpace();
        Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, free - 8192)]);
    }

    private static void mount(Path dir, String options) throws Exception {
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()).redirectErrorStream(true);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            if (System.getenv("CI") != null) fail("CI runs as root and must be able to mount a tmpfs: " + said);
            Assumptions.abort("cannot mount a tmpfs here (not root?): " + said.strip());
        }
    }

    private static void umount(Path dir) throws Exception {
        run("umount", dir.toString());
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ": " + said);
    }
}
