package hub.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hub.support.Archive;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped client (static/js/search.js, in Node) reads the manifest's "version": over an index of another format,
 * or of none, every search rejects with an IndexVersionError whose message the search page shows (hub.browser's
 * SearchIndexVersionTest checks the page), and nothing is thrown uncaught (Node would exit non-zero). The same
 * queries over the index as built are answered, so what fails fails for the version alone.
 */
class ClientIndexVersionTest {
    @TempDir
    Path tmp;

    @Test
    void anIndexOfAnotherVersionFailsEverySearchWithAMessageToShow() throws Exception {
        // The shared archive's static index, copied: this test rewrites its manifest.
        Path out = tmp.resolve("public");
        Sites.copyTree(Archive.output().resolve("search"), out.resolve("search"));
        Path manifestFile = out.resolve("search/manifest.json");
        ObjectNode manifest = (ObjectNode) Client.JSON.readTree(manifestFile.toFile());
        assertEquals(4, manifest.path("version").asInt(), "the index format the build writes is the one the client reads");

        for (JsonNode r : run(out)) {
            assertFalse(r.has("error"), "answered over the index as built: " + r);
            assertTrue(r.get("keys").size() > 0, "finds something: " + r);
        }

        manifest.put("version", 99);
        Client.JSON.writeValue(manifestFile.toFile(), manifest);
        for (JsonNode r : run(out)) {
            assertEquals("IndexVersionError", r.at("/error/name").asText(), r.toString());
            assertEquals("The search index was made by a different version of hub (index format 99; this page reads format 4): rebuild the site.",
                    r.at("/error/message").asText());
        }

        manifest.remove("version");
        Client.JSON.writeValue(manifestFile.toFile(), manifest);
        for (JsonNode r : run(out)) {
            assertEquals("IndexVersionError", r.at("/error/name").asText(), r.toString());
            assertTrue(r.at("/error/message").asText().contains("(index format none; this page reads format 4)"), r.toString());
        }
    }

    /** A plain query, a prefix, a phrase and a filter (each with every posting loaded too), failures reported, not thrown. */
    private List<JsonNode> run(Path site) throws Exception {
        ObjectNode job = Client.JSON.createObjectNode().put("errors", true);
        ArrayNode qs = job.putArray("queries");
        qs.addObject().put("q", "participatory budgeting");
        qs.addObject().put("q", "community anch").put("prefix", true);
        qs.addObject().put("q", "\"community anchor\"");
        qs.addObject().put("q", "leadership").putObject("filters").put("type", "policy-briefing");
        List<JsonNode> out = new ArrayList<>();
        Client.run(site, tmp, job).forEach(out::add);
        assertEquals(4, out.size());
        return out;
    }
}
