package hub.render.cite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hub.model.Genre;
import hub.support.Archive;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema.org JSON-LD: it parses as JSON (Jackson), each thing has the properties its type needs, and no
 * text can break out of the script element it is written into.
 */
class JsonLdTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCRIPT = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final List<JsonLd.Crumb> CRUMBS = List.of(new JsonLd.Crumb("Site", "https://hub.example.org/"),
            new JsonLd.Crumb("Reports", "https://hub.example.org/reports/"), new JsonLd.Crumb("A report", "https://hub.example.org/reports/a/"));

    /** What each type must have: for a work, what Google's article and dataset guidance and schema.org's own examples require. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "Report", List.of("@id", "url", "name", "headline", "author", "datePublished"),
            "ScholarlyArticle", List.of("@id", "url", "name", "headline", "author", "datePublished"),
            "BlogPosting", List.of("@id", "url", "name", "headline", "author", "datePublished"),
            "Chapter", List.of("@id", "url", "name", "headline", "author", "datePublished"),
            "CreativeWork", List.of("@id", "url", "name", "headline", "author", "datePublished"),
            "Article", List.of("@id", "url", "name", "headline", "author", "datePublished"),
            "Event", List.of("@id", "url", "name", "startDate", "location"),
            "Person", List.of("name", "url", "familyName", "givenName"),
            "Organization", List.of("name", "url"),
            "BreadcrumbList", List.of("itemListElement"));

    @Test
    void aHostileTitleCannotLeaveTheScriptElement() throws Exception {
        String hostile = "</script><script>alert(\"x\")</script><!-- & \u2028\u2029 </SCRIPT >";
        Publication p = new Publication("report/x", hostile, List.of(new Author(hostile + " Person", false, null)), LocalDate.of(2018, 1, 2),
                "day", Genre.REPORT, "Report", hostile, "https://hub.example.org/reports/x/", null, null, hostile, "en-GB", null, List.of());
        String ld = JsonLd.publication(p, CRUMBS);
        for (String c : List.of("<", ">", "&", "\u2028", "\u2029")) assertFalse(ld.contains(c), "unescaped " + c + " in " + ld);
        JsonNode thing = JSON.readTree(ld).get("@graph").get(0);
        assertEquals(hostile, thing.get("name").asText(), "the escapes are the same characters to a JSON parser");
        assertEquals(hostile, thing.get("publisher").get("name").asText());
    }

    @Test
    void eachKindOfWorkHasItsTypeAndRequiredProperties() throws Exception {
        for (Publication p : Fixtures.ALL.values()) {
            // A work with no author has none to list (every publication of the archive has one: checked below).
            if (!p.authors().isEmpty()) check(JSON.readTree(JsonLd.publication(p, CRUMBS)), p.key());
        }
        JsonNode event = JSON.readTree(JsonLd.publication(Fixtures.EVENT, CRUMBS)).get("@graph").get(0);
        assertEquals("Event", event.get("@type").asText());
        assertEquals("2018-11-06", event.get("startDate").asText());
        assertEquals("Glasgow", event.get("location").get(0).get("name").asText());
        JsonNode report = JSON.readTree(JsonLd.publication(Fixtures.ACCENTS, CRUMBS)).get("@graph").get(0);
        assertEquals("Report", report.get("@type").asText());
        assertEquals("2018-07", report.get("datePublished").asText(), "a month-only date stays month-only");
        assertEquals("https://doi.org/10.1234/abc-(1)_x", report.get("sameAs").asText());
        assertEquals("DOI", report.get("identifier").get(0).get("propertyID").asText());
        assertEquals("Organization", report.get("author").get(2).get("@type").asText());
        JsonNode person = JSON.readTree(JsonLd.author(new Author("Oliver Escobar", false, "https://hub.example.org/authors/oliver-escobar/"),
                "University of Edinburgh", null, CRUMBS)).get("@graph").get(0);
        assertEquals("Person", person.get("@type").asText());
        assertEquals("University of Edinburgh", person.get("affiliation").get("name").asText());
    }

    /** Every page of the repository's archive: what JSON-LD it has parses and is complete; publications and authors have it. */
    @Test
    void everyArchivePageHasValidJsonLd() throws Exception {
        Path out = Archive.output();
        Map<String, Integer> types = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".html")).sorted().toList()) {
                Matcher m = SCRIPT.matcher(Files.readString(f));
                while (m.find()) {
                    JsonNode root = JSON.readTree(m.group(1));
                    assertEquals("https://schema.org", root.get("@context").asText(), f.toString());
                    for (JsonNode thing : check(root, out.relativize(f).toString())) types.merge(thing.get("@type").asText(), 1, Integer::sum);
                }
            }
        }
        int publications = Archive.result().site().corpus().publications().size();
        int works = types.entrySet().stream().filter(e -> !List.of("BreadcrumbList", "Person", "Organization").contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        assertEquals(publications, works, types.toString());
        assertEquals(2, types.get("Event"), "the archive's two events");
        assertEquals(1, types.get("ScholarlyArticle"), types.toString());
        assertTrue(types.get("Person") >= 13, types.toString());
    }

    /** Checks every thing of a {@code @graph} and returns them. */
    private static List<JsonNode> check(JsonNode root, String where) {
        List<JsonNode> things = new ArrayList<>();
        for (JsonNode thing : root.get("@graph")) {
            String type = thing.get("@type").asText();
            List<String> required = REQUIRED.get(type);
            assertTrue(required != null, where + ": unexpected type " + type);
            for (String prop : required) {
                if (type.equals("Person") && (prop.equals("familyName") || prop.equals("givenName")) && !thing.get("name").asText().contains(" ")) continue;
                assertTrue(thing.hasNonNull(prop), where + ": " + type + " without " + prop);
            }
            if (type.equals("BreadcrumbList")) {
                int position = 1;
                for (JsonNode item : thing.get("itemListElement")) {
                    assertEquals(position++, item.get("position").asInt(), where);
                    assertTrue(item.get("item").asText().startsWith("https://"), where);
                    assertFalse(item.get("name").asText().isEmpty(), where);
                }
            }
            if (thing.has("author")) for (JsonNode a : thing.get("author")) assertTrue(a.hasNonNull("name"), where);
            things.add(thing);
        }
        return things;
    }
}
