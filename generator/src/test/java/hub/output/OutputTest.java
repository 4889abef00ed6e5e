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
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertNull(Output.plan(List.of(file("a/index.html", "1", "content/x/a.md"), file("a/index.html", "2", "static/a/index.html")), d));
        String msg = d.sorted().get(0).message();
        assertTrue(msg.contains("/a/index.html") && msg.contains("content/x/a.md"), msg);
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefused() {
        Diagnostics d = new Diagnostics();
        assertNull(Output.plan(List.of(file("../escape.html", "x", null)), d));
        assertNull(Output.plan(List.of(file("/abs.html", "x", null)), new Diagnostics()));
        assertTrue(d.sorted().get(0).message().contains("outside the output folder"));
    }

    @Test
    void writeSwapsTheNewTreeInAndRemovesStaleFiles() throws Exception {
        Path out = tmp.resolve("public");
        Output.write(Map.of("old.html", "old".getBytes()), out);
        Output.write(Map.of("new/index.html", "new".getBytes()), out);
        assertEquals("new", Files.readString(out.resolve("new/index.html")));
        assertFalse(Files.exists(out.resolve("old.html")), "a stale file from the previous build is gone");
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("public"), s.map(p -> p.getFileName().toString()).toList(), "no staging folder is left behind");
        }
    }
}
