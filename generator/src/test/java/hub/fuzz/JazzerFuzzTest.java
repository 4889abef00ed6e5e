package hub.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.support.SiteBuilder;
import hub.support.Sites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing with Jazzer: a document (front matter and body from the fuzzer's bytes) is checked as
 * {@code hub check} checks a site; any exception, or an exit code other than 0 or 1, is a finding. In
 * {@code mvn verify} Jazzer replays the inputs saved under
 * {@code src/test/resources/hub/fuzz/JazzerFuzzTestInputs/aDocument/} (regression mode); to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl generator -Dtest=JazzerFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (up to {@code maxDuration}). {@link FuzzTest} (the seeded mutator) is the one that mutates inside {@code mvn verify}.
 */
class JazzerFuzzTest {
    private static Path site;

    private static synchronized Path site() throws IOException {
        if (site == null) {
            site = SiteBuilder.fixture("basic", Files.createTempDirectory("hub-jazzer").resolve("site")).write();
        }
        return site;
    }

    @FuzzTest(maxDuration = "60s")
    void aDocument(FuzzedDataProvider data) throws IOException {
        String frontMatter = data.consumeString(400);
        String body = data.consumeRemainingAsString();
        Path dir = site();
        Files.write(dir.resolve("content/briefings/fuzz.md"), ("---\n" + frontMatter + "\n---\n" + body).getBytes(StandardCharsets.UTF_8));
        BuildResult r = Build.run(new BuildOptions(dir.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { }).checkOnly());
        assertTrue(r.exitCode() == 0 || r.exitCode() == 1, "exit " + r.exitCode());
    }
}
