package hub.cli;

import hub.support.Cli;
import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each folder under resources/invalid-sites/ is a broken site: the fixture site "basic" with the
 * case's files laid over it (a case's content/ replaces basic's). Building it must fail with
 * exactly the diagnostics in expected-diagnostics.txt, the exit code in expected-exit-code
 * (1 when absent), no stack trace, and the previous output left as it was.
 */
class InvalidSitesTest {
    /** Cases whose problem only rendering a page shows: a template that fails on the page's variables. */
    private static final java.util.Set<String> RENDER_ONLY = java.util.Set.of("template-recursion", "template-variable");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> eachInvalidSiteFailsWithItsDiagnostics() throws IOException {
        Path cases = Sites.resourceSource("invalid-sites");
        return Files.list(cases).filter(Files::isDirectory).sorted().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Path site = tmp.resolve(c.getFileName().toString());
            Path base = Sites.resource("sites/basic");
            Sites.copyTree(base, site);
            Sites.deleteTree(site.resolve("expected"));
            if (Files.isDirectory(c.resolve("content"))) Sites.deleteTree(site.resolve("content"));
            Sites.copyTree(c, site);
            // A good build first (of "basic"), so the test can see that the failed build leaves it alone.
            Path out = tmp.resolve(c.getFileName() + "-out").resolve("public");
            assertEquals(0, Sites.build(base, out).exitCode());
            byte[] previous = Files.readAllBytes(out.resolve("index.html"));
            long previousFiles;
            try (Stream<Path> files = Files.walk(out)) {
                previousFiles = files.count();
            }

            Cli r = Cli.run("build", "--config", site.resolve("site-config.yml").toString(), "--out", out.toString(), "--today", "2026-01-01");
            int expectedCode = Files.exists(c.resolve("expected-exit-code")) ? Integer.parseInt(Files.readString(c.resolve("expected-exit-code")).strip()) : 1;
            Golden.assertText(c.resolve("expected-diagnostics.txt"), r.diagnostics());
            assertEquals(expectedCode, r.exitCode(), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace without --verbose:\n" + r.err());
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("hub: built") && l.contains("nothing written")), r.err());
            assertArrayEquals(previous, Files.readAllBytes(out.resolve("index.html")), "the previous output must stay intact");
            try (Stream<Path> files = Files.walk(out)) {
                assertEquals(previousFiles, files.count(), "nothing may be added to the previous output");
            }
            // hub check renders no page (and most bodies to no HTML) but must find the same problems, except
            // those only rendering a page can meet.
            if (!RENDER_ONLY.contains(c.getFileName().toString())) {
                Cli check = Cli.run("check", "--config", site.resolve("site-config.yml").toString(), "--today", "2026-01-01");
                Golden.assertText(c.resolve("expected-diagnostics.txt"), check.diagnostics());
                assertEquals(expectedCode, check.exitCode(), check.err());
            }
        }));
    }
}
