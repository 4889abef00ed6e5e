package hub.search;

import hub.model.Document;
import hub.model.Site;
import hub.model.TaxonomyRole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facet table of the static index: value lists with labels, and one row per document
 * [type, year, [themes], [places], date] as indexes into those lists (the taxonomies with those roles). The browser needs it to
 * filter, to sort by date and to count facets, so it fetches it only for those.
 */
final class FacetTable {
    private FacetTable() {
    }

    static Map<String, Object> of(Site site, List<Document> docs) {
        List<String> types = new ArrayList<>(), years = new ArrayList<>(), themes = new ArrayList<>(), places = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (Document d : docs) {
            List<Object> row = new ArrayList<>();
            row.add(index(types, d.type()));
            row.add(index(years, String.valueOf(d.date().getYear())));
            row.add(site.taxonomies().termIdsOf(d.key(), TaxonomyRole.THEMES).stream().map(t -> index(themes, t)).toList());
            row.add(site.taxonomies().termIdsOf(d.key(), TaxonomyRole.PLACES).stream().map(t -> index(places, t)).toList());
            row.add(d.date().toString());
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", types);
        out.put("year", years);
        out.put("theme", themes);
        out.put("place", places);
        out.put("labels", labels(site, types, themes, places));
        out.put("rows", rows);
        return out;
    }

    private static Map<String, Object> labels(Site site, List<String> types, List<String> themes, List<String> places) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> t = new TreeMap<>();
        for (String id : types) t.put(id, site.config().type(id).map(x -> x.plural()).orElse(id));
        out.put("type", t);
        for (TaxonomyRole role : List.of(TaxonomyRole.THEMES, TaxonomyRole.PLACES)) {
            Map<String, String> m = new TreeMap<>();
            for (String id : role == TaxonomyRole.THEMES ? themes : places) {
                m.put(id, site.taxonomies().withRole(role).flatMap(x -> x.term(id)).map(hub.model.Term::label).orElse(id));
            }
            out.put(role == TaxonomyRole.THEMES ? "theme" : "place", m);
        }
        return out;
    }

    private static int index(List<String> values, String v) {
        int i = values.indexOf(v);
        if (i >= 0) return i;
        values.add(v);
        return values.size() - 1;
    }
}
