package hub.model;

import java.io.IOException;

/**
 * An open search index a build wrote: keep it for many queries (the preview server), close it when done. The
 * search stage implements it; drivers reach it through the build package, so the query types live here.
 */
public interface SearchIndex extends AutoCloseable {
    SearchResults search(SearchRequest request) throws IOException;

    @Override
    void close() throws IOException;
}
