package hub.support;

import java.nio.file.Path;
import java.util.List;

/**
 * A site whose content attacks every place content reaches (issue 14): titles, summaries, authors, {@code extra}
 * values, link text and destinations, images, footnotes, headings, tables, code and raw HTML. Each payload, if it
 * ever ran, would record its case id in {@code window.__pwned} (or change the title to PWNED), so a browser can
 * tell that none did. The cases are listed in {@link #CASES}; the README's security section has the table.
 * Built with the repository's theme (what the archive ships: meta tags, JSON-LD, the citation block, search).
 */
public final class HostileSite {
    /** A case: its id, where the payload goes, and the payload. */
    public record Case(String id, String where, String payload) {
    }

    private static String js(String id) {
        return "__pwned='" + id + "'";
    }

    public static final List<Case> CASES = List.of(
            new Case("title-tag", "title", "</title><script>" + js("title-tag") + "</script>"),
            new Case("title-json", "title", "</script><script>" + js("title-json") + "</script>"),
            new Case("title-attr", "title", "\"><img src=x onerror=" + js("title-attr") + ">"),
            new Case("title-doc", "title", "PWNED <b>bold</b> & \"quoted\""),
            new Case("summary-attr", "summary", "\" onmouseover=\"" + js("summary-attr") + "\" x=\""),
            new Case("summary-tag", "summary", "<svg onload=" + js("summary-tag") + ">"),
            new Case("author-tag", "authors", "<script>" + js("author-tag") + "</script>"),
            new Case("author-attr", "authors", "Ann\" onfocus=\"" + js("author-attr") + "\" autofocus=\""),
            new Case("extra-publisher", "extra.publisher", "<img src=x onerror=" + js("extra-publisher") + ">"),
            new Case("link-text", "body", "[<script>" + js("link-text") + "</script>](https://example.org/)"),
            new Case("link-js", "body", "[a](javascript:" + js("link-js") + ")"),
            new Case("link-js-case", "body", "[a](JaVaScRiPt:" + js("link-js-case") + ")"),
            new Case("link-js-entity", "body", "[a](&#106;avascript:" + js("link-js-entity") + ")"),
            new Case("link-js-space", "body", "[a]( javascript:" + js("link-js-space") + ")"),
            new Case("link-vbscript", "body", "[a](vbscript:msgbox)"),
            new Case("link-data", "body", "[a](data:text/html;base64,PHNjcmlwdD5fX3B3bmVkPSdkYXRhJzwvc2NyaXB0Pg==)"),
            new Case("link-protocol-relative", "body", "[a](//evil.example/x)"),
            new Case("link-title-attr", "body", "[a](https://example.org/ \"x\\\" onmouseover=\\\"" + js("link-title-attr") + "\")"),
            new Case("autolink-js", "body", "<javascript:" + js("autolink-js") + ">"),
            new Case("image-src-js", "body", "![x](javascript:" + js("image-src-js") + ")"),
            new Case("image-alt", "body", "![\" onerror=\"" + js("image-alt") + "](/css/nope.png)"),
            new Case("footnote-raw", "body", "A note.[^h]\n\n[^h]: <script>" + js("footnote-raw") + "</script> and <img src=x onerror=" + js("footnote-img") + ">"),
            new Case("heading-raw", "body", "## Heading <img src=x onerror=" + js("heading-raw") + ">"),
            new Case("table-cell", "body", "| a | b |\n|---|---|\n| <script>" + js("table-cell") + "</script> | x |"),
            new Case("code-span", "body", "`</script><script>" + js("code-span") + "</script>`"),
            new Case("code-block", "body", "```html\n<script>" + js("code-block") + "</script>\n```"),
            new Case("raw-script", "body", "<script>" + js("raw-script") + "</script>"),
            new Case("raw-onerror", "body", "<img src=x onerror=\"" + js("raw-onerror") + "\">"),
            new Case("raw-svg", "body", "<svg onload=\"" + js("raw-svg") + "\"><circle r=\"1\"/></svg>"),
            new Case("raw-style", "body", "<style>body{background:url(\"javascript:" + js("raw-style") + "\")}</style>"),
            new Case("raw-style-attr", "body", "<div style=\"background:url(javascript:" + js("raw-style-attr") + ")\">x</div>"),
            new Case("raw-form", "body", "<form action=\"javascript:" + js("raw-form") + "\"><button>go</button></form>"),
            new Case("raw-meta-refresh", "body", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + js("raw-meta-refresh") + "\">"),
            new Case("raw-iframe-host", "body", "<iframe src=\"https://evil.example/\"></iframe>"),
            new Case("raw-iframe-srcdoc", "body", "<iframe srcdoc=\"<script>parent." + js("raw-iframe-srcdoc") + "</script>\"></iframe>"),
            new Case("raw-a-js", "body", "<a href=\"javascript:" + js("raw-a-js") + "\">x</a>"),
            new Case("raw-a-entity", "body", "<a href=\"&#x6A;avascript:" + js("raw-a-entity") + "\">x</a>"),
            new Case("raw-object", "body", "<object data=\"javascript:" + js("raw-object") + "\"></object><embed src=\"javascript:" + js("raw-embed") + "\">"),
            new Case("raw-base", "body", "<base href=\"https://evil.example/\">"),
            new Case("raw-details", "body", "<details open ontoggle=\"" + js("raw-details") + "\"><summary>s</summary>x</details>"),
            new Case("raw-input", "body", "<input autofocus onfocus=\"" + js("raw-input") + "\">"),
            new Case("raw-mxss", "body", "<math><mtext><table><mglyph><style><img src=x onerror=" + js("raw-mxss") + "></style></mglyph></table></mtext></math>"),
            new Case("raw-comment", "body", "<!-- --><script>" + js("raw-comment") + "</script> -->"),
            new Case("raw-unclosed", "body", "<img src=x onerror=" + js("raw-unclosed")));

    private HostileSite() {
    }

    /** Writes the site into {@code dir} and returns it: one briefing per front-matter case, one document holding every body case. */
    public static Path write(Path dir) {
        // An onerror payload needs an image that fails to load (src=x): those addresses are broken on purpose, so
        // they are warnings here (issue 19 checks image and raw-HTML addresses like links).
        SiteBuilder site = SiteBuilder.minimal(dir).config("links: {mode: warn}");
        StringBuilder body = new StringBuilder("A document that tries every body payload: pwned.\n\n");
        int n = 0;
        for (Case c : CASES) {
            n++;
            String slug = "case-" + n;
            switch (c.where()) {
                case "title" -> site.doc("briefings/" + slug + ".md", "title: " + yaml(c.payload() + " pwned"), "date: 2018-01-" + day(n),
                        "summary: A hostile title, pwned.").body("Body of " + c.id() + ".");
                case "summary" -> site.doc("briefings/" + slug + ".md", "title: Case " + c.id() + " pwned", "date: 2018-01-" + day(n),
                        "summary: " + yaml(c.payload())).body("Body of " + c.id() + ".");
                case "authors" -> site.doc("briefings/" + slug + ".md", "title: Case " + c.id() + " pwned", "date: 2018-01-" + day(n),
                        "summary: A hostile author.", "authors: [" + yaml(c.payload()) + "]").body("Body of " + c.id() + ".");
                case "extra.publisher" -> site.doc("reports/" + slug + ".md", "title: Case " + c.id() + " pwned", "date: 2018-01-" + day(n),
                        "summary: A hostile publisher.", "extra:", "  publisher: " + yaml(c.payload())).body("Body of " + c.id() + ".");
                default -> body.append(c.payload()).append("\n\n");
            }
        }
        site.doc("briefings/everything.md", "title: Every body payload pwned", "date: 2018-02-01", "summary: Body payloads.",
                "themes: [participation]").body(body.toString());
        Path written = site.write();
        Sites.deleteTree(written.resolve("static")); // the fixture's stylesheet, replaced by the theme's
        Sites.useRepositoryTheme(written);
        // A control: a static file (trusted, copied as it is) whose script does run, so a test can show it would see one.
        try {
            java.nio.file.Files.writeString(written.resolve("static/canary.html"),
                    "<!DOCTYPE html><html lang=\"en\"><head><title>Canary</title></head><body><script>" + js("canary") + "</script></body></html>\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return written;
    }

    private static String day(int n) {
        return String.format("%02d", 1 + n % 28);
    }

    /** A YAML double-quoted string. */
    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
