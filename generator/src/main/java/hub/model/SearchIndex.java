package hub.model;

import java.io.IOException;
import java.util.Map;
import java.util.SortedSet;

/**
 * An open search index a build wrote: keep it for many queries (the preview server), close it when done. The
 * search stage implements it; drivers reach it through the build package, so the query types live here.
 */
public interface SearchIndex extends AutoCloseable {
    SearchResults search(SearchRequest request) throws IOException;

    /** The values each filter can take (facet {@code type}, {@code theme}, {@code place}, {@code year} -> ids), for "did you mean". */
    Map<String, SortedSet<String>> filterValues();

    @Override
    void close() throws IOException;
}
