package hub.render;

import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.model.Document;
import hub.model.Site;
import hub.support.SiteBuilder;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index of documents a build patches from the last one after a front-matter edit ({@link DocumentIndex#of} with a
 * {@link Render.FrontMatterEdit}) is the index a build makes anew: every list in the same order, every position, every
 * collection; and the last index is left as it was (the previous build's pages may still read it). Random edits of dates,
 * titles, themes, authors, collections, weights and withdrawals, one to three documents at a time, with a fixed seed.
 */
class PatchedIndexTest {
    private static final List<String> THEMES = List.of("participation", "evidence");
    private static final List<String> AUTHORS = List.of("Ann Example", "Bob Sample", "Cy Third");

    @TempDir
    Path tmp;

    private final Random random = new Random(20261207);

    /** One document's front matter, written out whole after each edit. */
    private static final class Doc {
        String folder, slug, title, date, collection;
        int weight;
        boolean withdrawn;
        List<String> themes = new ArrayList<>(), authors = new ArrayList<>();

        String text() {
            StringBuilder sb = new StringBuilder("---\ntitle: \"").append(title).append("\"\ndate: ").append(date).append('\n');
            if (!authors.isEmpty()) sb.append("authors: [").append(String.join(", ", authors)).append("]\n");
            if (!themes.isEmpty()) sb.append("themes: [").append(String.join(", ", themes)).append("]\n");
            sb.append("summary: About ").append(slug).append(".\n");
            if (collection != null) sb.append("extra: {collection: ").append(collection).append("}\n");
            if (weight != 0) sb.append("weight: ").append(weight).append('\n');
            if (withdrawn) sb.append("status: withdrawn\nwithdrawn_reason: It was wrong.\n");
            return sb.append("---\nText of ").append(slug).append(".\n").toString();
        }
    }

    @Test
    void aPatchedIndexEqualsOneMadeAnew() throws Exception {
        Path site = SiteBuilder.minimal(tmp.resolve("site")).write();
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Doc d = new Doc();
            d.folder = i % 3 == 0 ? "reports" : "briefings";
            d.slug = "doc-" + i;
            d.title = "Document " + (i % 7); // shared titles and dates: the orders' later keys decide
            d.date = date();
            d.themes.add(THEMES.get(i % 2));
            d.authors.add(AUTHORS.get(i % 3));
            if (i % 5 == 0) d.collection = "series-" + (i % 2);
            docs.add(d);
            write(site, d);
        }
        BuildOptions options = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        Site before = build(options);
        Object token = new Object();
        DocumentIndex last = DocumentIndex.of(before, null, new Render.FrontMatterEdit(null, token, null));
        int patched = 0;
        for (int step = 0; step < 60; step++) {
            List<String> did = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Doc d = docs.get(random.nextInt(docs.size()));
                did.add(edit(d) + " " + d.slug);
                write(site, d);
            }
            Site now = build(options);
            Set<String> changed = changed(before, now);
            String lastBefore = describe(last);
            Object next = new Object();
            DocumentIndex index = DocumentIndex.of(now, last, new Render.FrontMatterEdit(token, next, changed));
            DocumentIndex fresh = DocumentIndex.of(now, null, null);
            String what = "step " + step + " (" + String.join(", ", did) + ")";
            assertTrue(index.patched, what + ": patched");
            assertFalse(fresh.patched, what);
            assertEquals(describe(fresh), describe(index), what + ": the patched index is the one made anew");
            assertEquals(lastBefore, describe(last), what + ": the last index is left as it was");
            patched++;
            before = now;
            last = index;
            token = next;
        }
        assertEquals(60, patched);
    }

    @Test
    void anIndexMadeForOtherDocumentsIsNotPatched() throws Exception {
        Path site = SiteBuilder.minimal(tmp.resolve("site"))
                .doc("briefings/a.md", "title: A", "date: 2019-01-01", "summary: The first.", "themes: [evidence]")
                .doc("briefings/b.md", "title: B", "date: 2018-01-01", "summary: The second.")
                .write();
        Edited e = edited(site, "made for these", "content/briefings/b.md", "date: 2018-01-01", "date: 2020-01-01");
        DocumentIndex last = e.last();
        Site now = e.now();
        Set<String> changed = e.changed();
        assertEquals(Set.of("briefing/b"), changed);
        // The edit is said to be from other documents than the index was made for: made anew.
        DocumentIndex other = DocumentIndex.of(now, last, new Render.FrontMatterEdit("other documents", "next", changed));
        assertFalse(other.patched);
        // Not known which documents changed: made anew.
        assertFalse(DocumentIndex.of(now, last, new Render.FrontMatterEdit("made for these", "next", null)).patched);
        // Said rightly: patched, and B now comes first.
        DocumentIndex patched = DocumentIndex.of(now, last, new Render.FrontMatterEdit("made for these", "next", changed));
        assertTrue(patched.patched);
        assertEquals(List.of("briefing/b", "briefing/a"), patched.newestFirst.stream().map(Document::key).toList());
        assertEquals(describe(DocumentIndex.of(now, null, null)), describe(patched));
        // The lists the edit did not touch are shared with the last index; those it touched are copies.
        assertSame(last.termDocs.get("themes").get("evidence"), patched.termDocs.get("themes").get("evidence"));
        assertNotSame(last.byType.get("briefing"), patched.byType.get("briefing"));
    }

    /** With languages, translations are grouped again from the documents; a retitled or redated translation moves. */
    @Test
    void translationsAreGroupedAgainAfterAnEdit() throws Exception {
        Path site = SiteBuilder.minimal(tmp.resolve("site")).config("languages: [{code: fr, label: Français}]")
                .doc("reports/findings.md", "title: Findings", "date: 2018-01-01", "themes: [evidence]").body("English.")
                .doc("reports/findings.fr.md", "title: Résultats", "date: 2018-01-01", "themes: [evidence]").body("Français.")
                .doc("reports/other.md", "title: Other", "date: 2018-02-01", "translation_key: other").body("English.")
                .doc("reports/autre.md", "title: Autre", "date: 2018-02-01", "lang: fr", "translation_key: other").body("Français.")
                .write();
        Edited e = edited(site, "first", "content/reports/findings.fr.md", "title: Résultats\ndate: 2018-01-01",
                "title: Les résultats\ndate: 2018-03-01");
        assertEquals(1, e.changed().size(), e.changed().toString());
        DocumentIndex patched = DocumentIndex.of(e.now(), e.last(), new Render.FrontMatterEdit("first", "second", e.changed()));
        assertTrue(patched.patched);
        assertFalse(patched.translations.isEmpty());
        assertEquals(describe(DocumentIndex.of(e.now(), null, null)), describe(patched));
    }

    /** The index of a site's first build ({@code last}, made for {@code token}), the site after one edit, and what it changed. */
    private record Edited(DocumentIndex last, Site now, Set<String> changed) {
    }

    private static Edited edited(Path site, Object token, String file, String from, String to) throws Exception {
        BuildOptions options = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, s -> { });
        Site before = build(options);
        DocumentIndex last = DocumentIndex.of(before, null, new Render.FrontMatterEdit(null, token, null));
        Sites.replaceIn(site, file, from, to);
        Site now = build(options);
        return new Edited(last, now, changed(before, now));
    }

    private static Site build(BuildOptions options) {
        BuildResult r = Build.run(options);
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        return r.site();
    }

    /** The keys of the documents whose front matter differs between the two sites (they hold the same documents). */
    private static Set<String> changed(Site before, Site now) {
        Map<String, Document> was = before.corpus().byKey();
        Set<String> changed = new TreeSet<>();
        for (Document d : now.corpus().documents()) if (!d.frontMatter().equals(was.get(d.key()).frontMatter())) changed.add(d.key());
        return changed;
    }

    private String edit(Doc d) {
        switch (random.nextInt(8)) {
            case 0 -> d.date = date();
            case 1 -> d.title = "Document " + random.nextInt(7);
            case 2 -> {
                String t = THEMES.get(random.nextInt(THEMES.size()));
                if (!d.themes.remove(t)) d.themes.add(t);
            }
            case 3 -> {
                String a = AUTHORS.get(random.nextInt(AUTHORS.size()));
                if (!d.authors.remove(a)) d.authors.add(a);
            }
            case 4 -> d.collection = random.nextBoolean() ? null : "series-" + random.nextInt(3);
            case 5 -> d.weight = random.nextInt(3);
            case 6 -> d.withdrawn = !d.withdrawn;
            default -> {
                d.date = date();
                d.themes.clear();
                return "dated again, themes cleared";
            }
        }
        return "edit";
    }

    private String date() {
        // Few dates: ties are common, so the orders' tie-breaks are tested.
        return String.format("%d-%02d-01", 2015 + random.nextInt(3), 1 + random.nextInt(3));
    }

    private static void write(Path site, Doc d) throws Exception {
        Path p = site.resolve("content/" + d.folder + "/" + d.slug + ".md");
        Files.createDirectories(p.getParent());
        Files.writeString(p, d.text());
    }

    /** Every list and map of an index, as document keys (and titles, which the lists are ordered by), sorted where unordered. */
    private static String describe(DocumentIndex i) {
        StringBuilder sb = new StringBuilder();
        sb.append("listed ").append(keys(i.listed)).append('\n');
        sb.append("listed by key ").append(new TreeMap<>(i.listedByKey).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().frontMatter().hashCode()).toList()).append('\n');
        sb.append("newest ").append(keys(i.newestFirst)).append('\n');
        new TreeMap<>(i.byType).forEach((k, v) -> sb.append("type ").append(k).append(' ').append(keys(v)).append('\n'));
        new TreeMap<>(i.newestByType).forEach((k, v) -> sb.append("newest of type ").append(k).append(' ').append(keys(v)).append('\n'));
        new TreeMap<>(i.termDocs).forEach((t, terms) -> new TreeMap<>(terms).forEach((id, v) ->
                sb.append("term ").append(t).append('/').append(id).append(' ').append(keys(v)).append('\n')));
        sb.append("positions ").append(new TreeMap<>(i.positionInType)).append('\n');
        new TreeMap<>(i.collections).forEach((k, v) -> sb.append("collection ").append(k).append(' ').append(keys(v)).append('\n'));
        new TreeMap<>(i.termPages).forEach((k, v) -> sb.append("term page ").append(k).append(' ').append(v.key()).append('\n'));
        new TreeMap<>(i.translations).forEach((k, v) -> sb.append("translations ").append(k).append(' ').append(keys(v)).append('\n'));
        return sb.toString();
    }

    private static List<String> keys(List<Document> docs) {
        return docs.stream().map(d -> d.key() + " (" + d.date() + ", " + d.title() + ", " + d.weight() + ")").toList();
    }
}
