package hub.build;

import hub.model.SearchFilters;
import hub.model.SearchHit;
import hub.model.SearchIndex;
import hub.search.Search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The search entry for drivers (CLI, preview): where a build left its index, and querying it. */
public final class SearchQuery {
    private SearchQuery() {
    }

    /** The work directory of a build whose output went to {@code out} ({@link BuildOptions#workDirOf}). */
    public static Path workDir(Path out) {
        return BuildOptions.workDirOf(out);
    }

    /** Opens the index the build wrote into {@code workDir} (throws NoSuchFileException when there is none). */
    public static SearchIndex open(Path workDir) throws IOException {
        return Search.open(workDir);
    }

    public static List<SearchHit> run(Path out, String query, SearchFilters filters, int limit) throws IOException {
        return Search.query(workDir(out), query, filters, limit);
    }
}
