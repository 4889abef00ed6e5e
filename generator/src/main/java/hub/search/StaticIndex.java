package hub.search;

import hub.model.Document;
import hub.model.FileSink;
import hub.model.OutputFile;
import hub.model.Site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
    static final int HEAD = 24, CHUNK = 3000, EXCERPT_CHARS = 900;

    private StaticIndex() {
    }

    /** Files of the index on their way to the site's sink, each path once; remembers the paths written. */
    static final class Files {
        private final FileSink sink;
        private final java.util.Set<String> paths = new java.util.LinkedHashSet<>();

        Files(FileSink sink) {
            this.sink = sink;
        }

        void put(String path, byte[] bytes) {
            if (paths.add(path)) sink.write(new OutputFile(path, bytes, null));
        }

        List<String> paths() {
            return new ArrayList<>(paths);
        }
    }

    /** Writes the static index into {@code sink}; returns the paths of its files. */
    static List<String> export(Site site, List<Document> docs, List<DocFiles> perDoc, Map<String, Impacts.Postings> impacts,
                               Vocabulary vocabulary, List<QueryPlan.Synonym> synonyms, FileSink sink, Search.Steps steps) {
        Files files = new Files(sink);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 3);
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

        // Dictionary: surface form -> [surface, term (0 when the same), df, term id]. With the id the client can fetch a
        // term's first tail block in the same round as its term chunk.
        Map<String, Integer> ids = termIds(impacts);
        List<Map.Entry<String, String>> dict = new ArrayList<>();
        Map<String, List<String>> surfacesOf = new TreeMap<>();
        for (Vocabulary.Entry e : vocabulary.all()) {
            dict.add(Map.entry(e.surface(), Json.write(List.of(e.surface(), e.term().equals(e.surface()) ? 0 : e.term(), e.df(), ids.get(e.term())))));
            surfacesOf.computeIfAbsent(e.term(), k -> new ArrayList<>()).add(e.surface());
        }
        manifest.put("dict", chunks(files, "d", dict, false));

        // Terms: term -> [df, [impact bits, [docs], ...] (head, see flat), 1 when it has tail blocks or 0, [surface forms,
        // for highlighting], id]. Postings are most of the index: each term's JSON and tail blocks are made once, in
        // parallel, then added in term order. The tail blocks of all terms share one hash (x.<hash>.<term id>.<i>.json; the
        // client counts a term's blocks from its df).
        List<String> termKeys = new ArrayList<>(impacts.keySet());
        List<TermJson> termJson = IntStream.range(0, termKeys.size()).parallel()
                .mapToObj(i -> termJson(termKeys.get(i), impacts.get(termKeys.get(i)), surfacesOf)).toList();
        List<Map.Entry<String, String>> terms = new ArrayList<>(termJson.size());
        List<byte[]> tails = new ArrayList<>();
        for (TermJson t : termJson) {
            terms.add(Map.entry(t.term(), "[" + t.df() + "," + t.head() + "," + (t.tail().isEmpty() ? 0 : 1) + "," + t.surfaces() + "," + ids.get(t.term()) + "]"));
            t.tail().forEach(block -> tails.add(utf8(block)));
        }
        String tailHash = hashOf(tails);
        int next = 0;
        for (TermJson t : termJson) {
            for (int i = 0; i < t.tail().size(); i++) {
                add(files, new Blob("x." + tailHash + "." + ids.get(t.term()) + "." + i + ".json", tails.get(next++)));
            }
        }
        manifest.put("terms", chunks(files, "t", terms, true));
        manifest.put("tails", tailHash);
        steps.done("export terms");

        // Per document: metadata and an excerpt source (shown results only), made while indexing; term sequences (phrases only).
        List<byte[]> docJson = perDoc.stream().map(DocFiles::meta).toList();
        Map<String, byte[]> idDigits = digits(ids);
        List<byte[]> seqJson = IntStream.range(0, perDoc.size()).parallel().mapToObj(i -> sequences(perDoc.get(i).sequences(), idDigits)).toList();
        manifest.put("docDir", folder(files, "doc", docJson));
        manifest.put("seqDir", folder(files, "seq", seqJson));
        manifest.put("facets", add(files, "f", Json.write(FacetTable.of(site, docs))));
        files.put("search/manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
        steps.done("export files");
        return files.paths();
    }

    /**
     * A document's files as indexing leaves them: its metadata and an excerpt source (for shown results), and its index
     * terms by position per field (title, summary, body, authors; {@link Analysis#GAP} for a stop word), from the tokens
     * the index was made of, written as term ids at export (for phrases).
     */
    record DocFiles(byte[] meta, Sequence[] sequences) {
    }

    /** A field's index terms with their position increments (more than 1 after stop words), as tokenising left them. */
    record Sequence(String[] terms, int[] increments, int size) {
    }

    static DocFiles documentFiles(Site site, Document d, Tokens.Doc tok) {
        String summary = d.summary() == null ? "" : d.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", d.key());
        m.put("title", d.title());
        m.put("url", site.config().basePath() + site.urls().pathOf(d.key()));
        m.put("type", site.config().type(d.type()).map(t -> t.label()).orElse(d.type()));
        m.put("date", d.date().toString());
        m.put("summary", summary);
        m.put("text", cut(IndexWriterStage.text(site, d), EXCERPT_CHARS));
        // The token arrays themselves (terms and position increments), not copies; offsets are left to die with the tokens.
        Sequence[] sequences = Stream.of(tok.title(), tok.summary(), tok.body(), tok.authors())
                .map(f -> new Sequence(f.terms(), f.increments(), f.size())).toArray(Sequence[]::new);
        return new DocFiles(Json.write(m).getBytes(StandardCharsets.UTF_8), sequences);
    }

    /**
     * Term ids for the term sequences: 1, 2, ... by document frequency, most frequent first, then by term, so the words
     * most text is made of have the shortest numbers (0 is a stop word's gap). Numbers instead of the terms themselves
     * make the sequence files about 45% smaller after gzip on the bench corpus.
     */
    private static Map<String, Integer> termIds(Map<String, Impacts.Postings> impacts) {
        List<String> order = new ArrayList<>(impacts.keySet());
        order.sort(Comparator.comparingInt((String t) -> -impacts.get(t).size()).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> ids = new HashMap<>(2 * order.size());
        for (int i = 0; i < order.size(); i++) ids.put(order.get(i), i + 1);
        return ids;
    }

    /** Each term id's decimal digits, for {@link #sequences}. */
    private static Map<String, byte[]> digits(Map<String, Integer> ids) {
        Map<String, byte[]> out = new HashMap<>(2 * ids.size());
        ids.forEach((term, id) -> out.put(term, utf8(Integer.toString(id))));
        return out;
    }

    /**
     * A document's term sequences as JSON: [[id, ...] per field], 0 for each stop word's gap. Written as bytes, each id's
     * digits made once per build: ten million positions at 10,000 documents.
     */
    private static byte[] sequences(Sequence[] fields, Map<String, byte[]> ids) {
        byte[] out = new byte[4096];
        int n = 0;
        out[n++] = '[';
        for (int f = 0; f < fields.length; f++) {
            if (f > 0) out[n++] = ',';
            out[n++] = '[';
            Sequence s = fields[f];
            boolean first = true;
            for (int i = 0; i < s.size(); i++) {
                byte[] id = ids.get(s.terms()[i]);
                if (id == null) throw new IllegalStateException("term '" + s.terms()[i] + "' of a sequence has no postings");
                int gaps = s.increments()[i] - 1;
                if (out.length - n < 2 * gaps + id.length + 8) out = Arrays.copyOf(out, Math.max(2 * out.length, n + 2 * gaps + id.length + 8));
                for (int g = 0; g < gaps; g++) {
                    if (!first) out[n++] = ',';
                    out[n++] = '0';
                    first = false;
                }
                if (!first) out[n++] = ',';
                System.arraycopy(id, 0, out, n, id.length);
                n += id.length;
                first = false;
            }
            out[n++] = ']';
        }
        out[n++] = ']';
        return Arrays.copyOf(out, n);
    }

    /** A term's JSON parts: document frequency, head postings, tail blocks, surface forms. */
    private record TermJson(String term, int df, String head, List<String> tail, String surfaces) {
    }

    /** A file of the index, named after the hash of its content. */
    private record Blob(String file, byte[] bytes) {
        static Blob of(String kind, String json) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            return new Blob(kind + "." + hash(bytes) + ".json", bytes);
        }
    }

    private static TermJson termJson(String term, Impacts.Postings p, Map<String, List<String>> surfacesOf) {
        int head = Math.min(HEAD, p.size());
        // The rest in blocks that grow fourfold: a query that needs a little more than the head fetches a little more, and
        // one that needs the whole list of a word in every document (10,000 postings) takes four rounds and four files.
        List<String> tail = new ArrayList<>();
        for (int from = head, size = 4 * HEAD; from < p.size(); from += size, size *= 4) {
            tail.add(flat(p, from, Math.min(p.size(), from + size)));
        }
        return new TermJson(term, p.size(), flat(p, 0, head), tail, Json.write(surfacesOf.getOrDefault(term, List.of())));
    }

    /**
     * Postings {@code from} to {@code to} as JSON, grouped by impact: [impact, [doc, gap, gap, ...], impact, [...], ...].
     * Postings are in impact order with ties by document number, so the documents of one impact ascend and are written
     * as differences. An impact is written as the bits of the float ({@link Float#floatToIntBits}), the first of a part
     * whole and each next as how much smaller its bits are: for positive floats the bits order as the values, so impacts in
     * descending order give positive differences, exact and shorter than decimals. On the 10,000-document bench corpus the
     * postings of a common word take about 40% fewer bytes after gzip than [doc, decimal impact, ...] pairs
     * (docs/BENCHMARKS.md).
     */
    static String flat(Impacts.Postings p, int from, int to) {
        StringBuilder sb = new StringBuilder(6 * (to - from) + 16);
        sb.append('[');
        int previousBits = 0;
        for (int i = from; i < to; ) {
            int bits = Float.floatToIntBits(p.impacts()[i]);
            if (i > from) sb.append(',');
            sb.append(i == from ? bits : previousBits - bits).append(",[").append(p.docs()[i]);
            previousBits = bits;
            int previous = p.docs()[i++];
            for (; i < to && Float.floatToIntBits(p.impacts()[i]) == bits; i++) {
                sb.append(',').append(p.docs()[i] - previous);
                previous = p.docs()[i];
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /**
     * Cuts sorted entries (key and value JSON) into chunks of about CHUNK bytes, a JSON object (key: value) or
     * array (values), named {@code kind.<hash>.<i>.json} after the hash of all of them; returns {hash, first: [first key
     * of each chunk]} for the manifest. One hash for the whole table, not one per chunk: a change to the site changes
     * every impact (BM25 depends on the number of documents and their average length) and the document frequencies in
     * most dictionary chunks, so per-chunk names would rarely keep a chunk cached, and would cost the manifest ten hex
     * digits per chunk.
     */
    private static Map<String, Object> chunks(Files files, String kind, List<Map.Entry<String, String>> entries, boolean asObject) {
        List<String> first = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            first.add(entries.get(i).getKey());
            StringBuilder sb = new StringBuilder(CHUNK + 1024).append(asObject ? '{' : '[');
            int size = 0;
            while (i < entries.size() && (size == 0 || size < CHUNK)) {
                String json = entries.get(i).getValue();
                size += json.length() + entries.get(i).getKey().length() + 4;
                if (sb.length() > 1) sb.append(',');
                if (asObject) {
                    Json.string(sb, entries.get(i).getKey());
                    sb.append(':');
                }
                sb.append(json);
                i++;
            }
            contents.add(utf8(sb.append(asObject ? '}' : ']').toString()));
        }
        String hash = hashOf(contents);
        for (int c = 0; c < contents.size(); c++) add(files, new Blob(kind + "." + hash + "." + c + ".json", contents.get(c)));
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("hash", hash);
        table.put("first", first);
        return table;
    }

    /** One file per document in a folder named after the hash of all of them, joined by newlines (the manifest would not hold a hash per document). */
    private static String folder(Files files, String kind, List<byte[]> perDoc) {
        String dir = kind + "-" + hashOf(perDoc) + "/";
        for (int i = 0; i < perDoc.size(); i++) {
            String path = "search/" + dir + i + ".json";
            files.put(path, perDoc.get(i));
        }
        return dir;
    }

    /** The hash of several contents, joined by newlines. */
    private static String hashOf(List<byte[]> parts) {
        MessageDigest digest = sha256();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) digest.update((byte) '\n');
            digest.update(parts.get(i));
        }
        return hex(digest.digest());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The text with runs of whitespace as one space, stripped, cut at a word boundary before {@code max}
     * characters. Only a prefix of a long text is normalised: enough of it to decide the cut.
     */
    static String cut(String text, int max) {
        if (text.length() > 4 * max) {
            String t = text.substring(0, 4 * max).replaceAll("\\s+", " ").strip();
            // More than max + 1 characters of the prefix: the first max + 1 of the whole text are these.
            if (t.length() > max + 1) return cutNormalised(t, max);
        }
        return cutNormalised(text.replaceAll("\\s+", " ").strip(), max);
    }

    private static String cutNormalised(String t, int max) {
        if (t.length() <= max) return t;
        int sp = t.lastIndexOf(' ', max);
        return t.substring(0, sp > max / 2 ? sp : max);
    }

    private static String add(Files files, String name, String json) {
        return add(files, Blob.of(name, json));
    }

    private static String add(Files files, Blob blob) {
        files.put("search/" + blob.file(), blob.bytes());
        return blob.file();
    }

    static String hash(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first 10 hex digits of a digest. */
    private static String hex(byte[] h) {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 5; i++) sb.append(Character.forDigit((h[i] >> 4) & 0xf, 16)).append(Character.forDigit(h[i] & 0xf, 16));
        return sb.toString();
    }
}
