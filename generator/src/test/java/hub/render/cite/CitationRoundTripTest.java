package hub.render.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import hub.support.Archive;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports read back by independent implementations: jbibtex parses the BibTeX and turns its LaTeX back
 * into the text it came from, and citeproc-java, with the official APA 7 style (apa.csl) and the en-GB locale,
 * renders the CSL-JSON into the reference the page shows. Both for the test fixtures and for every publication
 * of the repository's archive.
 */
class CitationRoundTripTest {
    private static final Pattern PAGE_REFERENCE = Pattern.compile("<p class=\"cite-ref\" id=\"hub-cite-ref\">(.*?)</p>");

    @Test
    void bibTexParsesAndItsLatexReadsBackAsTheOriginalText() throws Exception {
        for (Publication p : Fixtures.ALL.values()) {
            BibTeXDatabase db = parse(BibTex.entry(p));
            BibTeXEntry e = db.getEntries().get(new Key(p.key()));
            assertTrue(e != null, "no entry " + p.key() + " in " + db.getEntries().keySet());
            assertEquals(BibTex.entryType(p), e.getType().getValue());
            // The title is in two pairs of braces (to keep its capitals); the LaTeX inside is the title.
            assertEquals(p.title(), latexToText(e.getField(BibTeXEntry.KEY_TITLE).toUserString()), p.key());
            assertEquals(String.valueOf(p.date().getYear()), e.getField(BibTeXEntry.KEY_YEAR).toUserString());
            if (p.authors().isEmpty()) {
                assertTrue(e.getField(BibTeXEntry.KEY_AUTHOR) == null, "no author field without authors");
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String n : latexToText(e.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).split(" and ")) names.add(n);
            List<String> expected = p.authors().stream().map(a -> a.literal() ? a.family() : a.family() + ", " + a.given()).toList();
            assertEquals(expected, names, p.key());
        }
    }

    @Test
    void citeprocRendersTheCslJsonAsTheReferenceWeShow() throws Exception {
        for (Publication p : Fixtures.ALL.values()) {
            assertEquals(normalise(Cite.referenceText(p)), normalise(citeproc(CslJson.items(List.of(p))).get(0)), p.key());
        }
    }

    /** The archive: every publication page's reference is what citeproc makes of the page's CSL-JSON download. */
    @Test
    void everyArchivePageShowsWhatCiteprocMakesOfItsDownload() throws Exception {
        Path out = Archive.output();
        Map<String, String> shown = new TreeMap<>();
        Map<String, String> rendered = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path json : files.filter(f -> f.getFileName().toString().equals("cite.json")).sorted().toList()) {
                String html = Files.readString(json.resolveSibling("index.html"));
                Matcher m = PAGE_REFERENCE.matcher(html);
                assertTrue(m.find(), "no reference on the page beside " + json);
                String page = out.relativize(json.getParent()).toString();
                shown.put(page, normalise(textOf(m.group(1))));
                rendered.put(page, normalise(citeproc(Files.readString(json)).get(0)));
            }
        }
        assertEquals(Archive.result().site().corpus().publications().size(), shown.size(), "a page without its downloads");
        assertEquals(shown, rendered);
    }

    /** The archive's publications.bib holds every publication once and jbibtex parses all of it. */
    @Test
    void theArchiveBibliographyParses() throws Exception {
        BibTeXDatabase db = parse(Files.readString(Archive.output().resolve("publications.bib")));
        assertEquals(Archive.result().site().corpus().publications().size(), db.getEntries().size());
        for (var d : Archive.result().site().corpus().publications()) {
            assertTrue(db.getEntries().containsKey(new Key(d.key())), d.key());
        }
        List<String> all = citeproc(Files.readString(Archive.output().resolve("publications.json")));
        assertEquals(db.getEntries().size(), all.size());
    }

    /** The text of the page's reference: tags dropped (not made spaces: "<i>Title</i>." reads "Title."), entities decoded. */
    private static String textOf(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static BibTeXDatabase parse(String bib) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase db = parser.parse(new StringReader(bib));
        assertTrue(parser.getExceptions().isEmpty(), () -> parser.getExceptions() + "\n" + bib);
        return db;
    }

    private static String latexToText(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    /** The bibliography entries citeproc-java makes of a CSL-JSON array, as text, in the style's order. */
    @SuppressWarnings("unchecked")
    private static List<String> citeproc(String cslJson) throws IOException {
        List<Object> list = new JsonParser(new JsonLexer(new StringReader(cslJson))).parseArray();
        CSLItemData[] items = list.stream().map(o -> CSLItemData.fromJson((Map<String, Object>) o)).toArray(CSLItemData[]::new);
        CSL csl = new CSL(new ListItemDataProvider(items), "apa", "en-GB");
        csl.setOutputFormat("text");
        csl.registerCitationItems(java.util.Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new));
        return List.of(csl.makeBibliography().getEntries());
    }

    /**
     * The two texts compared without what only typography changes: apa.csl turns straight quotes into the
     * locale's curly ones (and swaps single and double for nesting), which the page keeps as written; runs
     * of white space are one space.
     */
    static String normalise(String s) {
        return s.replaceAll("[\"'‘’“”]", "\"").replaceAll("\\s+", " ").strip();
    }
}
