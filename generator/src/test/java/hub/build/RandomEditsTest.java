package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.Golden;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Incrementality by construction, checked the way it can break: random edits of every kind to a small site
 * (front matter, terms, dates, bodies, citations, footnotes, added and deleted documents, drafts, aliases,
 * templates, configuration, static files), and after each one the build that starts from the previous builds'
 * state must give exactly what a clean build of the same files gives: the same exit code, the same diagnostics,
 * the same bytes in every file. Nothing lists what depends on what, so a field or a view added without being
 * seen by the fingerprints makes this fail. A fixed seed: a failure names its step and replays the same way.
 */
class RandomEditsTest {
    private static final long SEED = 20261203;
    private static final int EDITS = 220;
    private static final List<String> AUTHORS = List.of("Ann Example", "Bob Sample", "Cy Third", "ann  example");
    private static final List<String> THEMES = List.of("participation", "evidence", "data", "community engagement");

    @TempDir
    Path tmp;

    private final Random random = new Random(SEED);
    private final Map<String, Doc> docs = new LinkedHashMap<>();
    private Path site;
    private final List<String> log = new ArrayList<>();
    private int nextId;

    /** A document of the site, written out whole after each edit. */
    private static final class Doc {
        String folder = "briefings", slug, title, summary, date;
        List<String> themes = new ArrayList<>(), authors = new ArrayList<>(), aliases = new ArrayList<>(), body = new ArrayList<>();
        boolean draft;
        /** Lifecycle: null (published), "superseded" (by {@code supersededBy}) or "withdrawn"; corrections are dates. */
        String status, supersededBy;
        List<String> corrections = new ArrayList<>();

        String path() {
            return "content/" + folder + "/" + slug + ".md";
        }

        String text() {
            StringBuilder sb = new StringBuilder("---\ntitle: \"").append(title).append("\"\ndate: ").append(date).append('\n');
            if (!authors.isEmpty()) sb.append("authors: [").append(String.join(", ", authors)).append("]\n");
            if (!themes.isEmpty()) sb.append("themes: [").append(String.join(", ", themes)).append("]\n");
            sb.append("summary: ").append(summary).append('\n');
            if (!aliases.isEmpty()) sb.append("aliases: [").append(String.join(", ", aliases)).append("]\n");
            if (draft) sb.append("draft: true\n");
            if ("superseded".equals(status)) sb.append("status: superseded\nsuperseded_by: ").append(supersededBy).append('\n');
            if ("withdrawn".equals(status)) sb.append("status: withdrawn\nwithdrawn_reason: It was wrong.\n");
            if (!corrections.isEmpty()) sb.append("corrections:\n");
            for (String c : corrections) sb.append("  - {date: ").append(c).append(", note: Corrected on ").append(c).append(".}\n");
            return sb.append("---\n").append(String.join("\n\n", body)).append('\n').toString();
        }
    }

    @Test
    void everyIncrementalBuildEqualsACleanBuild() throws Exception {
        site = SiteBuilder.minimal(tmp.resolve("site")).write();
        // The basic templates print no lifecycle: show it, so a page that should change with it (a replacement retitled) is compared.
        editFile("templates/page.peb", "<h1>", "<p>{{ doc.status }} {{ doc.withdrawn_reason }} {{ doc.corrections | length }}"
                + "{% if doc.superseded_by is not null %} by {{ doc.superseded_by.title }}{% endif %}"
                + "{% for r in doc.supersedes %} replaces {{ r.title }}{% endfor %}</p>\n<h1>");
        for (int i = 0; i < 8; i++) addDocument();
        BuildState state = new BuildState();
        Path out = tmp.resolve("out/public");
        BuildOptions memory = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        int failed = 0, bodiesOnly = 0, termsKept = 0, addressesKept = 0, someTaxonomiesKept = 0, indexPatched = 0;
        for (int step = 0; step < EDITS; step++) {
            String what = edit();
            log.add(step + ": " + what);
            // The preview's quick build (the search index kept as it is, the link graph made while pages are planned, pages
            // made when asked for), against a full build that keeps the search index too: the same files and diagnostics.
            if (step % 3 == 0) {
                BuildResult quick = withPagesMade(Build.run(memory.withState(state, true).withPagesOnDemand()));
                BuildResult stale = Build.run(memory.withState(state, true));
                compare(step, quick, stale, stale.files());
            }
            // A quick build with a current search index: every page, feed and citation file it makes when asked for.
            BuildResult onDemand = step % 3 == 1 ? Build.run(memory.withState(state, false).withPagesOnDemand()) : null;
            BuildResult incremental = Build.run(memory.withState(state, false));
            if (incremental.stats().getOrDefault("front_matter_same", 0) == 1) bodiesOnly++;
            else if (incremental.stats().getOrDefault("taxonomies_kept", 0) == 1) termsKept++;
            if (incremental.stats().getOrDefault("front_matter_same", 0) == 0 && incremental.stats().getOrDefault("addresses_kept", 0) == 1) addressesKept++;
            if (incremental.stats().getOrDefault("taxonomies_kept_of", 0) > 0) someTaxonomiesKept++;
            if (incremental.stats().getOrDefault("index_patched", 0) == 1) indexPatched++;
            BuildResult clean = Build.run(memory);
            compare(step, incremental, clean, clean.files());
            if (onDemand != null) compare(step, withPagesMade(onDemand), clean, clean.files());
            if (clean.exitCode() != 0) {
                failed++;
                if (System.getProperty("hub.debugEdits") != null) System.err.println(step + " " + clean.diagnostics().get(0));
            }
            if (step % 11 == 0) {
                // A build into a folder, from the work folder the last such build left.
                BuildResult onDisk = Build.run(memory.withOut(out));
                assertEquals(clean.exitCode(), onDisk.exitCode(), at(step, "exit code of a build into a folder"));
                if (clean.exitCode() == 0) compare(step, onDisk, clean, Golden.readTree(out));
            }
        }
        // Edits of bodies only (or of static files, templates) let a build take the front-matter stages and most answers as they were.
        assertTrue(bodiesOnly > 20, "builds after which only bodies changed: " + bodiesOnly);
        // Front-matter edits that kept the terms (and the addresses) took the last build's taxonomies (and addresses).
        assertTrue(termsKept > 5 && addressesKept > 5, "front-matter edits that kept the taxonomies: " + termsKept + ", the addresses: " + addressesKept);
        assertTrue(someTaxonomiesKept > 2, "edits of terms that kept the taxonomies they did not touch: " + someTaxonomiesKept);
        // Front-matter edits of a few documents moved them in the last build's index of documents instead of making it anew.
        assertTrue(indexPatched > 5, "builds that patched the index of documents: " + indexPatched);
        assertTrue(failed > 0 && failed < EDITS / 2, "the edits make some builds fail (and most succeed): " + failed + " of " + EDITS);
    }

    private void compare(int step, BuildResult incremental, BuildResult clean, Map<String, byte[]> cleanFiles) {
        assertEquals(DiagnosticFormat.text(clean.diagnostics()), DiagnosticFormat.text(incremental.diagnostics()), at(step, "diagnostics"));
        assertEquals(clean.exitCode(), incremental.exitCode(), at(step, "exit code"));
        if (clean.exitCode() != 0) return;
        Map<String, byte[]> files = incremental.files().isEmpty() ? cleanFiles : incremental.files();
        if (files != cleanFiles) {
            assertEquals(new TreeSet<>(cleanFiles.keySet()), new TreeSet<>(files.keySet()), at(step, "the same files"));
            for (var e : cleanFiles.entrySet()) {
                if (!Arrays.equals(e.getValue(), files.get(e.getKey()))) {
                    fail(at(step, e.getKey() + " differs from a clean build:\n"
                            + Golden.diff(new String(e.getValue()), new String(files.get(e.getKey())))));
                }
            }
        }
    }

    /** A build with pages on demand as the files it would serve: the files it wrote and every file it can make, made. */
    private static BuildResult withPagesMade(BuildResult r) {
        if (r.onDemand() == null) return r;
        Map<String, byte[]> all = new java.util.TreeMap<>(r.files());
        for (String p : r.onDemand().paths()) {
            byte[] made = r.onDemand().get(p);
            assertTrue(made != null, p + " is made: " + r.onDemand().problems(p));
            assertTrue(all.put(p, made) == null, p + " is made on demand and written too");
        }
        return new BuildResult(r.exitCode(), r.diagnostics(), r.site(), all, r.pages(), r.millis(), r.stats());
    }

    private String at(int step, String what) {
        return "after step " + step + " (" + String.join("; ", log.subList(Math.max(0, log.size() - 5), log.size())) + "): " + what;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Doc anyDoc() {
        return pick(new ArrayList<>(docs.values()));
    }

    private String date() {
        return String.format("%d-%02d-%02d", 2015 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private String addDocument() throws IOException {
        Doc d = new Doc();
        d.slug = "doc-" + nextId++;
        d.title = "Document " + d.slug;
        d.summary = "About " + d.slug + ".";
        d.date = date();
        d.themes.add(pick(THEMES.subList(0, 2)));
        d.authors.add(pick(AUTHORS.subList(0, 3)));
        d.body.add("Opening text of " + d.slug + " on community planning.");
        if (random.nextBoolean()) d.folder = "reports";
        docs.put(d.slug, d);
        write(d);
        return "add " + d.slug;
    }

    private void write(Doc d) throws IOException {
        Path p = site.resolve(d.path());
        Files.createDirectories(p.getParent());
        Files.writeString(p, d.text());
    }

    private void delete(Doc d) throws IOException {
        Files.deleteIfExists(site.resolve(d.path()));
    }

    /** One random edit; returns what it did. Now and then the edit is a repair: an editor fixes what the build reported. */
    private String edit() throws IOException {
        if (random.nextInt(4) == 0) return repair();
        Doc d = anyDoc();
        Doc other = anyDoc();
        switch (random.nextInt(20)) {
            case 0 -> d.title = "Retitled " + random.nextInt(1000) + " " + d.slug;
            case 1 -> d.summary = "A new summary, " + random.nextInt(1000) + ".";
            case 2 -> d.date = date();
            case 3 -> {
                String t = pick(THEMES);
                if (!d.themes.remove(t)) d.themes.add(t);
            }
            case 4 -> {
                d.authors.clear();
                for (String a : AUTHORS) if (random.nextInt(3) == 0) d.authors.add(a);
            }
            case 5 -> d.body.add(random.nextInt(3) == 0 ? "## Part " + (1 + random.nextInt(2))
                    : "More words " + random.nextInt(100_000) + " about evidence and data.");
            // A link to a heading of another document: it breaks (an error) while that document has no such heading.
            case 6 -> d.body.add(random.nextInt(3) == 0 ? "See [part one](../" + other.folder + "/" + other.slug + ".md#part-1)."
                    : "As shown [@" + other.slug + "].");
            case 7 -> d.body.removeIf(p -> p.contains("[@") || p.contains("[^"));
            case 8 -> {
                int n = d.body.size() + 1;
                d.body.add("A claim.[^n" + n + "]\n\n[^n" + n + "]: See [@" + other.slug + "].");
            }
            case 9 -> {
                return addDocument();
            }
            case 10 -> {
                if (docs.size() <= 3) return addDocument();
                delete(d);
                docs.remove(d.slug);
                if (random.nextInt(5) > 0) uncite(d.slug); // mostly tidy; sometimes a citation is left dangling (an error)
                return "delete " + d.slug;
            }
            case 11 -> {
                return editFile("templates/page.peb", "<h1>", "<h1 data-edit=\"" + random.nextInt(9) + "\">");
            }
            case 12 -> {
                return editFile("templates/partial-items.peb", "</li>", "</li>\n");
            }
            case 13 -> {
                String cfg = Files.readString(site.resolve("site-config.yml")).replaceAll("page_size: \\d+", "page_size: " + (1 + random.nextInt(3)));
                Files.writeString(site.resolve("site-config.yml"), cfg);
                return "page size";
            }
            case 14 -> {
                String alias = "/old/" + d.slug + "-" + random.nextInt(3) + "/";
                if (!d.aliases.remove(alias)) d.aliases.add(alias);
            }
            case 15 -> {
                delete(d);
                d.folder = d.folder.equals("briefings") ? "reports" : "briefings";
            }
            case 16 -> {
                Path person = site.resolve("content/people/bob-sample.md");
                if (Files.exists(person)) Files.delete(person);
                else Files.createDirectories(person.getParent());
                if (!Files.exists(person) && random.nextBoolean()) {
                    Files.writeString(person, "---\ntitle: Bob Sample\ndate: 2016-01-01\nsummary: A researcher.\n---\nBio " + random.nextInt(9) + ".\n");
                }
                return "person page";
            }
            case 18 -> {
                // Superseded (sometimes by itself, or into a cycle: errors a repair undoes), withdrawn, corrected, current again.
                switch (random.nextInt(4)) {
                    case 0 -> {
                        d.status = "superseded";
                        d.supersededBy = other.slug;
                    }
                    case 1 -> d.status = "withdrawn";
                    case 2 -> d.corrections.add(date());
                    default -> {
                        d.status = null;
                        d.corrections.clear();
                    }
                }
            }
            case 17 -> {
                d.draft = !d.draft;
                if (d.draft && random.nextInt(5) > 0) uncite(d.slug);
            }
            default -> {
                Path file = site.resolve("static/files/data.csv");
                if (Files.exists(file)) {
                    Files.delete(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, "a,b\n");
                }
                if (random.nextBoolean()) d.body.add("The [data](/files/data.csv).");
                write(d);
                return "static file";
            }
        }
        write(d);
        return "edit " + d.slug;
    }

    /** Removes citations of missing or draft documents and links to a missing static file. */
    private String repair() throws IOException {
        boolean file = Files.exists(site.resolve("static/files/data.csv"));
        for (Doc d : docs.values()) {
            boolean changed = d.body.removeIf(p -> !file && p.contains("/files/data.csv")
                    || docs.values().stream().anyMatch(o -> o.draft && p.contains("@" + o.slug + "]"))
                    || p.contains("[@") && docs.keySet().stream().noneMatch(k -> p.contains("@" + k + "]")));
            // A replacement that is gone, a draft, the document itself or superseded in turn (so no cycle is left).
            Doc by = "superseded".equals(d.status) ? docs.get(d.supersededBy) : null;
            if ("superseded".equals(d.status) && (by == null || by == d || by.draft || "superseded".equals(by.status))) {
                d.status = null;
                changed = true;
            }
            if (changed) write(d);
        }
        return "repair";
    }

    /** Removes the paragraphs that cite {@code slug} from every document. */
    private void uncite(String slug) throws IOException {
        for (Doc d : docs.values()) {
            if (d.body.removeIf(p -> p.contains("@" + slug + "]"))) write(d);
        }
    }

    private String editFile(String path, String from, String to) throws IOException {
        Path p = site.resolve(path);
        String text = Files.readString(p);
        Files.writeString(p, text.contains(to) ? text.replace(to, from) : text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return "template " + path;
    }
}
