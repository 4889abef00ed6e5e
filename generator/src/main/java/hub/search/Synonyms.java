package hub.search;

import hub.model.Site;
import hub.model.TaxonomyDef;
import hub.model.TermDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Theme synonyms from site-config.yml expand a query: a query that mentions "co-production" also
 * looks for "partnership". The same table goes into the static index so the browser expands alike.
 */
final class Synonyms {
    static final String FILE = "synonyms.txt";

    private Synonyms() {
    }

    /** Synonym (lower case) -> the words to add (the theme's label). */
    static Map<String, String> of(Site site) {
        Map<String, String> out = new TreeMap<>();
        for (TaxonomyDef t : site.config().taxonomies()) {
            if (!t.id().equals("themes")) continue;
            for (TermDef term : t.terms()) {
                for (String s : term.synonyms()) out.put(s.toLowerCase(Locale.ROOT).strip(), term.label().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The query with the labels of the themes whose synonyms it mentions appended (each once, in table order). */
    static String expand(String query, Map<String, String> table) {
        String q = query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> add = new ArrayList<>();
        for (var e : table.entrySet()) {
            Pattern p = Pattern.compile("(^|[^a-z0-9])" + Pattern.quote(e.getKey()) + "($|[^a-z0-9])");
            if (p.matcher(q).find() && !add.contains(e.getValue())) add.add(e.getValue());
        }
        return add.isEmpty() ? query : query + " " + String.join(" ", add);
    }

    static String write(Map<String, String> table) {
        StringBuilder sb = new StringBuilder();
        table.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    static Map<String, String> read(String text) {
        Map<String, String> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) out.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return out;
    }
}
