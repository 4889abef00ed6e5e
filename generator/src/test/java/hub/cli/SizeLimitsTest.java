package hub.cli;

import hub.support.Cli;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs at the limits: each builds, or stops with a message at its position; never a stack overflow, an
 * out-of-memory or a hang. The time limits are generous guards against a hang or a quadratic blow-up, not
 * speed targets (those are in bench/).
 */
class SizeLimitsTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private Path site(String body) throws IOException {
        Path site = tmp.resolve("site");
        Sites.copyTree(Sites.resource("sites/basic"), site);
        Sites.deleteTree(site.resolve("expected"));
        Files.writeString(site.resolve("content/briefings/big.md"), "---\ntitle: Big\ndate: 2018-01-01\nsummary: At the limit.\n---\n\n" + body);
        return site;
    }

    private Cli build(Path site) {
        return assertTimeoutPreemptively(LIMIT, () -> Cli.run("build", "--config", site.resolve("site-config.yml").toString(),
                "--out", tmp.resolve("out/public").toString(), "--today", "2026-01-01"));
    }

    private static void noCrash(Cli r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("StackOverflowError") || r.err().contains("OutOfMemoryError"), r.err());
        assertTrue(r.exitCode() >= 0 && r.exitCode() <= 2, r.err());
    }

    @Test
    void twentyThousandFootnotesBuild() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) body.append("Claim ").append(i).append(".[^n").append(i).append("]\n");
        body.append('\n');
        for (int i = 1; i <= 20_000; i++) body.append("[^n").append(i).append("]: Note ").append(i).append(".\n");
        Cli r = build(site(body.toString()));
        noCrash(r);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("footnotes") || r.exitCode() == 0);
    }

    @Test
    void tenThousandNestedBlockQuotesAreAnErrorAtTheirLine() throws IOException {
        Cli r = build(site("Intro.\n\n" + "> ".repeat(10_000) + "deep\n"));
        noCrash(r);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/briefings/big.md:9:1: error: block quotes or lists nested more than 100 levels deep"), r.err());
    }

    @Test
    void tenThousandListLevelsAreAnErrorAtTheirLine() throws IOException {
        Cli r = build(site("Intro.\n\n" + "- ".repeat(10_000) + "deep\n"));
        noCrash(r);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/briefings/big.md:9:1: error: block quotes or lists nested more than 100 levels deep"), r.err());
    }

    @Test
    void listsNestedByIndentationAreMeasuredToo() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 150; i++) body.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        Cli r = build(site(body.toString()));
        noCrash(r);
        assertEquals(1, r.exitCode(), r.err());
        // Line 7 is level 0; level 100 is indented 200 spaces and opens its item: depth 101.
        assertTrue(r.err().contains("content/briefings/big.md:107:1: error: block quotes or lists nested more than 100 levels deep"), r.err());
    }

    @Test
    void ninetyNineLevelsStillBuild() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 99; i++) body.append("> ".repeat(i + 1)).append("level ").append(i).append("\n\n");
        Cli r = build(site(body.toString()));
        noCrash(r);
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void aFiveMegabyteLineBuilds() throws IOException {
        Cli r = build(site("word ".repeat(1_000_000) + "\n"));
        noCrash(r);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("built"), r.err());
    }

    @Test
    void aHundredThousandLinksBuild() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 100_000; i++) body.append("[a](first.md) ");
        Cli r = build(site(body.append('\n').toString()));
        noCrash(r);
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void aTenMegabyteConfigurationIsRefusedWithAMessage() throws IOException {
        Path site = site("Fine.\n");
        Path config = site.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config) + "# " + "x".repeat(10 << 20) + "\n");
        Cli r = build(site);
        noCrash(r);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("site-config.yml:1:1: error: file is too large"), r.err());
    }
}
