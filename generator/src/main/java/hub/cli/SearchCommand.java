package hub.cli;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.model.SearchRequest;
import hub.model.SearchResults;
import hub.build.ExitCode;
import hub.diagnostic.Suggest;
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
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the Lucene index of the last build: ranked results with excerpts.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Words (any may match; more matches rank higher) and \"quoted phrases\". "
            + "Leave it out (or give \"\") with a filter to list every publication that has it, newest first.")
    String query = "";

    @Option(names = "--type", paramLabel = "ID", description = "Only publications of this content type (an id from site-config.yml).") String type;
    @Option(names = "--theme", paramLabel = "ID", description = "Only publications with this theme (a term id, e.g. participation).") String theme;
    @Option(names = "--place", paramLabel = "ID", description = "Only publications with this place (a term id, e.g. fife).") String place;
    @Option(names = "--year", paramLabel = "YYYY", description = "Only publications of this year.") String year;
    @Option(names = {"-n", "--limit"}, defaultValue = "10", paramLabel = "N", description = "How many results (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--page", defaultValue = "1", paramLabel = "P", description = "Which page of N results (default: ${DEFAULT-VALUE}).") int page;
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
        if (page < 1) {
            spec.commandLine().getErr().println("--page: error: pages count from 1, not " + page);
            return ExitCode.USAGE.code();
        }
        SearchFilters filters = new SearchFilters(type, theme, place, year);
        if (query.isBlank() && filters.isEmpty()) {
            spec.commandLine().getErr().println("hub: search needs words or a filter\n  hint: ./hub search \"community planning\", or ./hub search --place fife");
            return ExitCode.USAGE.code();
        }
        SearchResults results;
        int n = Math.max(1, limit), offset = (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * n);
        try (SearchIndex index = SearchQuery.open(SearchQuery.workDir(target))) {
            String unknown = unknownFilter(index.filterValues(), filters);
            if (unknown != null) {
                spec.commandLine().getErr().println(unknown);
                return ExitCode.USAGE.code();
            }
            results = index.search(new SearchRequest(query, filters, prefix, sort.equals("date"), n, offset));
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
            o.println(results.total() > 0 ? "No page " + page + ": " + results.total() + " result" + (results.total() == 1 ? "" : "s") + " in all."
                    : "No results for " + what(filters) + ".");
        } else {
            boolean browse = query.isBlank();
            String shown = results.total() <= hits.size() ? ":"
                    : offset == 0 ? ", the first " + hits.size() + ":" : ", " + (offset + 1) + " to " + (offset + hits.size()) + ":";
            o.printf(Locale.ROOT, "%d %s for %s%s%s%n", results.total(), browse ? (results.total() == 1 ? "publication" : "publications")
                    : (results.total() == 1 ? "result" : "results"), what(filters), browse ? ", newest first" : "", shown);
            for (int i = 0; i < hits.size(); i++) {
                SearchHit h = hits.get(i);
                if (browse) o.printf(Locale.ROOT, "%d. %s  (%s)%n   %s%n   %s%n", offset + i + 1, h.title(), h.date(), h.url(), h.excerpt());
                else o.printf(Locale.ROOT, "%d. %s  (%.3f)%n   %s%n   %s%n", offset + i + 1, h.title(), h.score(), h.url(),
                        h.excerpt().replace("<b>", "[").replace("</b>", "]"));
            }
            // Say how to see the rest, as the search page's "show more" does.
            if (offset + hits.size() < results.total()) o.println("More: the same command with --page " + (page + 1) + ".");
        }
        o.flush();
        return ExitCode.OK.code();
    }

    /** The query and the filters, as the summary line names them: "fife" with place fife. */
    private String what(SearchFilters f) {
        StringBuilder sb = new StringBuilder(query.isBlank() ? "" : asTyped(query));
        String[][] named = {{"type", f.type()}, {"theme", f.theme()}, {"place", f.place()}, {"year", f.year()}};
        String sep = query.isBlank() ? "" : " with ";
        for (String[] nv : named) {
            if (nv[1] == null) continue;
            sb.append(sep).append(nv[0]).append(' ').append(nv[1]);
            sep = ", ";
        }
        return sb.toString();
    }

    /**
     * The error for a filter value no publication has (a typo such as --place fif, which would otherwise find
     * nothing and say only that), with the nearest value that exists; null when every filter is a known value.
     */
    static String unknownFilter(Map<String, SortedSet<String>> values, SearchFilters f) {
        String[][] named = {{"type", f.type()}, {"theme", f.theme()}, {"place", f.place()}, {"year", f.year()}};
        for (String[] nv : named) {
            if (nv[1] == null) continue;
            SortedSet<String> known = values.getOrDefault(nv[0], new TreeSet<>());
            if (known.contains(nv[1])) continue;
            return "--" + nv[0] + ": error: no publication has " + nv[0] + " '" + nv[1] + "'\n  hint: "
                    + (known.isEmpty() ? "no publication has any " + nv[0] : Suggest.hint(nv[1], known));
        }
        return null;
    }

    /** The query in quotes, or as typed when it has quotes of its own (a phrase): never ""like this"". */
    private static String asTyped(String query) {
        return query.indexOf('"') >= 0 ? query : "\"" + query + "\"";
    }
}
