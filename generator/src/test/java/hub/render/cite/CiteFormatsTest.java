package hub.render.cite;

import hub.support.Golden;
import hub.support.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every export of the {@link Fixtures} against its reviewed golden file (src/test/resources/cite/), and the
 * escaping rules of each format one by one, so a failure names the rule.
 */
class CiteFormatsTest {
    @TestFactory
    List<DynamicTest> exportsMatchTheirGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var e : new TreeMap<>(Fixtures.ALL).entrySet()) {
            Publication p = e.getValue();
            Map<String, String> outputs = Map.of(
                    ".bib", Cite.Format.BIBTEX.write(List.of(p)),
                    ".ris", Cite.Format.RIS.write(List.of(p)),
                    ".json", Cite.Format.CSL_JSON.write(List.of(p)),
                    ".apa.html", Cite.referenceHtml(p) + "\n");
            for (var o : new TreeMap<>(outputs).entrySet()) {
                tests.add(DynamicTest.dynamicTest(e.getKey() + o.getKey(),
                        () -> Golden.assertText(Sites.resource("cite").resolve(e.getKey() + o.getKey()), o.getValue())));
            }
        }
        return tests;
    }

    @Test
    void bibTexEscapesTexSpecialCharactersAndAccents() {
        assertEquals("\\{a\\} \\% \\& \\# \\_ \\$ {\\textbackslash} {\\textasciitilde} {\\textasciicircum}", BibTex.escape("{a} % & # _ $ \\ ~ ^"));
        assertEquals("{\\'E}tudes {\\`a} {\\\"o} {\\^{\\i}} {\\c{c}} {\\v{s}} {\\ss} {\\o} {\\r{a}} {\\~n}", BibTex.escape("Études à ö î ç š ß ø å ñ"));
        // Decomposed input (e + combining acute) is the same letter as the precomposed one.
        assertEquals("{\\'e}", BibTex.escape("e\u0301"));
        assertEquals("-- --- `' ``''", BibTex.escape("– — ‘’ “”"));
        // A line break inside a value would be legal, but a control character is not: both become spaces.
        assertEquals("a b c", BibTex.escape("a\nb\u0007c"));
        // Characters TeX has no command for here stay as they are (UTF-8, which Biber reads).
        assertEquals("Ελλάδα", BibTex.escape("Ελλάδα"));
    }

    @Test
    void bibTexBracesOrganisationsAndTitles() {
        String bib = BibTex.entry(Fixtures.ACCENTS);
        assertTrue(bib.contains("author = {P{\\'e}rez, Jean-Luc and van der Berg, Zo{\\\"e} and {What Works Scotland}},"), bib);
        assertTrue(bib.startsWith("@techreport{research-report/etudes-a-fife,\n"), bib);
        assertTrue(bib.contains("  title = {{{\\'E}tudes"), bib);
        assertTrue(bib.contains("  month = jul,\n"), bib);
        assertFalse(BibTex.entry(Fixtures.CORPORATE_POST).contains("month"), "a year-only date has no month");
        // DOIs and URLs are verbatim fields for biblatex and url.sty: written as they are, not TeX-escaped.
        assertTrue(bib.contains("  doi = {10.1234/abc-(1)_x},\n"), bib);
        assertEquals("https://x.example/a%7Bb%7D%5Cc%20d_e%", BibTex.verbatim("https://x.example/a{b}\\c d_e%"));
    }

    @Test
    void risKeepsEveryValueOnOneLineAndEndsLinesWithCrLf() {
        String ris = Ris.record(Fixtures.CORPORATE_POST);
        for (String line : ris.split("\r\n")) assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "not a RIS line: [" + line + "]");
        assertFalse(ris.replace("\r\n", "").contains("\n"), "a bare line break would start a line that is not a tag");
        assertTrue(ris.contains("AB  - First line, second line; third.\r\n"), ris);
        assertTrue(ris.contains("DA  - 2017///\r\n"), "unknown date parts are left empty");
        assertTrue(ris.endsWith("ER  - \r\n"));
        assertTrue(Ris.record(Fixtures.ACCENTS).contains("AU  - Pérez, Jean-Luc\r\nAU  - van der Berg, Zoë\r\nAU  - What Works Scotland\r\n"));
        assertEquals("a b", Ris.oneLine(" a \u2028\u0085 b\u0000"));
    }

    @Test
    void cslJsonWritesOrganisationsAsLiteralNamesAndEscapesStrings() {
        String json = CslJson.items(List.of(Fixtures.ACCENTS));
        assertTrue(json.contains("\"literal\": \"What Works Scotland\""), json);
        assertTrue(json.contains("\"family\": \"van der Berg\",\n        \"given\": \"Zoë\""), json);
        assertTrue(json.contains("\"title\": \"Études à Fife: \\\"evidence\\\" & 100% of {budgets} for #2_North, C:\\\\data ~ ^2 – and ‘more’\""), json);
        assertTrue(json.contains("\"date-parts\": [[2018, 7]]"), json);
        assertTrue(CslJson.items(List.of(Fixtures.CORPORATE_POST)).contains("\"abstract\": \"First line,\\nsecond line;\\r\\n\\tthird.\""));
    }

    @Test
    void apaNamesAndDates() {
        assertEquals("Pérez, J.-L., van der Berg, Z., & What Works Scotland", Apa.authors(Fixtures.ACCENTS.authors()));
        assertEquals("Escobar, O., Weakley, S. A., & Bennett, H.", Apa.authors(Fixtures.WEBINAR.authors()));
        assertEquals("2017, March 14", Apa.date(Fixtures.WEBINAR));
        assertEquals("2018", Apa.date(Fixtures.ACCENTS), "a report shows its year only");
        assertEquals("2017", Apa.date(Fixtures.CORPORATE_POST));
        List<Author> many = new ArrayList<>();
        for (int i = 1; i <= 22; i++) many.add(new Author("Given" + i + " Family" + i, false, null));
        String list = Apa.authors(many);
        assertTrue(list.startsWith("Family1, G., ") && list.endsWith("Family19, G., … Family22, G."), list);
    }

    @Test
    void apaEscapesHtmlAndLinksTheDoi() {
        String html = Cite.referenceHtml(Fixtures.ACCENTS);
        assertTrue(html.contains("&quot;evidence&quot; &amp; 100%"), html);
        assertTrue(html.endsWith("<a href=\"https://doi.org/10.1234/abc-(1)_x\">https://doi.org/10.1234/abc-(1)_x</a>"), html);
        assertFalse(html.contains("hub.example.org/research-reports"), "a DOI replaces the URL");
    }

    @Test
    void doiLinksEncodeWhatAUrlPathCannotHold() {
        assertEquals("https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0",
                Doi.url("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"));
        assertEquals("https://doi.org/10.1234/a%23b%3Fc%25", Doi.url("10.1234/a#b?c%"));
    }

    @Test
    void authorsSplitIntoFamilyAndGivenNames() {
        Author a = new Author("Ludwig van Beethoven", false, null);
        assertEquals("van Beethoven", a.family());
        assertEquals("Ludwig", a.given());
        assertEquals("L.", a.initials());
        Author one = new Author("Madonna", false, null);
        assertTrue(one.literal(), "a one-word name cannot be split");
        assertEquals("What Works Scotland", Fixtures.WWS.family());
        assertEquals(null, Fixtures.WWS.given());
    }
}
