package hub.cli;

import hub.build.SearchQuery;
import hub.search.Search;
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
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml", description = "The site configuration (default: ${DEFAULT-VALUE}).") Path config;
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "The output folder of the build to search (default: public/ beside the config).") Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Path target = out != null ? out : config.toAbsolutePath().getParent().resolve("public");
        List<Search.Hit> hits;
        try {
            hits = SearchQuery.run(target, query, new Search.Filters(type, theme, place, year), Math.max(1, limit));
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("hub: no search index at " + SearchQuery.workDir(target) + "\n  hint: run ./hub build first");
            return Main.USAGE;
        }
        if (json) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < hits.size(); i++) {
                Search.Hit h = hits.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("  {\"rank\":").append(i + 1).append(",\"key\":").append(q(h.key()))
                        .append(",\"title\":").append(q(h.title())).append(",\"url\":").append(q(h.url()))
                        .append(",\"type\":").append(q(h.type())).append(",\"date\":").append(q(h.date()))
                        .append(",\"score\":").append(String.format(Locale.ROOT, "%.4f", h.score()))
                        .append(",\"excerpt\":").append(q(h.excerpt())).append('}');
            }
            o.println(sb.append(hits.isEmpty() ? "]" : "\n]"));
        } else if (hits.isEmpty()) {
            o.println("No results for \"" + query + "\".");
        } else {
            for (int i = 0; i < hits.size(); i++) {
                Search.Hit h = hits.get(i);
                o.printf(Locale.ROOT, "%d. %s  (%.3f)%n   %s%n   %s%n", i + 1, h.title(), h.score(), h.url(),
                        h.excerpt().replace("<b>", "[").replace("</b>", "]"));
            }
        }
        o.flush();
        return Main.OK;
    }

    private static String q(String s) {
        return s == null ? "null" : hub.diagnostic.DiagnosticFormat.quote(s);
    }
}
