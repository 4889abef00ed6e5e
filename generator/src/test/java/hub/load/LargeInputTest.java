package hub.load;

import hub.support.Cli;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 20 MB Markdown file is refused with a message (files are capped at 8 MB), not read into memory. */
class LargeInputTest {
    @TempDir
    Path tmp;

    @Test
    void aTwentyMegabyteFileIsRefusedWithAMessage() throws Exception {
        StringBuilder body = new StringBuilder();
        String para = "A paragraph of an extremely long report that nobody should put in one file. ".repeat(20) + "\n\n";
        while (body.length() < 20 * 1024 * 1024) body.append(para);
        Path site = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/huge.md", "title: Huge", "date: 2018-01-01", "summary: Too big.").body(body.toString())
                .write();
        Cli r = Cli.run("check", "--config", site.resolve("site-config.yml").toString(), "--today", "2026-01-01");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/briefings/huge.md:1:1: error: file is too large (20.0 MB; the limit is 8 MB)"), r.err());
    }
}
