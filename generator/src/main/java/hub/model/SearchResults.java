package hub.model;

import java.util.List;
import java.util.Map;

/** The shown hits, how many documents matched, and facet counts (facet -> value id -> count) over all of them. */
public record SearchResults(int total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {
}
