package hub.markdown;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Diagnostics;
import hub.memo.Hash;
import hub.memo.Hasher;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.LinkResolver;
import hub.model.LinkTarget;
import hub.model.RenderedDocument;
import hub.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Markdown stage: every document's body to sanitised HTML, with its headings, notes and links. With a
 * {@link Memo} from an earlier build, a document is rendered again only when something it read changed: its
 * source, the configuration, or the answer to any question it asked while rendering (where a link or
 * citation points, the text a citation shows). Each rendering records those questions and answers, so the
 * memo needs no list of what a document depends on.
 */
public final class Markdown {
    private Markdown() {
    }

    /** How citations are shown: document key to an inline citation's text, and to a footnote's formatted reference (HTML). */
    public record References(Function<String, String> shortReference, Function<String, String> fullReference) {
        /**
         * The same references, each key's text made once per build: thousands of documents cite the same few
         * publications, and a reference's text (authors, year, title) takes a few lookups to make.
         */
        References shared() {
            return new References(once(shortReference), once(fullReference));
        }

        private static Function<String, String> once(Function<String, String> f) {
            Map<String, java.util.Optional<String>> made = new ConcurrentHashMap<>();
            return key -> made.computeIfAbsent(key, k -> java.util.Optional.ofNullable(f.apply(k))).orElse(null);
        }
    }

    /** What the renderings are for: pages (everything), or a check (no HTML: see {@link DocumentRenderer}). */
    public enum Purpose { PAGES, CHECK }

    /**
     * Renders every document of {@code corpus}; {@code memo} (never null) is read, and updated with renderings made
     * for pages (a check's renderings have no HTML, so a later build must not take them).
     */
    public static Map<String, RenderedDocument> render(Corpus corpus, LinkResolver resolver, References refs, Memo memo,
                                                       Purpose purpose, Diagnostics diagnostics) {
        return render(corpus, resolver, refs, memo, purpose, false, diagnostics);
    }

    /**
     * {@link #render}; {@code frontMatterSame} says the configuration and every document's front matter and path are
     * what they were when {@code memo} was last checked (only bodies changed): the remembered answers that nothing
     * else decides are then taken without asking again ({@link Question#decidedByFrontMatter}).
     */
    public static Map<String, RenderedDocument> render(Corpus corpus, LinkResolver resolver, References refs, Memo memo,
                                                       Purpose purpose, boolean frontMatterSame, Diagnostics diagnostics) {
        Hash config = configHash(corpus.config());
        References shared = refs.shared();
        Map<String, RenderedDocument> out = new ConcurrentHashMap<>();
        List<Document> fresh = new ArrayList<>();
        // Which remembered renderings still hold: every question asked again (in parallel: 10,000 documents ask
        // about 200,000), then taken in document order so that diagnostics keep their order.
        List<Document> docs = corpus.documents();
        // The answers to questions that do not depend on the asking document, asked once for all of them: links by
        // destination, citations by key (references are made once per key by the References already).
        Asked sameEverywhere = new Asked(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        Memo.Entry[] still = new Memo.Entry[docs.size()];
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(i -> {
            Document d = docs.get(i);
            Memo.Entry e = memo.entries.get(d.key());
            if (e != null && e.source().equals(d.source()) && e.config().equals(config) && e.stillAnswered(d.key(), resolver, shared, sameEverywhere, frontMatterSame)) {
                still[i] = e;
            }
        });
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            if (still[i] != null) {
                out.put(d.key(), still[i].rendered());
                still[i].diagnostics().forEach(diagnostics::add);
            } else {
                fresh.add(d);
            }
        }
        // Made only when a document needs rendering: a check after a build often renders none, and Flexmark's
        // start-up is a noticeable part of a small check.
        DocumentRenderer renderer = fresh.isEmpty() ? null : new DocumentRenderer(corpus.config());
        Map<Object, Object> answers = new ConcurrentHashMap<>(); // equal answers shared: a million links point at a few thousand places
        fresh.parallelStream().forEach(d -> {
            Recorder asked = new Recorder(resolver, shared, answers);
            Diagnostics own = new Diagnostics(diagnostics.strict());
            RenderedDocument r;
            try {
                r = renderer.render(d, asked, asked::shortReference, asked::fullReference, purpose, own);
            } catch (Document.Changed e) {
                diagnostics.error(d.ref(), "the file changed while hub was building it", "build again");
                return;
            }
            List<Diagnostic> found = own.sorted();
            found.forEach(diagnostics::add);
            out.put(d.key(), r);
            if (purpose == Purpose.PAGES) memo.entries.put(d.key(), new Memo.Entry(d.source(), config, asked.questions(), r, found));
        });
        memo.entries.keySet().retainAll(out.keySet());
        memo.lastRendered = fresh.size();
        return new TreeMap<>(out);
    }

    /** Renders a Markdown snippet that has no document around it (for tests and term descriptions). */
    public static RenderedDocument renderOne(Corpus corpus, Document doc, LinkResolver resolver, Diagnostics diagnostics) {
        Function<String, String> k = Function.identity();
        return new DocumentRenderer(corpus.config()).render(doc, resolver, k, k, Purpose.PAGES, diagnostics);
    }

    /**
     * What of the configuration rendering reads: the site's base path (in every link), the contents list threshold, the
     * iframe hosts, emoji and the shortcodes the site maps.
     */
    private static Hash configHash(SiteConfig c) {
        return new Hasher().string("markdown 2").string(c.basePath()).number(c.tocMinHeadings()).value(c.allowIframeHosts())
                .value(c.markdown().emoji()).value(c.markdown().shortcodes()).hash();
    }

    /** One question a rendering asked and its answer: a link or citation resolved, or a reference's text. */
    /** One build's answers to the questions every document gets the same answer to, by destination and by citation key. */
    private record Asked(Map<String, Object> links, Map<String, Object> citations) {
    }

    record Question(char kind, String argument, Object answer) {
        /**
         * Whether the answer follows from the configuration, the documents' front matter and paths, and the question
         * alone: a reference's text, a citation, and a link that led to a document, outside the site or nowhere valid.
         * The resolver consults the disk (static/, a bundle's files) only after finding no document at an address, so a
         * link answered "a static file" or "nothing there" must be asked again: the file may have come or gone.
         */
        boolean decidedByFrontMatter() {
            if (kind != 'l') return true;
            if (!(answer instanceof hub.model.LinkTarget t)) return false;
            return t.kind() == hub.model.LinkTarget.Kind.DOCUMENT || t.kind() == hub.model.LinkTarget.Kind.EXTERNAL
                    || t.kind() == hub.model.LinkTarget.Kind.MALFORMED;
        }

        Object ask(String from, LinkResolver resolver, References refs) {
            return switch (kind) {
                case 'l' -> resolver.link(from, argument);
                case 'c' -> resolver.citation(from, argument);
                case 's' -> refs.shortReference().apply(argument);
                default -> refs.fullReference().apply(argument);
            };
        }
    }

    /** Passes a rendering's questions on to the resolver and references, remembering each with its answer. */
    private static final class Recorder implements LinkResolver {
        private final LinkResolver resolver;
        private final References refs;
        private final List<Question> questions = new ArrayList<>();
        private final Map<Object, Object> shared;

        Recorder(LinkResolver resolver, References refs, Map<Object, Object> shared) {
            this.resolver = resolver;
            this.refs = refs;
            this.shared = shared;
        }

        @SuppressWarnings("unchecked")
        private <T> T record(char kind, String from, String argument, T answer) {
            // Equal arguments and answers shared: later builds look the arguments up, and equal ones are then the same string.
            questions.add(new Question(kind, (String) shared.computeIfAbsent(argument, a -> a), shared.computeIfAbsent(answer, a -> a)));
            return answer;
        }

        @Override
        public LinkTarget link(String fromKey, String destination) {
            return record('l', fromKey, destination, resolver.link(fromKey, destination));
        }

        @Override
        public LinkTarget citation(String fromKey, String key) {
            return record('c', fromKey, key, resolver.citation(fromKey, key));
        }

        String shortReference(String key) {
            return record('s', null, key, refs.shortReference().apply(key));
        }

        String fullReference(String key) {
            return record('f', null, key, refs.fullReference().apply(key));
        }

        List<Question> questions() {
            return List.copyOf(questions);
        }
    }

    /** Where each document's rendering lies in a written memo file: offset and length. */
    public record Written(Map<String, long[]> where) {
    }

    /**
     * The documents of {@code written}, read back from the memo file {@code file} each time one is asked for, so a
     * large build need not hold every document's HTML until its page is made. Close it when the build is done.
     */
    public static ReadBack readBack(java.nio.file.Path file, Written written) throws java.io.IOException {
        return new ReadBack(file, written.where());
    }

    /** A map of rendered documents kept on disk (see {@link #readBack}); reads are positional, from any thread. */
    public static final class ReadBack extends java.util.AbstractMap<String, RenderedDocument> implements AutoCloseable {
        private final java.nio.channels.FileChannel channel;
        private final java.util.SortedMap<String, long[]> where;

        private ReadBack(java.nio.file.Path file, Map<String, long[]> where) throws java.io.IOException {
            this.channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
            this.where = new TreeMap<>(where);
        }

        @Override
        public RenderedDocument get(Object key) {
            long[] at = where.get(key);
            if (at == null) return null;
            try {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) at[1]);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, at[0] + buffer.position()) < 0) throw new java.io.EOFException();
                }
                return MemoCodec.rendered(buffer.array());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public boolean containsKey(Object key) {
            return where.containsKey(key);
        }

        @Override
        public int size() {
            return where.size();
        }

        @Override
        public java.util.Set<Entry<String, RenderedDocument>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, RenderedDocument>> iterator() {
                    java.util.Iterator<String> keys = where.keySet().iterator();
                    return new java.util.Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return keys.hasNext();
                        }

                        @Override
                        public Entry<String, RenderedDocument> next() {
                            String k = keys.next();
                            return new SimpleImmutableEntry<>(k, get(k));
                        }
                    };
                }

                @Override
                public int size() {
                    return where.size();
                }
            };
        }

        @Override
        public void close() throws java.io.IOException {
            channel.close();
        }
    }

    /**
     * What the stage remembers between builds: per document, its source's hash, the configuration it was
     * rendered with, the questions it asked with their answers, the result and its diagnostics.
     */
    public static final class Memo {
        record Entry(Hash source, Hash config, List<Question> questions, RenderedDocument rendered, List<Diagnostic> diagnostics) {
            boolean stillAnswered(String key, LinkResolver resolver, References refs, Asked sameEverywhere, boolean frontMatterSame) {
                for (Question q : questions) {
                    if (frontMatterSame && q.decidedByFrontMatter()) continue;
                    Map<String, Object> once = q.kind() == 'c' ? sameEverywhere.citations()
                            : q.kind() == 'l' && LinkResolver.sameFromEverywhere(q.argument()) ? sameEverywhere.links() : null;
                    Object now = once == null ? null : once.get(q.argument());
                    if (now == null) {
                        now = q.ask(key, resolver, refs);
                        if (once != null && now != null) once.putIfAbsent(q.argument(), now);
                    }
                    if (!Objects.equals(now, q.answer())) return false;
                }
                return true;
            }
        }

        private final Map<String, Entry> entries = new ConcurrentHashMap<>();
        private volatile int lastRendered;

        /** Writes the memo into {@code out} (the work folder's file) and closes it; returns where each rendering lies in it. */
        public Written write(java.io.OutputStream out) throws java.io.IOException {
            return new Written(MemoCodec.write(entries, out));
        }

        /** The memo {@link #write} wrote into {@code in} (null: none); empty when it is damaged or from another version. */
        public static Memo read(java.io.InputStream in) {
            Memo m = new Memo();
            m.entries.putAll(MemoCodec.read(in));
            return m;
        }

        /** How many documents the last run rendered (the others were remembered). */
        public int lastRendered() {
            return lastRendered;
        }
    }
}
