package hub.build;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import hub.diagnostic.DiagnosticFormat;
import hub.search.Client;
import hub.search.Search;
import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fixture site under resources/sites/ (each folder; its README.md says what it shows) is built into a
 * temporary folder and checked three ways:
 * <ul>
 * <li>its published files, but for the static search index, are exactly its reviewed {@code expected/} tree;</li>
 * <li>its diagnostics are exactly {@code expected-diagnostics.txt};</li>
 * <li>its search index answers the queries of {@code expected-search.txt} with exactly the URLs listed, in order,
 * both from the Lucene index (what {@code hub search} opens) and from the static index through the shipped browser
 * client (run in Node).</li>
 * </ul>
 * The static index's files (search/*.json) are named by hashes of their contents and change with any word of the
 * site; their bytes would make every golden diff noisy without saying what broke, so the index is queried instead.
 * With {@code -Dgolden.update=true} all three files are rewritten (for expected-search.txt: the URLs Lucene returns
 * for its queries); review the git diff before committing.
 */
class GoldenSitesTest {
    /** The static search index: every file under search/ except the search page itself. */
    static final Predicate<String> SEARCH_INDEX = p -> p.startsWith("search/") && !p.equals("search/index.html");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> fixtureSitesMatchTheirGoldenTrees() throws IOException {
        Path sites = Sites.resourceSource("sites");
        List<Path> all;
        try (Stream<Path> s = Files.list(sites)) {
            all = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(all.size() >= 4, "the fixture sites: " + all);
        return all.stream().map(site -> DynamicTest.dynamicTest(site.getFileName().toString(), () -> {
            assertTrue(Files.isRegularFile(site.resolve("README.md")), "every fixture site says what it shows in its README.md");
            Path out = tmp.resolve(site.getFileName().toString()).resolve("public");
            // A fixture without templates/ (a site moved in from Hugo) is built with hub's default theme, as the
            // import gives it; the theme's own CSS and scripts are the repository's, not the fixture's, so they are
            // not compared.
            boolean defaultTheme = !Files.isDirectory(site.resolve("templates"));
            Path source = site;
            if (defaultTheme) {
                source = tmp.resolve(site.getFileName() + "-site");
                Sites.copyTree(site, source);
                Sites.copyTree(Sites.repositoryRoot().resolve("templates"), source.resolve("templates"));
                for (String folder : List.of("css", "js")) {
                    Sites.copyTree(Sites.repositoryRoot().resolve("static").resolve(folder), source.resolve("static").resolve(folder));
                }
            }
            BuildResult r = Sites.build(source, out);
            assertEquals(0, r.exitCode(), () -> "fixture site failed to build:\n" + DiagnosticFormat.text(r.diagnostics()));
            Predicate<String> compared = SEARCH_INDEX.negate();
            if (defaultTheme) compared = compared.and(p -> !p.startsWith("css/") && !p.startsWith("js/"));
            Golden.assertTree(site.resolve("expected"), Golden.readTree(out), compared);
            Golden.assertText(site.resolve("expected-diagnostics.txt"), DiagnosticFormat.text(r.diagnostics()));
            assertSearch(site.resolve("expected-search.txt"), out);
        }));
    }

    /** One line of expected-search.txt: {@code query [| option...] => url url ...}. */
    record Line(String query, SearchRequest request, List<String> urls) {
        static Line parse(String line) {
            String[] sides = line.split("=>", 2);
            if (sides.length != 2) throw new IllegalArgumentException("not 'query => urls': " + line);
            String[] q = sides[0].split("\\|", 2);
            String text = q[0].strip();
            String type = null, theme = null, place = null, year = null;
            boolean prefix = false, byDate = false;
            if (q.length > 1) {
                for (String o : q[1].strip().split("\\s+")) {
                    if (o.equals("prefix")) prefix = true;
                    else if (o.equals("date")) byDate = true;
                    else if (o.startsWith("type=")) type = o.substring(5);
                    else if (o.startsWith("theme=")) theme = o.substring(6);
                    else if (o.startsWith("place=")) place = o.substring(6);
                    else if (o.startsWith("year=")) year = o.substring(5);
                    else throw new IllegalArgumentException("unknown option '" + o + "' in: " + line);
                }
            }
            List<String> urls = sides[1].isBlank() ? List.of() : List.of(sides[1].strip().split("\\s+"));
            return new Line(sides[0].strip(), new SearchRequest(text, new SearchFilters(type, theme, place, year), prefix, byDate, 10), urls);
        }

        String format(List<String> got) {
            return query + " =>" + (got.isEmpty() ? "" : " " + String.join(" ", got));
        }
    }

    private void assertSearch(Path file, Path out) throws Exception {
        Path source = Golden.sourceOf(file);
        assertTrue(Files.isRegularFile(source), "no " + source + ": list a few queries with the URLs they find");
        List<String> header = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (String l : Files.readAllLines(source)) {
            if (l.isBlank() || l.startsWith("#")) {
                if (lines.isEmpty()) header.add(l);
                else throw new IllegalArgumentException(source + ": comments go at the top, before the queries");
            } else {
                lines.add(Line.parse(l));
            }
        }
        assertTrue(lines.size() >= 3, source + " has at least three queries");
        List<Client.Query> queries = lines.stream().map(l -> new Client.Query(l.request().text(), l.request().prefix(),
                l.request().filters(), l.request().byDate())).toList();
        List<JsonNode> browser = Client.search(out, tmp, queries);
        StringBuilder actual = new StringBuilder();
        header.forEach(h -> actual.append(h).append('\n'));
        StringBuilder clientDiffers = new StringBuilder();
        try (SearchIndex index = Search.open(SearchQuery.workDir(out))) {
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                List<String> lucene = index.search(l.request()).hits().stream().map(SearchHit::url).toList();
                List<String> client = Client.strings(browser.get(i).get("urls"));
                if (!client.equals(lucene)) clientDiffers.append(l.query()).append("\n  lucene: ").append(lucene).append("\n  client: ").append(client).append('\n');
                actual.append(l.format(lucene)).append('\n');
            }
        }
        assertTrue(clientDiffers.isEmpty(), "the browser client, over the static index, finds other URLs than hub search:\n" + clientDiffers);
        Golden.assertText(file, actual.toString());
    }
}
