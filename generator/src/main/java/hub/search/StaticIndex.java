package hub.search;

import hub.model.Document;
import hub.model.OutputFile;
import hub.model.Site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exports the static index the browser queries (format in docs/SEARCH-INDEX.md). The dictionary
 * and the terms are sorted and cut into chunks of about {@link #CHUNK} bytes, with the first key of
 * each chunk in the manifest, so a query fetches only the chunks its words fall in. A term's
 * postings are in impact order: the first {@link #HEAD} travel in its chunk, the rest in blocks of
 * growing size fetched one at a time only while the loaded part cannot settle the top 10. Per-document metadata and term
 * sequences (for phrases) are fetched only for the documents a query shows. Every file name but the
 * manifest carries a hash of its content.
 */
final class StaticIndex {
    static final int HEAD = 24, CHUNK = 6000, EXCERPT_CHARS = 900;

    private StaticIndex() {
    }

    static List<OutputFile> export(Site site, List<Document> docs, List<Tokens.Doc> analysed, Map<String, Impacts.Postings> impacts,
                                   Vocabulary vocabulary, List<QueryPlan.Synonym> synonyms, Search.Steps steps) {
        Map<String, OutputFile> files = new LinkedHashMap<>();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 2);
        manifest.put("docs", docs.size());
        manifest.put("head", HEAD);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("prefixTerms", QueryPlan.PREFIX_TERMS);
        params.put("prefixMin", QueryPlan.PREFIX_MIN);
        params.put("typoMin", QueryPlan.TYPO_MIN);
        params.put("typoTerms", QueryPlan.TYPO_TERMS);
        params.put("rareDf", QueryPlan.RARE_DF);
        manifest.put("params", params);
        manifest.put("stop", Analysis.stopWords());
        manifest.put("synonyms", synonyms.stream().map(s -> List.of(s.words(), s.label())).toList());

        // Dictionary: surface form -> [surface, term (0 when the same), df].
        List<Map.Entry<String, Object>> dict = new ArrayList<>();
        Map<String, List<String>> surfacesOf = new TreeMap<>();
        for (Vocabulary.Entry e : vocabulary.all()) {
            dict.add(Map.entry(e.surface(), List.of(e.surface(), e.term().equals(e.surface()) ? 0 : e.term(), e.df())));
            surfacesOf.computeIfAbsent(e.term(), k -> new ArrayList<>()).add(e.surface());
        }
        manifest.put("dict", chunks(files, "d", dict, false));

        // Terms: term -> [df, [doc, impact, ...] (head), tail file or 0, [surface forms, for highlighting]].
        List<Map.Entry<String, Object>> terms = new ArrayList<>();
        for (var e : impacts.entrySet()) {
            Impacts.Postings p = e.getValue();
            int head = Math.min(HEAD, p.size());
            // The rest in blocks that double in size: a query that needs a little more than the head fetches a little more.
            Object tail = 0;
            if (p.size() > head) {
                List<Object> blocks = new ArrayList<>();
                for (int from = head, size = 4 * HEAD; from < p.size(); from += size, size *= 2) {
                    blocks.add(add(files, "x", Json.write(flat(p, from, Math.min(p.size(), from + size)))));
                }
                tail = blocks;
            }
            terms.add(Map.entry(e.getKey(), List.of(p.size(), flat(p, 0, head), tail, surfacesOf.getOrDefault(e.getKey(), List.of()))));
        }
        manifest.put("terms", chunks(files, "t", terms, true));
        steps.done("export terms");

        // Per document: metadata and an excerpt source (shown results only), term sequences (phrases only).
        // In parallel per document, collected in document order; term sequences from the tokens the index was made of.
        List<String[]> perDoc = java.util.stream.IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
            Document d = docs.get(i);
            Tokens.Doc tok = analysed.get(i);
            String summary = d.summary() == null ? "" : d.summary();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", d.key());
            m.put("title", d.title());
            m.put("url", site.config().basePath() + site.urls().pathOf(d.key()));
            m.put("type", site.config().type(d.type()).map(t -> t.label()).orElse(d.type()));
            m.put("date", d.date().toString());
            m.put("summary", summary);
            m.put("text", cut(IndexWriterStage.text(site, d), EXCERPT_CHARS));
            List<String> seq = new ArrayList<>();
            seq.add(String.join(" ", tok.title().positions()));
            seq.add(String.join(" ", tok.summary().positions()));
            seq.add(String.join(" ", tok.body().positions()));
            seq.add(String.join(" ", tok.authors().positions()));
            return new String[]{Json.write(m), Json.write(seq)};
        }).toList();
        steps.done("export documents");
        List<String> docJson = perDoc.stream().map(x -> x[0]).toList(), seqJson = perDoc.stream().map(x -> x[1]).toList();
        manifest.put("docDir", folder(files, "doc", docJson));
        manifest.put("seqDir", folder(files, "seq", seqJson));
        manifest.put("facets", add(files, "f", Json.write(FacetTable.of(site, docs))));
        files.put("search/manifest.json", new OutputFile("search/manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8), null));
        steps.done("export files");
        return new ArrayList<>(files.values());
    }

    private static List<Object> flat(Impacts.Postings p, int from, int to) {
        List<Object> out = new ArrayList<>((to - from) * 2);
        for (int i = from; i < to; i++) {
            out.add(p.docs()[i]);
            out.add(p.impacts()[i]);
        }
        return out;
    }

    /** Cuts sorted entries into chunks of about CHUNK bytes; returns [[first key, file], ...] for the manifest. */
    private static List<Object> chunks(Map<String, OutputFile> files, String kind, List<Map.Entry<String, Object>> entries, boolean asObject) {
        List<Object> ranges = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            String first = entries.get(i).getKey();
            Map<String, Object> obj = new LinkedHashMap<>();
            List<Object> arr = new ArrayList<>();
            int size = 0;
            while (i < entries.size() && (size == 0 || size < CHUNK)) {
                String json = Json.write(entries.get(i).getValue());
                size += json.length() + entries.get(i).getKey().length() + 4;
                if (asObject) obj.put(entries.get(i).getKey(), entries.get(i).getValue());
                else arr.add(entries.get(i).getValue());
                i++;
            }
            ranges.add(List.of(first, add(files, kind, Json.write(asObject ? obj : arr))));
        }
        return ranges;
    }

    /** One file per document in a folder named after the hash of all of them (the manifest would not hold a hash per document). */
    private static String folder(Map<String, OutputFile> files, String kind, List<String> perDoc) {
        String dir = kind + "-" + hash(String.join("\n", perDoc).getBytes(StandardCharsets.UTF_8)) + "/";
        for (int i = 0; i < perDoc.size(); i++) {
            String path = "search/" + dir + i + ".json";
            files.put(path, new OutputFile(path, perDoc.get(i).getBytes(StandardCharsets.UTF_8), null));
        }
        return dir;
    }

    private static String cut(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() <= max) return t;
        int sp = t.lastIndexOf(' ', max);
        return t.substring(0, sp > max / 2 ? sp : max);
    }

    private static String add(Map<String, OutputFile> files, String name, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String file = name + "." + hash(bytes) + ".json";
        // Two terms may share a tail (same documents, same impacts): one file serves both.
        files.putIfAbsent("search/" + file, new OutputFile("search/" + file, bytes, null));
        return file;
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
}
