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
import hub.parallel.Parallel;

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
        return render(corpus, resolver, refs, memo, purpose, null, null, diagnostics);
    }

    /**
     * {@link #render}; {@code frontMatterChanged} (null: not known) names the documents whose front matter changed since
     * {@code memo} was last checked, all else being as it was then: the configuration, every document's path and key,
     * the taxonomies and every address (empty: only bodies changed). The remembered answers that only these decide are
     * then taken without asking again ({@link Question#heldBy}). Returns the renderings by key, to look up (in no order).
     * With a {@code spill} (a build's pages only; null: none), every entry of the memo goes into its file as soon as it is
     * made or found to hold, and {@code memo} keeps none; the renderings returned may then lack their HTML (see
     * {@link Spill}).
     */
    public static Map<String, RenderedDocument> render(Corpus corpus, LinkResolver resolver, References refs, Memo memo,
                                                       Purpose purpose, java.util.Set<String> frontMatterChanged, Spill spill,
                                                       Diagnostics diagnostics) {
        if (spill != null && purpose != Purpose.PAGES) throw new IllegalArgumentException("only renderings for pages are remembered");
        Hash config = configHash(corpus.config());
        References shared = refs.shared();
        Map<String, RenderedDocument> out = new ConcurrentHashMap<>();
        List<Document> fresh = new ArrayList<>();
        List<Document> docs = corpus.documents();
        // The questions every document gets the same answer to are asked once each: those the last build answered are
        // asked again first (10,000 documents ask about 200,000 questions of some 40,000 kinds), so that checking a
        // document's remembered answers to them is a lookup of which changed. Not trusted until this build has ended.
        Answers before = memo.answers;
        memo.answers = null;
        // (Asked as from the first document: the answers are the same from every one.)
        Answers changed = before == null || docs.isEmpty() ? null
                : before.askAgain(docs.get(0).key(), corpus.config(), resolver, shared, frontMatterChanged);
        Answers now = before != null ? before : new Answers(corpus.config());
        // When only reference texts changed (a retitled or redated publication), only the documents that asked for them
        // need their questions checked; every other question of every other entry is held or unchanged.
        java.util.Set<String> askers = before != null && frontMatterChanged != null && changed != null ? before.askersOf(changed) : null;
        // Which remembered renderings still hold (in parallel), then taken in document order so that diagnostics keep their order.
        Memo.Entry[] still = new Memo.Entry[docs.size()];
        RenderedDocument[] held = new RenderedDocument[docs.size()];
        Parallel.forEach(docs.size(), i -> {
            Document d = docs.get(i);
            Memo.Entry e = memo.entries.get(d.key());
            if (e != null && e.source().equals(d.source()) && e.config().equals(config)
                    && (askers != null && !e.asksUndecided() && !askers.contains(d.key())
                    || e.stillAnswered(d.key(), resolver, shared, before, changed, now, frontMatterChanged))) {
                still[i] = e;
                held[i] = spill != null ? spill.add(d.key(), e) : e.rendered();
            }
        });
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            if (still[i] != null) {
                out.put(d.key(), held[i]);
                still[i].diagnostics().forEach(diagnostics::add);
            } else {
                fresh.add(d);
                // A remembered rendering that did not hold goes, whatever becomes of this one: every entry kept must agree
                // with this build's answers (a check does not put its renderings back; a file may change while read).
                memo.entries.remove(d.key());
            }
        }
        // Made only when a document needs rendering: a check after a build often renders none, and Flexmark's
        // start-up is a noticeable part of a small check.
        DocumentRenderer renderer = fresh.isEmpty() ? null : new DocumentRenderer(corpus.config());
        Map<Object, Object> answers = new ConcurrentHashMap<>(); // equal answers shared: a million links point at a few thousand places
        Parallel.forEach(fresh, d -> {
            Recorder asked = new Recorder(resolver, shared, answers, now, d.key());
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
            if (purpose != Purpose.PAGES) {
                out.put(d.key(), r);
                return;
            }
            Memo.Entry entry = new Memo.Entry(d.source(), config, asked.questions(), r, found);
            if (spill != null) {
                out.put(d.key(), spill.add(d.key(), entry));
            } else {
                out.put(d.key(), r);
                memo.entries.put(d.key(), entry);
            }
        });
        if (spill != null) memo.entries.clear(); // (all in the spill's file)
        else memo.entries.keySet().retainAll(out.keySet());
        memo.lastRendered = fresh.size();
        memo.answers = now;
        // Looked up by key only (the link graph, when it is made anew, takes them in key order itself): sorting 10,000
        // renderings into a tree on every save was a tenth of the stage after a front-matter edit.
        return java.util.Collections.unmodifiableMap(out);
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
    /**
     * One build's answers to the questions every document gets the same answer to (kinds 'g', 'c', 's' and 'f'), by
     * kind and argument. A null answer is kept as {@link #NONE}: the maps take no null.
     */
    static final class Answers {
        private static final Object NONE = new Object();
        /** The configuration the answers were given under. */
        private volatile SiteConfig config;
        private final Map<String, Object> links = new ConcurrentHashMap<>(), citations = new ConcurrentHashMap<>(),
                shortRefs = new ConcurrentHashMap<>(), fullRefs = new ConcurrentHashMap<>();
        /**
         * The links ('g') whose answer front matter does not decide (a static file, nothing there): asked again by every
         * build. Kept as the answers change, so a build that knows which front matter changed asks these and the changed
         * documents' references without going through the other 60,000 answers.
         */
        private final java.util.Set<String> undecidedLinks = ConcurrentHashMap.newKeySet();
        /**
         * Which documents asked for each reference text ('s', 'f'): every document whose kept rendering asked it, and
         * perhaps some that no longer do (only ever added to). A retitled or redated publication's references then send
         * back only the documents that cite it to have their questions checked.
         */
        private final Map<String, java.util.Set<String>> referenceAskers = new ConcurrentHashMap<>();

        Answers(SiteConfig config) {
            this.config = config;
        }

        private Map<String, Object> of(char kind) {
            return switch (kind) {
                case 'g' -> links;
                case 'c' -> citations;
                case 's' -> shortRefs;
                case 'f' -> fullRefs;
                default -> throw new IllegalArgumentException("a question asked of each document: " + kind);
            };
        }

        /** Remembers {@code answer} to a question unless one is remembered already. */
        void remember(char kind, String argument, Object answer) {
            if (of(kind).putIfAbsent(argument, answer == null ? NONE : answer) == null) noteUndecided(kind, argument, answer);
        }

        /** Notes that the document {@code asker} asked for the reference text of {@code argument} (other kinds: nothing). */
        void askedBy(char kind, String argument, String asker) {
            if (kind == 's' || kind == 'f') referenceAskers.computeIfAbsent(argument, k -> ConcurrentHashMap.newKeySet()).add(asker);
        }

        /**
         * The documents whose renderings may have asked a question whose answer is in {@code changed}, when every such
         * answer is a reference text; null when one is not (then every document's questions are checked).
         */
        java.util.Set<String> askersOf(Answers changed) {
            if (!changed.links.isEmpty() || !changed.citations.isEmpty()) return null;
            java.util.Set<String> out = new java.util.HashSet<>();
            for (Map<String, Object> m : List.of(changed.shortRefs, changed.fullRefs)) {
                for (String argument : m.keySet()) out.addAll(referenceAskers.getOrDefault(argument, java.util.Set.of()));
            }
            return out;
        }

        private void noteUndecided(char kind, String argument, Object answer) {
            if (kind != 'g') return;
            if (Question.decidedByFrontMatter(kind, answer)) undecidedLinks.remove(argument);
            else undecidedLinks.add(argument);
        }

        boolean has(char kind, String argument) {
            return of(kind).containsKey(argument);
        }

        /** The answer remembered; null when it was null or none was ({@link #has} tells which). */
        Object get(char kind, String argument) {
            Object a = of(kind).get(argument);
            return a == NONE ? null : a;
        }

        boolean isEmpty() {
            return links.isEmpty() && citations.isEmpty() && shortRefs.isEmpty() && fullRefs.isEmpty();
        }

        /**
         * Brings these answers up to date for a build under {@code config}, in place: asks again (in parallel, as from
         * the document {@code from}) every question whose answer neither {@code frontMatterChanged} holds
         * ({@link Question#heldBy}) nor an unchanged configuration ({@link Question#decidedByConfig}), and returns those
         * whose answer changed, with their old answers. (A save that changed a body keeps all 40,000 as they are.)
         */
        Answers askAgain(String from, SiteConfig config, LinkResolver resolver, References refs, java.util.Set<String> frontMatterChanged) {
            Answers changed = new Answers(config);
            boolean configSame = this.config.equals(config);
            this.config = config;
            if (frontMatterChanged != null && configSame) {
                // Only these can have changed: the links front matter does not decide, and the changed documents' references
                // (every other answer is held: Question.heldBy). The same as going through them all, without the 60,000 look-ups.
                List<String> undecided = new ArrayList<>(undecidedLinks);
                undecided.parallelStream().forEach(argument -> askAgain('g', argument, from, resolver, refs, changed));
                for (String key : frontMatterChanged) {
                    for (char kind : new char[] {'s', 'f'}) if (of(kind).containsKey(key)) askAgain(kind, key, from, resolver, refs, changed);
                }
                return changed;
            }
            for (char kind : new char[] {'g', 'c', 's', 'f'}) {
                Map<String, Object> answers = of(kind);
                answers.entrySet().parallelStream().forEach(e -> {
                    Object old = e.getValue() == NONE ? null : e.getValue();
                    if (Question.heldBy(kind, e.getKey(), old, frontMatterChanged) || configSame && Question.decidedByConfig(kind, old)) return;
                    askAgain(kind, e.getKey(), from, resolver, refs, changed);
                });
            }
            return changed;
        }

        /** Asks one remembered question again; a changed answer replaces it, and {@code changed} gets the old one. */
        private void askAgain(char kind, String argument, String from, LinkResolver resolver, References refs, Answers changed) {
            Object before = of(kind).get(argument);
            Object old = before == NONE ? null : before;
            Object a = Question.ask(kind, argument, from, resolver, refs);
            if (!Objects.equals(a, old)) {
                changed.of(kind).put(argument, before);
                of(kind).put(argument, a == null ? NONE : a);
                noteUndecided(kind, argument, a);
            }
        }
    }

    /**
     * One question a rendering asked and its answer. Kinds: 'l' a link whose answer depends on the document it is written
     * in (relative, or naming a content file), 'g' a link with one answer from everywhere
     * ({@link LinkResolver#sameFromEverywhere}), 'c' a citation key, 's' and 'f' a document's short and full reference.
     */
    record Question(char kind, String argument, Object answer) {
        /** Whether every document gets the same answer (asked once per build: {@link Answers}). */
        boolean sameEverywhere() {
            return kind != 'l';
        }

        /**
         * Whether the answer follows from the configuration, the documents' front matter and paths, and the question
         * alone: a reference's text, a citation, and a link that led to a document, outside the site or nowhere valid.
         * The resolver consults the disk (static/, a bundle's files) only after finding no document at an address, so a
         * link answered "a static file" or "nothing there" must be asked again: the file may have come or gone.
         */
        static boolean decidedByFrontMatter(char kind, Object answer) {
            if (kind != 'l' && kind != 'g') return true;
            if (!(answer instanceof hub.model.LinkTarget t)) return false;
            return t.kind() == hub.model.LinkTarget.Kind.DOCUMENT || t.kind() == hub.model.LinkTarget.Kind.EXTERNAL
                    || t.kind() == hub.model.LinkTarget.Kind.MALFORMED;
        }

        /**
         * Whether the answer still holds when only the front matter of the documents {@code frontMatterChanged} names
         * changed (see {@link #render}; null: not known): it is decided by front matter, and is not the reference text
         * of one of those documents. (A link or citation leads to an address, which held; a reference shows the cited
         * document's title, year and authors.)
         */
        boolean heldBy(java.util.Set<String> frontMatterChanged) {
            return heldBy(kind, argument, answer, frontMatterChanged);
        }

        static boolean heldBy(char kind, String argument, Object answer, java.util.Set<String> frontMatterChanged) {
            if (frontMatterChanged == null || !decidedByFrontMatter(kind, answer)) return false;
            return !(kind == 's' || kind == 'f') || frontMatterChanged.isEmpty() || !frontMatterChanged.contains(argument);
        }

        /**
         * Whether the answer follows from the configuration and the question alone: a link outside the site (its host,
         * the legacy hosts, the paths the site leaves to its host decide) or one that is no URL at all (23,000 such links
         * in the 10,000-document benchmark, each taken apart by the URI parser when asked).
         */
        static boolean decidedByConfig(char kind, Object answer) {
            return kind == 'g' && answer instanceof hub.model.LinkTarget t
                    && (t.kind() == hub.model.LinkTarget.Kind.EXTERNAL || t.kind() == hub.model.LinkTarget.Kind.MALFORMED);
        }

        Object ask(String from, LinkResolver resolver, References refs) {
            return ask(kind, argument, from, resolver, refs);
        }

        static Object ask(char kind, String argument, String from, LinkResolver resolver, References refs) {
            return switch (kind) {
                case 'l', 'g' -> resolver.link(from, argument);
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
        private final Answers answers;
        private final String asker;

        Recorder(LinkResolver resolver, References refs, Map<Object, Object> shared, Answers answers, String asker) {
            this.resolver = resolver;
            this.refs = refs;
            this.shared = shared;
            this.answers = answers;
            this.asker = asker;
        }

        @SuppressWarnings("unchecked")
        private <T> T record(char kind, String from, String argument, T answer) {
            // Equal arguments and answers shared: later builds look the arguments up, and equal ones are then the same string.
            Question q = new Question(kind, (String) shared.computeIfAbsent(argument, a -> a), shared.computeIfAbsent(answer, a -> a));
            questions.add(q);
            if (q.sameEverywhere()) {
                answers.remember(kind, q.argument(), q.answer());
                answers.askedBy(kind, q.argument(), asker);
            }
            return answer;
        }

        @Override
        public LinkTarget link(String fromKey, String destination) {
            return record(LinkResolver.sameFromEverywhere(destination) ? 'g' : 'l', fromKey, destination, resolver.link(fromKey, destination));
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
     * A build's memo written as the Markdown stage goes (see {@link #render}), each entry encoded on the thread that made
     * it. Holding every rendering and its questions until the stage ended was most of a large build's memory: at 100,000
     * documents the live heap grew to 2.2 GB, and the collector made 27 full collections (48 s). Once more than
     * {@code holdUpTo} characters of HTML have been made, the stage keeps each further rendering without its HTML
     * ({@link RenderedDocument#withoutHtml}); the pages then read the renderings back from the file ({@link #readBack}).
     * Which renderings lose their HTML depends on the threads' timing; nothing reads the HTML of what the stage returns
     * until the file is read back, so the output does not.
     */
    public static final class Spill {
        private final MemoCodec.Writer writer;
        private final long holdUpTo;
        private final java.util.concurrent.atomic.AtomicLong html = new java.util.concurrent.atomic.AtomicLong();

        /** A spill into {@code out} (closed by {@link #finish} or {@link #abandon}). */
        public Spill(java.io.OutputStream out, long holdUpTo) throws java.io.IOException {
            this.writer = new MemoCodec.Writer(out);
            this.holdUpTo = holdUpTo;
        }

        /** Writes {@code entry}; returns what the stage holds of its rendering. */
        RenderedDocument add(String key, Memo.Entry entry) {
            try {
                writer.add(key, MemoCodec.entry(key, entry));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            RenderedDocument r = entry.rendered();
            return html.addAndGet(r.html().length()) > holdUpTo ? r.withoutHtml() : r;
        }

        /** Whether some renderings were kept without their HTML: then later stages must read them back. */
        public boolean readBack() {
            return html.get() > holdUpTo;
        }

        /** Ends the file (and closes it); returns where each rendering lies in it. */
        public Written finish() throws java.io.IOException {
            return new Written(writer.finish());
        }

        /** Closes the file unfinished (the build stops): it reads as no memo. */
        public void abandon() {
            writer.abandon();
        }
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
        record Entry(Hash source, Hash config, List<Question> questions, RenderedDocument rendered, List<Diagnostic> diagnostics,
                     boolean asksUndecided) {
            Entry(Hash source, Hash config, List<Question> questions, RenderedDocument rendered, List<Diagnostic> diagnostics) {
                this(source, config, questions, rendered, diagnostics, asksUndecided(questions));
            }

            /**
             * Whether one of {@code questions} is a link of its own document ('l') whose answer front matter does not decide:
             * a build asks it again whatever changed. (Known once, so that a build in which no answer asked once changed keeps
             * every other entry without going through its 20 questions.)
             */
            private static boolean asksUndecided(List<Question> questions) {
                for (Question q : questions) if (!q.sameEverywhere() && !Question.decidedByFrontMatter(q.kind(), q.answer())) return true;
                return false;
            }

            /**
             * Whether every question still has the answer it had. {@code before} (null: not known) holds the last build's
             * answers to the questions asked once, which every kept entry asked and agrees with, and {@code changed} those
             * of them whose answer this build changed; {@code now} this build's answers. Without {@code before} each is
             * asked (once per build when its answer is the same everywhere).
             */
            boolean stillAnswered(String key, LinkResolver resolver, References refs, Answers before, Answers changed, Answers now,
                                  java.util.Set<String> frontMatterChanged) {
                boolean anyChanged = changed != null && !changed.isEmpty();
                // Every question held or unchanged, as the loop below would find one by one: the usual case after a save.
                if (before != null && frontMatterChanged != null && !anyChanged && !asksUndecided) return true;
                for (Question q : questions) {
                    if (q.heldBy(frontMatterChanged)) continue;
                    if (!q.sameEverywhere()) {
                        if (!Objects.equals(q.ask(key, resolver, refs), q.answer())) return false;
                        continue;
                    }
                    if (before != null) {
                        // Every kept entry's questions are among the last build's (Memo.answers): only a change matters.
                        if (anyChanged && changed.has(q.kind(), q.argument())) return false;
                        continue;
                    }
                    Object a = now.has(q.kind(), q.argument()) ? now.get(q.kind(), q.argument()) : q.ask(key, resolver, refs);
                    now.remember(q.kind(), q.argument(), a);
                    now.askedBy(q.kind(), q.argument(), key); // (a later build may ask who asked it: Answers.askersOf)
                    if (!Objects.equals(a, q.answer())) return false;
                }
                return true;
            }
        }

        private final Map<String, Entry> entries = new ConcurrentHashMap<>();
        /**
         * The last build's answers to the questions asked once ({@link Answers}): every entry's questions of those kinds
         * are among them, with the same answers, because {@link #render} keeps only entries it checked or made, and
         * remembers every answer it got. Null while a build runs and when not known (a memo read from disk: its entries
         * are then checked question by question).
         */
        private volatile Answers answers;
        private volatile int lastRendered;

        /** Writes the memo into {@code out} (the work folder's file) and closes it; returns where each rendering lies in it. */
        public Written write(java.io.OutputStream out) throws java.io.IOException {
            // (The same file as a Spill's, with the entries in key order.)
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
