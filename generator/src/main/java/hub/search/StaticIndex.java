package hub.search;

import hub.memo.Hash;
import hub.memo.Hasher;
import hub.model.Document;
import hub.model.FileSink;
import hub.model.OutputFile;
import hub.model.Site;
import hub.text.PlainText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the static index the browser queries (format in docs/SEARCH-INDEX.md) as the search stage makes it, so
 * the index is never held whole in memory: each document's metadata and term sequence as the document reaches the
 * index writer ({@link #document}), the terms' postings a batch at a time in term order ({@link #terms}), then the
 * dictionary, the facet table and the manifest ({@link #finish}). The dictionary and the terms are sorted and cut
 * into chunks of about {@link #CHUNK} bytes, with the first key of each chunk in the manifest, so a query fetches
 * only the chunks its words fall in. A term's postings are in impact order: the first {@link #HEAD} travel in its
 * chunk, the rest in blocks of growing size fetched only while the loaded part cannot settle the top 10.
 * <p>
 * File names carry a hash per table: the hash of the stage's inputs (its fingerprint) and the table's kind. Equal
 * inputs make equal files, so that names a table's content as well as a hash of its bytes would, and it is known
 * before the first file is written. (Any change to the site changes every impact and most document frequencies,
 * so a hash per chunk would rarely keep one cached, and would cost the manifest ten digits a chunk.)
 */
final class StaticIndex {
    static final int HEAD = 24, CHUNK = 3000, EXCERPT_CHARS = 900;

    private final FileSink sink;
    private final Hash fingerprint;
    private final Set<String> paths = new LinkedHashSet<>();
    /** Term ids in order of first occurrence in the documents taken in key order: common words get short numbers. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, byte[]> idDigits = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Chunks termChunks;
    private final String docDir, seqDir, tails;
    private Map<String, List<String>> surfacesOf = Map.of();
    private int documents;

    /** Whose stop words the manifest lists (the browser drops the same words). */
    private final Ranking ranking;

    StaticIndex(FileSink sink, Hash fingerprint, Ranking ranking) {
        this.sink = sink;
        this.ranking = ranking;
        this.fingerprint = fingerprint;
        this.docDir = "doc-" + name("doc") + "/";
        this.seqDir = "seq-" + name("seq") + "/";
        this.tails = name("x");
        this.termChunks = new Chunks("t", true);
    }

    /** The ten hex digits naming a table: from the stage's fingerprint and the table's kind. */
    private String name(String kind) {
        return new Hasher().string("static index 3").hash(fingerprint).string(kind).hash().hex().substring(0, 10);
    }

    private void put(String path, byte[] bytes) {
        if (paths.add(path)) sink.write(new OutputFile(path, bytes, null));
    }

    /** The index's file paths so far. */
    List<String> paths() {
        return new ArrayList<>(paths);
    }

    /** A document's metadata (excerpt source included) and its term sequences, made while it was tokenised. */
    record DocFiles(byte[] meta, Sequence[] sequences) {
    }

    /** A field's index terms with their position increments (more than 1 after stop words), as tokenising left them. */
    record Sequence(String[] terms, int[] increments, int size) {
    }

    /**
     * A document's metadata file and term sequences. {@code text} is the page's plain text and {@code pdf} its PDFs'
     * (""), each cut for excerpts, and {@code pdfOnly}, the terms only the PDFs hold: the client shows the PDF's
     * opening, marked "in the PDF", when the page's excerpt has no match and a query term is one of them.
     */
    static DocFiles documentFiles(Site site, Document d, String text, String pdf, List<String> pdfOnly, Tokens.Doc tok) {
        String summary = d.summary() == null ? "" : d.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", d.key());
        m.put("title", d.title());
        m.put("url", site.config().basePath() + site.urls().pathOf(d.key()));
        m.put("type", site.config().type(d.type()).map(t -> t.label()).orElse(d.type()));
        m.put("date", d.date().toString());
        m.put("summary", summary);
        m.put("text", cut(text, EXCERPT_CHARS));
        if (!pdf.isEmpty()) {
            m.put("pdf", cut(pdf, EXCERPT_CHARS));
            m.put("pdfOnly", pdfOnly);
        }
        // The token arrays themselves (terms and position increments), not copies; offsets are left to die with the tokens.
        Sequence[] sequences = new Sequence[]{seq(tok.title()), seq(tok.summary()), seq(tok.body()), seq(tok.authors())};
        return new DocFiles(Json.write(m).getBytes(StandardCharsets.UTF_8), sequences);
    }

    private static Sequence seq(Tokens.Field f) {
        return new Sequence(f.terms(), f.increments(), f.size());
    }

    /**
     * The next document (number {@code n}, in key order): its metadata file, and its term sequences as term ids,
     * new terms numbered as they first occur. Called in document order, from one thread.
     */
    void document(int n, DocFiles files) {
        put("search/" + docDir + n + ".json", files.meta());
        put("search/" + seqDir + n + ".json", sequences(files.sequences()));
        documents++;
    }

    /**
     * A document's term sequences as JSON: one string per field, each id in {@link Base64Numbers} (0 for each stop word's
     * gap). Written as bytes, each id's digits made once per build: ten million positions at 10,000 documents. Numbers
     * in a string take 12% fewer bytes after gzip than a JSON array of decimals (docs/SEARCH-INDEX.md).
     */
    private byte[] sequences(Sequence[] fields) {
        byte[] out = new byte[4096];
        int n = 0;
        out[n++] = '[';
        for (int f = 0; f < fields.length; f++) {
            if (f > 0) out[n++] = ',';
            out[n++] = '"';
            Sequence s = fields[f];
            for (int i = 0; i < s.size(); i++) {
                byte[] id = digits(s.terms()[i]);
                int gaps = s.increments()[i] - 1;
                if (out.length - n < gaps + id.length + 8) out = Arrays.copyOf(out, Math.max(2 * out.length, n + gaps + id.length + 8));
                for (int g = 0; g < gaps; g++) out[n++] = Base64Numbers.ZERO;
                System.arraycopy(id, 0, out, n, id.length);
                n += id.length;
            }
            out[n++] = '"';
        }
        out[n++] = ']';
        return Arrays.copyOf(out, n);
    }

    private byte[] digits(String term) {
        byte[] d = idDigits.get(term);
        if (d != null) return d;
        int id = ids.size() + 1;
        ids.put(term, id);
        d = Base64Numbers.digits(id);
        idDigits.put(term, d);
        return d;
    }

    /** A term's document frequency (documents with it in any weighted field), once its postings were written. */
    Integer df(String term) {
        return documentFrequency.get(term);
    }

    /**
     * The surface forms of each term (for highlighting), from the words seen ({@code termOf}: sorted surface form to
     * index term): needed before the terms are written.
     */
    void surfaces(Map<String, String> termOf) {
        Map<String, List<String>> out = new HashMap<>();
        termOf.forEach((surface, term) -> out.computeIfAbsent(term, k -> new ArrayList<>()).add(surface));
        surfacesOf = out;
    }

    /**
     * The next terms in term order with their postings: each term's entry goes into the current term chunk, the part
     * of its postings after the head into its tail blocks. {@code json} are the entries made in parallel by {@link #termJson}.
     */
    void terms(List<TermJson> json) {
        for (TermJson t : json) {
            Integer id = ids.get(t.term());
            if (id == null) throw new IllegalStateException("term '" + t.term() + "' has postings but occurs in no term sequence");
            documentFrequency.put(t.term(), t.df());
            for (int i = 0; i < t.tail().size(); i++) {
                put("search/x." + tails + "." + id + "." + i + ".json", t.tail().get(i).getBytes(StandardCharsets.UTF_8));
            }
            termChunks.add(t.term(), "[" + t.df() + "," + t.head() + "," + (t.tail().isEmpty() ? 0 : 1) + "," + t.surfaces() + "," + id + "]");
        }
    }

    /** A term's JSON parts: document frequency, head postings, tail blocks, surface forms. */
    record TermJson(String term, int df, String head, List<String> tail, String surfaces) {
    }

    /** Term {@code term}'s JSON parts (pure: runs in parallel over a batch of terms). */
    TermJson termJson(String term, Impacts.Postings p) {
        int head = Math.min(HEAD, p.size());
        // The rest in blocks that grow fourfold: a query that needs a little more than the head fetches a little more, and
        // one that needs the whole list of a word in every document (10,000 postings) takes four rounds and four files.
        List<String> tail = new ArrayList<>();
        for (int from = head, size = 4 * HEAD; from < p.size(); from += size, size *= 4) {
            tail.add(postingsJson(p, from, Math.min(p.size(), from + size)));
        }
        return new TermJson(term, p.size(), postingsJson(p, 0, head), tail, Json.write(surfacesOf.getOrDefault(term, List.of())));
    }

    /** The dictionary, the facet table and the manifest, after every document and term; returns every path written. */
    List<String> finish(Vocabulary vocabulary, List<QueryPlan.Synonym> synonyms, Map<String, Object> facets, List<List<Object>> demoted) {
        // Dictionary: surface form -> [surface, term (0 when the same), df, term id]. With the id the client can fetch a
        // term's first tail block in the same round as its term chunk.
        Chunks dict = new Chunks("d", false);
        for (Vocabulary.Entry e : vocabulary.all()) {
            dict.add(e.surface(), Json.write(List.of(e.surface(), e.term().equals(e.surface()) ? 0 : e.term(), e.df(), ids.get(e.term()))));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 4);
        manifest.put("docs", documents);
        manifest.put("head", HEAD);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("prefixTerms", QueryPlan.PREFIX_TERMS);
        params.put("prefixMin", QueryPlan.PREFIX_MIN);
        params.put("typoMin", QueryPlan.TYPO_MIN);
        params.put("typoTerms", QueryPlan.TYPO_TERMS);
        params.put("rareDf", QueryPlan.RARE_DF);
        manifest.put("params", params);
        manifest.put("stop", ranking.stopWordList());
        manifest.put("synonyms", synonyms.stream().map(s -> List.of(s.words(), s.label())).toList());
        manifest.put("dict", dict.finish());
        manifest.put("terms", termChunks.finish());
        manifest.put("tails", tails);
        manifest.put("docDir", docDir);
        manifest.put("seqDir", seqDir);
        byte[] facetBytes = Json.write(facets).getBytes(StandardCharsets.UTF_8);
        String facetFile = "f." + Hash.of(facetBytes).hex().substring(0, 10) + ".json";
        put("search/" + facetFile, facetBytes);
        manifest.put("facets", facetFile);
        // [document number, factor] per superseded or withdrawn publication: the client multiplies its score as Searcher does.
        manifest.put("demoted", demoted);
        put("search/manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
        return paths();
    }

    /**
     * Sorted entries (key and value JSON) cut into chunks of about CHUNK bytes as they come, each a JSON object
     * (key: value) or array (values) named {@code kind.<hash>.<i>.json}; {@link #finish} gives {hash, first: [first
     * key of each chunk]} for the manifest.
     */
    private final class Chunks {
        private final String kind, hash;
        private final boolean asObject;
        private final List<String> first = new ArrayList<>();
        private StringBuilder chunk;
        private int size;

        Chunks(String kind, boolean asObject) {
            this.kind = kind;
            this.asObject = asObject;
            this.hash = name(kind);
        }

        void add(String key, String json) {
            if (chunk != null && size >= CHUNK) flush();
            if (chunk == null) {
                first.add(key);
                chunk = new StringBuilder(CHUNK + 1024).append(asObject ? '{' : '[');
                size = 0;
            }
            size += json.length() + key.length() + 4;
            if (chunk.length() > 1) chunk.append(',');
            if (asObject) {
                Json.string(chunk, key);
                chunk.append(':');
            }
            chunk.append(json);
        }

        private void flush() {
            put("search/" + kind + "." + hash + "." + (first.size() - 1) + ".json",
                    chunk.append(asObject ? '}' : ']').toString().getBytes(StandardCharsets.UTF_8));
            chunk = null;
        }

        Map<String, Object> finish() {
            if (chunk != null) flush();
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("hash", hash);
            table.put("first", first);
            return table;
        }
    }

    /**
     * Postings {@code from} to {@code to} as JSON, grouped by impact: {@code [first impact, "impacts", "sizes", "docs"]},
     * the last three strings of {@link Base64Numbers}. Postings are in impact order with ties by document number, so
     * the documents of one impact ascend: "docs" holds each group's first document and then its gaps, "sizes" how many
     * documents each group has. An impact is the bits of the float ({@link Float#floatToIntBits}); for positive floats
     * the bits order as the values, so impacts in descending order give positive differences: the first impact is a
     * JSON number, "impacts" holds each next group's as how much smaller its bits are. Exact, and on the
     * 10,000-document bench corpus 16% fewer bytes after gzip than the same numbers as JSON arrays (format 3:
     * {@code [impact, [doc, gap, ...], ...]}), which took 40% fewer than [doc, decimal impact, ...] pairs
     * (docs/BENCHMARKS.md).
     */
    static String postingsJson(Impacts.Postings p, int from, int to) {
        if (from >= to) return "[]";
        StringBuilder impacts = new StringBuilder(2 * (to - from)), sizes = new StringBuilder(to - from), docs = new StringBuilder(3 * (to - from));
        int firstBits = Float.floatToIntBits(p.impacts()[from]), previousBits = firstBits;
        for (int i = from; i < to; ) {
            int bits = Float.floatToIntBits(p.impacts()[i]);
            if (i > from) Base64Numbers.append(impacts, previousBits - bits);
            previousBits = bits;
            int start = i, previous = p.docs()[i++];
            Base64Numbers.append(docs, previous);
            for (; i < to && Float.floatToIntBits(p.impacts()[i]) == bits; i++) {
                Base64Numbers.append(docs, p.docs()[i] - previous);
                previous = p.docs()[i];
            }
            Base64Numbers.append(sizes, i - start);
        }
        return "[" + firstBits + ",\"" + impacts + "\",\"" + sizes + "\",\"" + docs + "\"]";
    }

    /**
     * The text with runs of whitespace as one space, stripped, cut at a word boundary before {@code max}
     * characters. Only a prefix of a long text is normalised: enough of it to decide the cut.
     */
    static String cut(String text, int max) {
        if (text.length() > 4 * max) {
            String t = PlainText.collapseSpaces(text.substring(0, 4 * max)).strip();
            // More than max + 1 characters of the prefix: the first max + 1 of the whole text are these.
            if (t.length() > max + 1) return cutNormalised(t, max);
        }
        return cutNormalised(PlainText.collapseSpaces(text).strip(), max);
    }

    private static String cutNormalised(String t, int max) {
        if (t.length() <= max) return t;
        int sp = t.lastIndexOf(' ', max);
        return t.substring(0, sp > max / 2 ? sp : max);
    }
}
