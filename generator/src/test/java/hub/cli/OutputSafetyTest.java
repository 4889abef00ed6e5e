package hub.cli;

import hub.support.Cli;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build replaces its output folder whole, so it must refuse any folder it would wrongly empty, never read a file
 * from outside the site through a symbolic link, and never mix two builds' files.
 */
class OutputSafetyTest {
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

    @Test
    void aFolderHubDidNotMakeIsNeverTheOutput() throws IOException {
        Path site = site();
        String[][] cases = {
                {site.toString(), "it is the site's folder"},
                {tmp.toString(), "it holds the site's folder"},
                {site.resolve("content").toString(), "it is inside the site's content/ folder"},
                {site.resolve("content/briefings").toString(), "it is inside the site's content/ folder"},
                {site.resolve("templates").toString(), "it is inside the site's templates/ folder"},
                {site.resolve("static/new").toString(), "it is inside the site's static/ folder"},
                {"/", "it is the root of the file system"},
        };
        for (String[] c : cases) {
            Cli r = build(site, Path.of(c[0]));
            assertEquals(2, r.exitCode(), c[0] + "\n" + r.err());
            assertTrue(r.err().contains("error: refusing to build into " + c[0] + ": " + c[1]), r.err());
            assertTrue(r.err().contains("hint: choose a folder of its own for the site"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        assertTrue(Files.isRegularFile(site.resolve("content/briefings/first.md")), "the site's files are all there");
        assertFalse(Files.exists(site.resolve("static/new")), "a refused folder is not made");

        Path stranger = tmp.resolve("notes");
        Files.createDirectories(stranger);
        Files.writeString(stranger.resolve("todo.txt"), "mine");
        Cli r = build(site, stranger);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("error: refusing to build into " + stranger + ": it holds todo.txt, and it is not the output of an earlier hub build"), r.err());
        assertEquals("mine", Files.readString(stranger.resolve("todo.txt")));
    }

    @Test
    void aPreviousOutputIsReplacedButNotAFileAddedToIt() throws IOException {
        Path site = site(), out = tmp.resolve("build/public");
        assertEquals(0, build(site, out).exitCode());
        assertEquals(0, build(site, out).exitCode(), "the last build's output is replaced");
        Sites.deleteTree(tmp.resolve("build/.hub"));
        assertEquals(0, build(site, out).exitCode(), "a clean build (the work folder deleted) still knows public/ as its own");
        Files.writeString(out.resolve("CNAME"), "hub.example.org");
        Cli r = build(site, out);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("it holds CNAME, which the last hub build into it did not write"), r.err());
        assertTrue(Files.exists(out.resolve("CNAME")));
        Files.delete(out.resolve("CNAME"));
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/CNAME"), "hub.example.org");
        assertEquals(0, build(site, out).exitCode(), "from static/, CNAME is the build's own");
        assertEquals(0, build(site, out).exitCode());
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheSiteIsAnErrorAndNothingIsCopied() throws IOException {
        Path site = site(), out = tmp.resolve("build/public");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET-7f3a");
        Files.createDirectories(site.resolve("static"));
        Files.createSymbolicLink(site.resolve("content/briefings/leak.md"), secret);
        Files.createSymbolicLink(site.resolve("static/leak.txt"), secret);
        Files.createSymbolicLink(site.resolve("templates/leak.peb"), secret);
        // The content link stops the build after loading (later stages never see bad input); hub check says the same.
        Cli r = build(site, out);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/briefings/leak.md: error: symbolic link leads outside the site: content/briefings/leak.md -> "
                + secret.toRealPath() + "\n  hint: copy the file into the site instead"), r.err());
        Cli check = Cli.run("check", "--config", site.resolve("site-config.yml").toString(), "--today", "2026-01-01");
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("content/briefings/leak.md: error: symbolic link leads outside the site"), check.err());
        Files.delete(site.resolve("content/briefings/leak.md"));
        // The static and template links are found by the render stage, together.
        r = build(site, out);
        assertEquals(1, r.exitCode(), r.err());
        for (String link : new String[]{"static/leak.txt", "templates/leak.peb"}) {
            assertTrue(r.err().contains(link + ": error: symbolic link leads outside the site: " + link + " -> " + secret.toRealPath()), r.err());
        }
        assertFalse(Files.exists(out), "nothing was written");
        check = Cli.run("check", "--config", site.resolve("site-config.yml").toString(), "--today", "2026-01-01");
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("templates/leak.peb: error: symbolic link leads outside the site"), check.err());

        // A link to a file inside the site is an ordinary file.
        Files.delete(site.resolve("static/leak.txt"));
        Files.delete(site.resolve("templates/leak.peb"));
        Files.writeString(site.resolve("static/a.txt"), "inside");
        Files.createSymbolicLink(site.resolve("static/b.txt"), site.resolve("static/a.txt"));
        assertEquals(0, build(site, out).exitCode());
        assertEquals("inside", Files.readString(out.resolve("b.txt")));
        try (Stream<Path> files = Files.walk(tmp.resolve("build"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("SECRET-7f3a"), f.toString());
        }
    }

    @Test
    void aSecondBuildIntoTheSameFolderFailsCleanlyWhileTheFirstRuns() throws IOException {
        Path site = site(), out = tmp.resolve("build/public");
        assertEquals(0, build(site, out).exitCode());
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        // The lock a running build holds (in another process it is the same lock: the operating system's).
        try (FileChannel ch = FileChannel.open(tmp.resolve("build/.public.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            Files.writeString(site.resolve("content/briefings/first.md"), Files.readString(site.resolve("content/briefings/first.md")) + "\nMore.\n");
            Cli r = build(site, out);
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("error: another hub build is writing " + out + " (it holds .public.lock)"), r.err());
            assertTrue(r.err().contains("hint: wait for it to finish, or build into another folder with --out"), r.err());
            assertTrue(held.isValid());
        }
        assertEquals(new String(before), Files.readString(out.resolve("index.html")), "the first build's site is untouched");
        assertEquals(0, build(site, out).exitCode(), "once the lock is free, a build runs");
    }
}
