package hub.build;

import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every fixture site under resources/sites/ builds to exactly its reviewed expected/ tree. */
class GoldenSitesTest {
    @TestFactory
    Stream<DynamicTest> fixtureSitesMatchTheirGoldenTrees() throws IOException {
        Path sites = Sites.resource("sites");
        return Files.list(sites).filter(Files::isDirectory).sorted().map(site -> DynamicTest.dynamicTest(site.getFileName().toString(), () -> {
            BuildResult r = Sites.buildInMemory(site);
            assertEquals(0, r.exitCode(), () -> "fixture site failed to build:\n" + hub.diagnostic.DiagnosticFormat.text(r.diagnostics()));
            Golden.assertTree(site.resolve("expected"), r.files());
            Path warnings = site.resolve("expected-diagnostics.txt");
            Golden.assertText(warnings, hub.diagnostic.DiagnosticFormat.text(r.diagnostics()));
        }));
    }
}
