package hub.build;

import hub.search.Search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The search entry for drivers (CLI, preview): where a build left its index, and querying it. */
public final class SearchQuery {
    private SearchQuery() {
    }

    /** The work directory of a build whose output went to {@code out}. */
    public static Path workDir(Path out) {
        return out.toAbsolutePath().getParent().resolve(".hub");
    }

    public static List<Search.Hit> run(Path out, String query, Search.Filters filters, int limit) throws IOException {
        return Search.query(workDir(out), query, filters, limit);
    }
}
