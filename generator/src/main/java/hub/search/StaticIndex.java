package hub.search;

import hub.model.Document;
import hub.model.OutputFile;
import hub.model.Site;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the static index the browser queries (format in docs/SEARCH-INDEX.md). Scores are
 * computed once, here, by Lucene: for every term, the score its per-term query (the same one
 * {@link Searcher} builds) gives each matching document is stored as that posting's impact, so the
 * browser's score, a sum of impacts, is Lucene's score. Postings and the dictionary of surface
 * forms are cut into chunks by their first two characters, so a query fetches only what its words
 * need; every file name but the manifest carries a hash of its content.
 */
final class StaticIndex {
    static final int SHARD = 10;
    /** Impacts are written as integers in millionths of a score point. */
    static final int SCALE = 1_000_000;

    private StaticIndex() {
    }

    static List<OutputFile> export(Site site, DirectoryReader reader, Analyzer analyzer) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        var stored = reader.storedFields();
        int n = reader.maxDoc();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) keys[i] = stored.document(i).get(Fields.KEY);
        // Browser document numbers follow the key order, whatever order Lucene stored them in.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> keys[i]));
        int[] browserId = new int[n];
        for (int i = 0; i < n; i++) browserId[order[i]] = i;

        TreeSet<String> vocabulary = new TreeSet<>();
        for (String field : Fields.BOOSTS.keySet()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) vocabulary.add(t.utf8ToString());
            }
        }
        Map<String, Map<String, Object>> postingChunks = new TreeMap<>();
        Impacts impacts = new Impacts(searcher, reader);
        for (String term : vocabulary) {
            List<float[]> hits = new ArrayList<>();
            impacts.of(term, (doc, score) -> hits.add(new float[]{browserId[doc], score}));
            // Impact order, so a client can stop early; ties by document number.
            hits.sort((a, b) -> a[1] != b[1] ? Float.compare(b[1], a[1]) : Float.compare(a[0], b[0]));
            List<Object> flat = new ArrayList<>(hits.size() * 2);
            for (float[] h : hits) {
                flat.add((int) h[0]);
                flat.add(Math.round(h[1] * (double) SCALE)); // integers in millionths: short, fast, summed exactly
            }
            postingChunks.computeIfAbsent(prefix(term), k -> new TreeMap<>()).put(term, flat);
        }
        // Dictionary: what people type (a word as the tokenizer cuts it, lower-cased and folded) -> the index term ("" for stop words).
        Map<String, Map<String, Object>> dictChunks = new TreeMap<>();
        Map<String, String> surfaces = new TreeMap<>();
        for (Document d : site.corpus().publications()) {
            var r = site.rendered().get(d.key());
            String text = d.title() + " " + (d.summary() == null ? "" : d.summary()) + " " + (r == null ? "" : r.text()) + " "
                    + String.join(" ", site.taxonomies().termsOf(d.key(), "authors").stream().map(hub.model.Term::label).toList());
            for (String s : surfaceTokens(text)) surfaces.computeIfAbsent(s, x -> analyzedOne(analyzer, x));
        }
        surfaces.forEach((s, t) -> dictChunks.computeIfAbsent(prefix(s), k -> new TreeMap<>()).put(s, t));

        List<OutputFile> files = new ArrayList<>();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("docs", n);
        manifest.put("shard", SHARD);
        manifest.put("scale", SCALE);
        manifest.put("synonyms", Synonyms.of(site));
        Map<String, Object> dictFiles = new TreeMap<>();
        for (var e : dictChunks.entrySet()) dictFiles.put(e.getKey(), add(files, "d-" + e.getKey(), Json.write(e.getValue())));
        Map<String, Object> postFiles = new TreeMap<>();
        for (var e : postingChunks.entrySet()) postFiles.put(e.getKey(), add(files, "p-" + e.getKey(), Json.write(e.getValue())));
        manifest.put("dict", dictFiles);
        manifest.put("post", postFiles);

        // Metadata shards (fetched only for shown results) and one compact facet table.
        Map<String, Document> byKey = site.corpus().byKey();
        List<Object> shards = new ArrayList<>();
        List<String> types = new ArrayList<>(), themes = new ArrayList<>(), places = new ArrayList<>(), years = new ArrayList<>();
        List<Object> facetRows = new ArrayList<>();
        for (int s = 0; s < n; s += SHARD) {
            List<Object> rows = new ArrayList<>();
            for (int i = s; i < Math.min(n, s + SHARD); i++) {
                var sd = stored.document(order[i]);
                Document d = byKey.get(keys[order[i]]);
                String summary = sd.get(Fields.SUMMARY);
                rows.add(List.of(keys[order[i]], sd.get(Fields.TITLE), sd.get(Fields.URL),
                        site.config().type(d.type()).map(t -> t.label()).orElse(d.type()), sd.get(Fields.DATE),
                        summary.length() > 200 ? summary.substring(0, 197) + "..." : summary));
            }
            shards.add(add(files, "m-" + (s / SHARD), Json.write(rows)));
        }
        for (int i = 0; i < n; i++) {
            Document d = byKey.get(keys[order[i]]);
            List<Object> row = new ArrayList<>();
            row.add(index(types, d.type()));
            row.add(index(years, String.valueOf(d.date().getYear())));
            row.add(site.taxonomies().termIdsOf(d.key(), "themes").stream().map(t -> index(themes, t)).toList());
            row.add(site.taxonomies().termIdsOf(d.key(), "places").stream().map(t -> index(places, t)).toList());
            row.add(d.date().toString());
            facetRows.add(row);
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("type", types);
        facets.put("year", years);
        facets.put("theme", themes);
        facets.put("place", places);
        facets.put("labels", labels(site, types, themes, places));
        facets.put("rows", facetRows);
        manifest.put("meta", shards);
        manifest.put("facets", add(files, "f", Json.write(facets)));
        files.add(new OutputFile("search/manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8), null));
        return files;
    }

    private static Map<String, Object> labels(Site site, List<String> types, List<String> themes, List<String> places) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> t = new TreeMap<>();
        for (String id : types) t.put(id, site.config().type(id).map(x -> x.plural()).orElse(id));
        out.put("type", t);
        for (String tax : List.of("themes", "places")) {
            Map<String, String> m = new TreeMap<>();
            for (String id : tax.equals("themes") ? themes : places) {
                m.put(id, site.taxonomies().get(tax).flatMap(x -> x.term(id)).map(hub.model.Term::label).orElse(id));
            }
            out.put(tax.equals("themes") ? "theme" : "place", m);
        }
        return out;
    }

    private static int index(List<String> values, String v) {
        int i = values.indexOf(v);
        if (i >= 0) return i;
        values.add(v);
        return values.size() - 1;
    }

    private static String add(List<OutputFile> files, String name, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String file = "search/" + name + "." + hash(bytes) + ".json";
        files.add(new OutputFile(file, bytes, null));
        return file.substring("search/".length());
    }

    static String hash(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5; i++) sb.append(String.format("%02x", h[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chunk a word belongs to: its first two characters, when they are plain letters or digits. */
    static String prefix(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(2, word.length()); i++) {
            char c = word.charAt(i);
            sb.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '_');
        }
        return sb.length() == 0 ? "_" : sb.toString();
    }

    /** Words as the standard tokenizer cuts them, lower-cased and folded to ASCII: the keys of the dictionary. */
    static List<String> surfaceTokens(String text) {
        return Analysis.terms(Analysis.SURFACE, Fields.BODY, text);
    }

    private static String analyzedOne(Analyzer analyzer, String surface) {
        List<String> t = Analysis.terms(analyzer, Fields.BODY, surface);
        return t.isEmpty() ? "" : t.get(0);
    }
}
