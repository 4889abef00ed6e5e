package hub.output;

import hub.diagnostic.Diagnostics;
import hub.model.OutputFile;
import hub.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputTest {
    @TempDir
    Path tmp;

    private static OutputFile file(String path, String text, String origin) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), origin == null ? null : SourceRef.file(origin));
    }

    @Test
    void twoOutputsOnOnePathAreAnErrorNamingBoth() {
        Diagnostics d = new Diagnostics();
        Output.Memory out = Output.memory(null, d);
        out.site().write(file("a/index.html", "1", "content/x/a.md"));
        out.site().write(file("a/index.html", "2", "static/a/index.html"));
        String msg = d.sorted().get(0).message();
        assertTrue(msg.contains("/a/index.html") && msg.contains("content/x/a.md"), msg);
        assertEquals("static/a/index.html", d.sorted().get(0).ref().path(), "reported at the second one's source");
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefused() {
        for (String bad : List.of("../escape.html", "/abs.html", "a/../../b.html", "a\\b.html", "a/..", "x\0.html")) {
            Diagnostics d = new Diagnostics();
            Output.Memory out = Output.memory(null, d);
            out.site().write(file(bad, "x", null));
            assertTrue(out.files().isEmpty(), bad);
            assertTrue(d.sorted().get(0).message().contains("outside the output folder"), bad);
        }
    }

    @Test
    void commitSwapsTheNewTreeInAndRemovesStaleFiles() throws Exception {
        Path out = tmp.resolve("public"), work = tmp.resolve(".hub");
        write(out, work, Map.of("old.html", "old"));
        write(out, work, Map.of("new/index.html", "new"));
        assertEquals("new", Files.readString(out.resolve("new/index.html")));
        assertFalse(Files.exists(out.resolve("old.html")), "a stale file from the previous build is gone");
        try (var s = Files.list(tmp)) {
            // The lock file stays: deleting it could let two builds lock two different files of the same name.
            assertEquals(List.of(".hub", ".public.lock", "public"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left behind");
        }
    }

    @Test
    void aBuildThatFailsLeavesThePreviousTreesAlone() throws Exception {
        Path out = tmp.resolve("public"), work = tmp.resolve(".hub");
        write(out, work, Map.of("index.html", "first"));
        Diagnostics d = new Diagnostics();
        try (Output.Staged s = Output.directory(out, work, null, d)) {
            s.site().write(file("index.html", "second", null));
            s.site().write(file("index.html", "again", null));
            assertThrows(java.io.IOException.class, s::commit, "errors were reported: nothing is swapped in");
        }
        assertEquals("first", Files.readString(out.resolve("index.html")));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(".hub", ".public.lock", "public"), s.map(p -> p.getFileName().toString()).sorted().toList(), "the staging folders are removed");
        }
    }

    /** A build killed between its two renames left the old site aside and none in place: the next build puts it back. */
    @Test
    void aSiteLeftAsideByAKilledSwapIsPutBackAndStagingLeftoversGo() throws Exception {
        Path out = tmp.resolve("public"), work = tmp.resolve(".hub");
        write(out, work, Map.of("index.html", "first"));
        Files.move(out, tmp.resolve(".public.old-1f2e"));
        Files.createDirectories(tmp.resolve(".public.staging-77/sub"));
        Files.writeString(tmp.resolve(".public.staging-77/sub/x.html"), "half");
        Files.createDirectories(tmp.resolve(".hub.staging-78"));
        try (Output.Staged s = Output.directory(out, work, null, new Diagnostics())) {
            assertEquals("first", Files.readString(out.resolve("index.html")), "the old site is back before anything is staged");
        }
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(".hub", ".public.lock", "public"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnchangedFileIsKeptAndAnEditedOneIsNot() throws Exception {
        Path out = tmp.resolve("public"), work = tmp.resolve(".hub");
        write(out, work, Map.of("a.html", "a", "b.html", "b"));
        Object inode = Files.getAttribute(out.resolve("a.html"), "unix:ino");
        Files.writeString(out.resolve("b.html"), "edited by hand, a different length");
        Diagnostics d = new Diagnostics();
        try (Output.Staged s = Output.directory(out, work, null, d)) {
            assertTrue(s.site().keep("a.html", null), "the file the last build wrote");
            assertFalse(s.site().keep("b.html", null), "a file changed since is not taken for the build's own");
            assertFalse(s.site().keep("c.html", null), "a file the last build did not write");
            s.site().write(file("b.html", "b", null));
            s.commit();
        }
        assertEquals(inode, Files.getAttribute(out.resolve("a.html"), "unix:ino"), "kept by linking, not copying");
        assertEquals("b", Files.readString(out.resolve("b.html")));
    }

    private static void write(Path out, Path work, Map<String, String> files) throws Exception {
        Diagnostics d = new Diagnostics();
        try (Output.Staged s = Output.directory(out, work, null, d)) {
            files.forEach((p, t) -> s.site().write(file(p, t, null)));
            s.commit();
        }
        assertFalse(d.hasErrors(), d.sorted().toString());
    }
}
