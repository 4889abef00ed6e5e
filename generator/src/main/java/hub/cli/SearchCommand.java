package hub.cli;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import hub.model.SearchResults;
import hub.build.ExitCode;
import hub.build.SearchQuery;
import hub.text.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the Lucene index of the last build: ranked results with excerpts.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "Words (any may match; more matches rank higher) and \"quoted phrases\".")
    String query;

    @Option(names = "--type", paramLabel = "ID") String type;
    @Option(names = "--theme", paramLabel = "ID") String theme;
    @Option(names = "--place", paramLabel = "ID") String place;
    @Option(names = "--year", paramLabel = "YYYY") String year;
    @Option(names = {"-n", "--limit"}, defaultValue = "10", paramLabel = "N", description = "How many results (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--json", description = "Print results as JSON.") boolean json;
    @Option(names = "--prefix", description = "Treat the last word as the start of a word (as the search page does while you type).") boolean prefix;
    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER", description = "relevance or date (newest first).") String sort;
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml", description = "The site configuration (default: ${DEFAULT-VALUE}).") Path config;
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "The output folder of the build to search (default: public/ beside the config).") Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Path target = out != null ? out : config.toAbsolutePath().getParent().resolve("public");
        if (!sort.equals("relevance") && !sort.equals("date")) {
            spec.commandLine().getErr().println("hub: --sort must be relevance or date, not " + sort);
            return ExitCode.USAGE.code();
        }
        SearchResults results;
        try (SearchIndex index = SearchQuery.open(SearchQuery.workDir(target))) {
            results = index.search(new SearchRequest(query, new SearchFilters(type, theme, place, year), prefix, sort.equals("date"), Math.max(1, limit)));
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("hub: no search index at " + SearchQuery.workDir(target) + "\n  hint: run ./hub build first");
            return ExitCode.USAGE.code();
        }
        List<SearchHit> hits = results.hits();
        if (json) {
            StringBuilder sb = new StringBuilder("{\"query\":").append(Json.quote(query)).append(",\"total\":").append(results.total()).append(",\"hits\":[");
            for (int i = 0; i < hits.size(); i++) {
                SearchHit h = hits.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("  {\"rank\":").append(i + 1).append(",\"key\":").append(Json.quote(h.key()))
                        .append(",\"title\":").append(Json.quote(h.title())).append(",\"url\":").append(Json.quote(h.url()))
                        .append(",\"type\":").append(Json.quote(h.type())).append(",\"date\":").append(Json.quote(h.date()))
                        .append(",\"score\":").append(h.score())
                        .append(",\"excerpt\":").append(Json.quote(h.excerpt())).append('}');
            }
            sb.append(hits.isEmpty() ? "]" : "\n]").append(",\"facets\":{");
            boolean firstFacet = true;
            for (var f : results.facets().entrySet()) {
                sb.append(firstFacet ? "" : ",").append(Json.quote(f.getKey())).append(":{");
                firstFacet = false;
                boolean first = true;
                for (var v : f.getValue().entrySet()) {
                    sb.append(first ? "" : ",").append(Json.quote(v.getKey())).append(':').append(v.getValue());
                    first = false;
                }
                sb.append('}');
            }
            o.println(sb.append("}}"));
        } else if (hits.isEmpty()) {
            o.println("No results for " + asTyped(query) + ".");
        } else {
            o.printf(Locale.ROOT, "%d result%s for %s%s%n", results.total(), results.total() == 1 ? "" : "s", asTyped(query),
                    results.total() > hits.size() ? ", the first " + hits.size() + ":" : ":");
            for (int i = 0; i < hits.size(); i++) {
                SearchHit h = hits.get(i);
                o.printf(Locale.ROOT, "%d. %s  (%.3f)%n   %s%n   %s%n", i + 1, h.title(), h.score(), h.url(),
                        h.excerpt().replace("<b>", "[").replace("</b>", "]"));
            }
        }
        o.flush();
        return ExitCode.OK.code();
    }

    /** The query in quotes, or as typed when it has quotes of its own (a phrase): never ""like this"". */
    private static String asTyped(String query) {
        return query.indexOf('"') >= 0 ? query : "\"" + query + "\"";
    }
}
