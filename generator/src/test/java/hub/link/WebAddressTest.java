package hub.link;

import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web addresses in content that are unusual but valid build and link (the malformed ones: invalid-sites/malformed-links). */
class WebAddressTest {
    @TempDir
    Path tmp;

    private static String page(BuildResult r, String path) {
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aTenThousandCharacterUrlIsAWorkingLink() {
        String url = "https://example.org/archive/" + "a".repeat(10_000) + "?q=" + "b".repeat(200) + "#end";
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/long.md", "title: Long", "date: 2018-01-01", "summary: A long link.")
                .body("A [very long address](" + url + ") and <" + url + ">.")
                .build();
        String html = page(r, "briefings/long/index.html");
        assertTrue(html.contains("<a href=\"" + url + "\">very long address</a>"), "the link is written as given");
        assertTrue(html.contains("<a href=\"" + url + "\">" + url + "</a>"), "the autolink too");
    }

    /**
     * Whatever an editor types as a destination (here: random strings of the characters that trouble URL parsers, in
     * links, images, autolinks and reference definitions), the check ends with a working site or content errors.
     */
    @Test
    void noDestinationIsAnInternalError() {
        String alphabet = " %z0aF()[]<>\\:/?#@.é例\t\"'|{}^`hw";
        java.util.Random random = new java.util.Random(17);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            StringBuilder d = new StringBuilder(switch (i % 4) {
                case 0 -> "http://";
                case 1 -> "../";
                case 2 -> "/";
                default -> "";
            });
            for (int n = random.nextInt(12); n > 0; n--) d.append(alphabet.charAt(random.nextInt(alphabet.length())));
            body.append("[link ").append(i).append("](").append(d).append(") ![image](").append(d).append(") <").append(d)
                    .append(">\n\n[ref").append(i).append("]: ").append(d).append("\n\nSee [ref").append(i).append("].\n\n");
        }
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/random.md", "title: Random", "date: 2018-01-01", "summary: Random destinations.")
                .body(body.toString())
                .checkOnly();
        assertTrue(r.exitCode() == 0 || r.exitCode() == 1, () -> "exit " + r.exitCode() + "\n" + DiagnosticFormat.text(r.diagnostics()));
        assertTrue(r.diagnostics().stream().allMatch(d -> d.ref().path().equals("content/briefings/random.md") && d.ref().line() > 0),
                () -> DiagnosticFormat.text(r.diagnostics()));
    }

    /** A long address that names nothing is an error like any other, its message quoting the address cut short. */
    @Test
    void aLongAddressThatNamesNothingIsQuotedShort() {
        String a = "a".repeat(10_000);
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/long.md", "title: Long", "date: 2018-01-01", "summary: A long link.")
                .body("[path](/" + a + "/), [legacy](http://old.example.org/" + a + "/), [file](../" + a + ".md)")
                .checkOnly();
        assertEquals(1, r.exitCode());
        assertEquals(List.of(
                "content/briefings/long.md:6:1: error: link target '/" + a.substring(0, 79) + "...' does not exist\n"
                        + "  hint: no page is published at /" + a.substring(0, 79) + "...",
                "content/briefings/long.md:6:10013: error: link target 'http://old.example.org/" + a.substring(0, 57) + "...' does not exist\n"
                        + "  hint: no document has the alias /" + a.substring(0, 79) + "...; add it to the cited document's aliases",
                "content/briefings/long.md:6:20049: error: link target '../" + a.substring(0, 77) + "...' does not exist\n"
                        + "  hint: no content file content/" + a.substring(0, 72) + "..."),
                List.of(DiagnosticFormat.text(r.diagnostics()).strip().split("\n(?=content/)")));
    }

    /** The site's own host and a legacy host, written in any script in the configuration, an alias or a link, are one host. */
    @Test
    void internationalisedHostsMatchInEitherForm() {
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .config("base_url: https://bücher.example/archiv/", "legacy_hosts: [old.example.org, xn--alte-bcher-feb.example]")
                .doc("reports/the-report.md", "title: The report", "date: 2017-11-20", "aliases: [/old-report/, 'http://alte-bücher.example/altes/']")
                .body("## Method\n\nWe asked people.\n")
                .doc("briefings/idn.md", "title: Hosts", "date: 2018-01-01", "summary: Hosts in two forms.")
                .body("[Own site](https://xn--bcher-kva.example/archiv/reports/2017/the-report/#method), "
                        + "[legacy](http://alte-bücher.example/old-report/), [alias](http://xn--alte-bcher-feb.example/altes/), "
                        + "[elsewhere](https://例え.jp/パス).")
                .build();
        String html = page(r, "briefings/idn/index.html");
        assertTrue(html.contains("<a href=\"/archiv/reports/2017/the-report/#method\">Own site</a>"), html);
        assertTrue(html.contains("<a href=\"/archiv/reports/2017/the-report/\">legacy</a>"), html);
        assertTrue(html.contains("<a href=\"/archiv/reports/2017/the-report/\">alias</a>"), "an alias on a legacy host in another form: " + html);
        assertTrue(r.files().containsKey("altes/index.html"), "its redirect page");
        assertTrue(html.contains("<a href=\"https://例え.jp/パス\">elsewhere</a>"), "an external link stays as written");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://bücher.example/archiv/briefings/idn/\">"), "so does the base URL");
    }
}
