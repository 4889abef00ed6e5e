package hub.search;

import hub.model.SearchFilters;
import hub.model.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hub.support.Sites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the shipped client, static/js/search.js (built from client/src/ by client/build.sh), in Node (src/test/resources/search/run-client.js) over a built site. */
public final class Client {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** One query as the parity tests ask it of both sides. */
    public record Query(String q, boolean prefix, SearchFilters filters, boolean byDate) {
        public static Query of(String q) {
            return new Query(q, false, SearchFilters.NONE, false);
        }

        SearchRequest request(int limit) {
            return new SearchRequest(q, filters, prefix, byDate, limit);
        }
    }

    private Client() {
    }

    /** The shipped client, static/js/search.js, as sites serve it. */
    public static Path shipped() {
        return Sites.repositoryRoot().resolve("static/js/search.js");
    }

    public static JsonNode run(Path site, Path tmp, ObjectNode job) throws IOException, InterruptedException {
        return run(shipped(), site, tmp, job);
    }

    /** Runs {@code script} (a build of the client: the shipped file, or the modules joined) over {@code site}'s static index. */
    public static JsonNode run(Path script, Path site, Path tmp, ObjectNode job) throws IOException, InterruptedException {
        Path jobFile = Files.createTempFile(tmp, "job", ".json");
        Files.writeString(jobFile, JSON.writeValueAsString(job));
        Path err = Files.createTempFile(tmp, "node", ".err");
        Process node = new ProcessBuilder(node(), Sites.resource("search/run-client.js").toString(),
                script.toString(), site.toString(), jobFile.toString())
                .redirectError(err.toFile()).start();
        byte[] out = node.getInputStream().readAllBytes();
        if (!node.waitFor(300, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new AssertionError("node failed: " + Files.readString(err));
        }
        return JSON.readTree(out);
    }

    static String node() {
        return Files.isExecutable(Path.of("/usr/bin/node")) ? "/usr/bin/node" : "node";
    }

    public static List<JsonNode> search(Path site, Path tmp, List<Query> queries) throws IOException, InterruptedException {
        List<JsonNode> out = new ArrayList<>();
        run(site, tmp, queriesJob(queries)).forEach(out::add);
        return out;
    }

    /** The job of {@link #search}: the queries as run-client.js reads them. */
    public static ObjectNode queriesJob(List<Query> queries) {
        ObjectNode job = JSON.createObjectNode();
        ArrayNode qs = job.putArray("queries");
        for (Query q : queries) {
            ObjectNode o = qs.addObject();
            o.put("q", q.q()).put("prefix", q.prefix()).put("sort", q.byDate() ? "date" : "relevance");
            ObjectNode f = o.putObject("filters");
            SearchFilters fl = q.filters();
            if (fl.type() != null) f.put("type", fl.type());
            if (fl.theme() != null) f.put("theme", fl.theme());
            if (fl.place() != null) f.put("place", fl.place());
            if (fl.year() != null) f.put("year", fl.year());
        }
        return job;
    }

    static List<List<String>> surfaces(Path site, Path tmp, List<String> texts) throws IOException, InterruptedException {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode row : run(site, tmp, surfacesJob(texts))) out.add(strings(row));
        return out;
    }

    /** The job of {@link #surfaces}: texts to cut into words as the client does. */
    public static ObjectNode surfacesJob(List<String> texts) {
        ObjectNode job = JSON.createObjectNode();
        ArrayNode ts = job.putArray("texts");
        texts.forEach(ts::add);
        return job;
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Map<String, Map<String, Integer>> facets(JsonNode node) {
        return JSON.convertValue(node, new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, Map<String, Integer>>>() {
        });
    }
}
