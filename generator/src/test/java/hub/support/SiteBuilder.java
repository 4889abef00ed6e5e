package hub.support;

import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small site into a folder from code, so a test shows the documents it is about instead of
 * copying a fixture and laying files over it:
 *
 * <pre>
 * BuildResult r = SiteBuilder.minimal(tmp)
 *         .config("page_size: 1")
 *         .doc("briefings/a.md", "title: A", "date: 2019-01-01", "summary: The first.").body("Cites [@b].")
 *         .doc("briefings/b.md", "title: B", "date: 2018-01-01", "summary: The second.")
 *         .build();                      // in memory, dated {@link Sites#TODAY}; write() only writes the folder
 * </pre>
 *
 * {@link #minimal} is {@link #MINIMAL_CONFIG} (briefings, reports and people; themes, places and authors) with the
 * templates and stylesheet of the basic fixture site (resources/sites/basic/templates, which print every variable)
 * and no content. {@link #fixture} starts from a copy of a fixture site under resources/sites/ instead, its golden
 * files left out. Files are written when the site is written or built; a later {@code doc} or {@code file} on the
 * same path replaces the earlier one.
 */
public final class SiteBuilder {
    /** The configuration of {@link #minimal}: the basic fixture's, as a reader of a test needs it at hand. */
    public static final String MINIMAL_CONFIG = """
            title: Minimal site
            base_url: https://fixture.example/
            language: en-GB
            legacy_hosts: [old.example.org]
            page_size: 20
            feed_size: 5
            toc_min_headings: 2
            html:
              allow_iframe_hosts: [www.youtube-nocookie.com]
            types:
              - {id: briefing, label: Briefing, plural: Briefings, folder: briefings, permalink: "/briefings/{slug}/", required: [summary]}
              - {id: report, label: Report, plural: Reports, folder: reports, permalink: "/reports/{year}/{slug}/"}
              - {id: person, label: Person, plural: People, folder: people, term_of: authors}
            taxonomies:
              - id: themes
                label: Theme
                plural: Themes
                base: /themes/
                controlled: true
                terms:
                  - {id: participation, label: Participation, description: Taking part., synonyms: [community engagement]}
                  - {id: evidence, label: Evidence, description: Using evidence.}
                  - {id: data, label: Data, description: Retired., replaced_by: evidence}
              - {id: places, label: Place, plural: Places, base: /places/, controlled: true, terms: [{id: fife, label: Fife}]}
              - {id: authors, label: Author, plural: Authors, base: /authors/, controlled: false}
            """;

    private final Path dir;
    private final Path copyOf;
    private String config;
    private final Map<String, String> files = new LinkedHashMap<>();
    private String lastDoc;
    private List<String> lastFrontMatter;

    private SiteBuilder(Path dir, Path copyOf, String config) {
        this.dir = dir;
        this.copyOf = copyOf;
        this.config = config;
    }

    /** {@link #MINIMAL_CONFIG}, the basic fixture's templates and stylesheet, no content; written into {@code dir}. */
    public static SiteBuilder minimal(Path dir) {
        SiteBuilder b = new SiteBuilder(dir, null, MINIMAL_CONFIG);
        Path basic = Sites.resource("sites/basic");
        for (String sub : List.of("templates", "static")) {
            for (Map.Entry<String, byte[]> f : Golden.readTree(basic.resolve(sub)).entrySet()) {
                b.files.put(sub + "/" + f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8));
            }
        }
        return b;
    }

    /** A copy of the fixture site resources/sites/{@code name} (without expected/ and expected-diagnostics.txt), written into {@code dir}. */
    public static SiteBuilder fixture(String name, Path dir) {
        Path site = Sites.resource("sites/" + name);
        try {
            return new SiteBuilder(dir, site, Files.readString(site.resolve("site-config.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets top-level keys of site-config.yml: each line {@code key: value} replaces the line of that key, or is
     * added at the end (for nested changes, {@link #file} the whole configuration).
     */
    public SiteBuilder config(String... lines) {
        for (String line : lines) {
            String key = line.substring(0, line.indexOf(':') + 1);
            List<String> out = new ArrayList<>(List.of(config.split("\n")));
            int at = -1;
            for (int i = 0; i < out.size(); i++) if (out.get(i).startsWith(key)) at = i;
            if (at >= 0) out.set(at, line);
            else out.add(line);
            config = String.join("\n", out) + "\n";
        }
        return this;
    }

    /**
     * A content file, {@code content/<path>}, with these front-matter lines and an empty body; {@link #body} gives
     * it one. The front matter is written as given, between the two {@code ---} lines (file line 2 is the first).
     */
    public SiteBuilder doc(String path, String... frontMatter) {
        lastDoc = "content/" + path;
        lastFrontMatter = List.of(frontMatter);
        files.put(lastDoc, document(lastFrontMatter, ""));
        return this;
    }

    /** The body of the document added last. */
    public SiteBuilder body(String markdown) {
        if (lastDoc == null) throw new IllegalStateException("body() needs a doc() first");
        files.put(lastDoc, document(lastFrontMatter, markdown));
        return this;
    }

    /** Any file of the site (a template, a static file, a content file written by hand), by its path in the site folder. */
    public SiteBuilder file(String path, String text) {
        if (path.equals("site-config.yml")) config = text;
        else files.put(path, text);
        return this;
    }

    private static String document(List<String> frontMatter, String body) {
        return "---\n" + String.join("\n", frontMatter) + "\n---\n" + body + (body.isEmpty() || body.endsWith("\n") ? "" : "\n");
    }

    /** Writes the site into its folder (replacing what was there) and returns the folder. */
    public Path write() {
        Sites.deleteTree(dir);
        try {
            Files.createDirectories(dir);
            if (copyOf != null) {
                Sites.copyTree(copyOf, dir);
                Sites.deleteTree(dir.resolve("expected"));
                Files.deleteIfExists(dir.resolve("expected-diagnostics.txt"));
            }
            Files.writeString(dir.resolve("site-config.yml"), config);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The site's config file, once written. */
    public Path configFile() {
        return dir.resolve("site-config.yml");
    }

    /** Writes the site and builds it in memory ({@link BuildResult#files()} holds the pages), dated {@link Sites#TODAY}. */
    public BuildResult build() {
        return Sites.buildInMemory(write());
    }

    /** Writes the site and builds it into {@code out} (and its work folder beside it), dated {@link Sites#TODAY}. */
    public BuildResult buildTo(Path out) {
        return Sites.build(write(), out);
    }

    /** Writes the site and checks it as {@code hub check} does (no search index, no pages), dated {@link Sites#TODAY}. */
    public BuildResult checkOnly() {
        return Build.run(new BuildOptions(write().resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { }).checkOnly());
    }
}
