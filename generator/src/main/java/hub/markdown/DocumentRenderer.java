package hub.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import hub.diagnostic.Diagnostics;
import hub.memo.Hash;
import hub.memo.Hasher;
import hub.text.LinkDestination;
import hub.text.PlainText;
import hub.markdown.citation.Citation;
import hub.markdown.citation.CitationExtension;
import hub.markdown.goldmark.HeadingAttributes;
import hub.markdown.shortcode.Shortcodes;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import hub.model.LinkResolver;
import hub.model.LinkTarget;
import hub.model.OutgoingLink;
import hub.model.ReferenceEntry;
import hub.model.RenderedDocument;
import hub.model.SiteConfig;
import hub.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Renders one document's Markdown body: parse, walk the tree once ({@link Scan}), number the footnotes
 * by first reference ({@link Notes}), resolve every link and citation (recording each with its file line
 * and column), render, sanitise when the body has raw HTML. The one place Flexmark is configured; one
 * parser and renderer serve all documents and threads.
 */
final class DocumentRenderer {
    private static final Pattern URL_TEXT = Pattern.compile("(?i)https?://\\S+");
    private static final String IMAGE_HINT = "no file of the site is there: put the image under static/, or beside the page's "
            + "index.md in a page bundle (content/<folder>/<name>/index.md)";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final com.vladsch.flexmark.util.data.DataHolder idOptions;
    private final HtmlPolicy policy;
    private final SiteConfig config;

    DocumentRenderer(SiteConfig config) {
        this.config = config;
        List<com.vladsch.flexmark.util.misc.Extension> parsing = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create(),
                TypographicExtension.create(), new QuickAutolink(), CitationExtension.create(), new HeadingAttributes()));
        List<com.vladsch.flexmark.util.misc.Extension> rendering = new ArrayList<>(List.of(TablesExtension.create(),
                TypographicExtension.create(), CitationExtension.create(), new HeadingAttributes(), new HubNodeRenderer.Extension()));
        if (config.markdown().emoji()) {
            // Unicode characters only: an emoji as an image would come from a CDN, and the site works offline.
            parsing.add(EmojiExtension.create());
            rendering.add(EmojiExtension.create());
        }
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, parsing)
                .set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY)
                .set(EmojiExtension.USE_SHORTCUT_TYPE, EmojiShortcutType.ANY_GITHUB_PREFERRED)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // Links and images with script-capable schemes are rendered as text (the sanitizer would drop them anyway).
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*")
                .set(TablesExtension.CLASS_NAME, "table")
                .set(TablesExtension.WITH_CAPTION, false);
        // Flexmark leaves out its reference definitions ([label]: url) when the inline parser is not its own, so
        // they are added back here, as its own parser would have them.
        this.parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        // The renderer leaves out Flexmark's footnote renderer: ours numbers notes per page and the template places them.
        MutableDataSet renderOptions = new MutableDataSet(options).set(Parser.EXTENSIONS, rendering);
        this.renderer = HtmlRenderer.builder(renderOptions).build();
        // Documents are rendered in parallel, and reading a key a MutableDataSet does not hold stores its default in
        // it (a HashMap): HeaderIdGenerators made from it on several threads at once corrupted it (FuzzTest found a
        // null option). An immutable copy only reads.
        this.idOptions = renderOptions.toImmutable();
        this.policy = new HtmlPolicy(config.allowIframeHosts());
    }

    /**
     * @param resolver       where links and citations point
     * @param shortReference document key to the text of an inline citation ("Bennett et al. 2018")
     * @param fullReference  document key to the HTML of a formatted reference, used for a footnote that only cites
     * @param purpose        {@link Markdown.Purpose#CHECK}: no HTML (and no word count) unless the body has raw HTML,
     *                       whose sanitising reports problems; everything a check reads is the same
     */
    RenderedDocument render(hub.model.Document doc, LinkResolver resolver, Function<String, String> shortReference,
                            Function<String, String> fullReference, Markdown.Purpose purpose, Diagnostics diagnostics) {
        String body = doc.body().text();
        int tooDeep = Nesting.tooDeep(body);
        if (tooDeep >= 0) {
            diagnostics.error(new Positions(body, doc.ref(), doc.bodyLine()).at(tooDeep), "block quotes or lists nested more than "
                    + Nesting.MAX + " levels deep", "nest less: nobody can read a document that deep, and it cannot be rendered");
            return new RenderedDocument(doc.key(), "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, Hash.ZERO);
        }
        placeholders(body, doc.ref().path(), doc.bodyLine(), diagnostics);
        // Full segmented sequences, not Flexmark's default tree ones: each tree sequence keeps its cache in a
        // ThreadLocal of its own, and hundreds of thousands of them fill each thread's ThreadLocalMap, whose
        // probing was 15% of a 10,000-document check (profile in docs/BENCHMARKS.md). Same characters, same HTML.
        // Hugo shortcodes are replaced before Markdown reads the body, as Hugo does; positions map back to the body.
        List<Shortcodes.Problem> problems = new ArrayList<>();
        Shortcodes.Expanded expanded = Shortcodes.expand(body, config.markdown().shortcodes(), config.basePath(), problems);
        Positions pos = new Positions(body, doc.ref(), doc.bodyLine(), expanded::source);
        for (Shortcodes.Problem p : problems) diagnostics.warning(pos.atBody(p.offset()), p.message(), p.hint());
        body = expanded.text();
        Document ast = parser.parse(BasedSequence.of(BasedOptionsSequence.of(body, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES)));
        DocContext ctx = new DocContext(doc.slug());
        ast.set(DocContext.KEY, ctx);
        Scan scan = Scan.of(ast);
        Notes notes = Notes.number(scan, ctx, pos, diagnostics);
        AuthorDate[] authorDate = new AuthorDate[1];
        List<OutgoingLink> links = resolveLinks(doc, ast, scan, notes, ctx, pos, resolver, shortReference, authorDate);
        String html;
        if (purpose == Markdown.Purpose.PAGES || scan.rawHtml()) {
            html = renderer.render(ast);
            if (scan.rawHtml()) html = clean(html, body, doc, pos, diagnostics);
        } else {
            // A check reads the heading ids the renderer would give (links to #fragments are checked against
            // them), not the HTML: making the HTML was a quarter of a check. The renderer makes them this way too.
            new HeaderIdGenerator(idOptions).generateIds(ast);
            html = "";
        }
        // Heading ids are set by the renderer's id generator, the ids the HTML carries.
        List<hub.model.Heading> headings = scan.headings();
        List<hub.model.Heading> toc = headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        if (toc.size() < config.tocMinHeadings()) toc = List.of();
        List<hub.model.Footnote> footnotes = footnotes(doc, body, scan, notes, ctx, pos, fullReference, authorDate[0], diagnostics);
        List<ReferenceEntry> references = references(doc, authorDate[0], fullReference);
        // Plain text for search and similarity, from the HTML (Flexmark's text visitor drops typographic apostrophes).
        int words = PlainText.wordsOfDocument(html, footnotes.stream().map(hub.model.Footnote::html).toList());
        // Raw HTML may name places of its own (<a id>, <a name> from older sites): links to them are checked too.
        List<String> anchors = scan.rawHtml() ? anchors(html) : List.of();
        Hash hash = hash(doc.key(), html, headings, toc, footnotes, references, anchors, links, words);
        return new RenderedDocument(doc.key(), html, headings, toc, footnotes, references, anchors, links, words, hash);
    }

    /**
     * The reference list of a document that cites with {@code [@key]}: each work once, with the label its citations
     * show, in author-date order (as a reader looks a label up); empty when it cites nothing that way.
     */
    private static List<ReferenceEntry> references(hub.model.Document doc, AuthorDate authorDate, Function<String, String> fullReference) {
        List<ReferenceEntry> out = new ArrayList<>();
        authorDate.labels().forEach((key, label) -> {
            if (!key.equals(doc.key())) out.add(new ReferenceEntry(key, label, authorDate.withLetter(key, fullReference.apply(key))));
        });
        out.sort(java.util.Comparator.comparing(ReferenceEntry::label).thenComparing(ReferenceEntry::key));
        return out;
    }

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    /**
     * The ids in sanitised HTML (the sanitizer writes every attribute in double quotes, entities escaped), their
     * character references read back as the raw-HTML link check reads an address ({@link RawHtmlLinks#decode}).
     */
    private static List<String> anchors(String html) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = ID.matcher(html);
        while (m.find()) out.add(RawHtmlLinks.decode(m.group(1)));
        return out.stream().distinct().sorted().toList();
    }

    /** The content hash of a rendered document (its plain text is made from its HTML and notes, so it is left out). */
    private static Hash hash(String key, String html, List<hub.model.Heading> headings, List<hub.model.Heading> toc,
                             List<hub.model.Footnote> notes, List<ReferenceEntry> references, List<String> anchors, List<OutgoingLink> links, int words) {
        Hasher h = new Hasher().string(key).string(html).number(words);
        if (!anchors.isEmpty()) h.value(anchors); // only when there are: a body without raw HTML keeps the hash it had
        for (List<hub.model.Heading> list : List.of(headings, toc)) {
            h.number(list.size());
            for (hub.model.Heading x : list) h.number(x.level()).string(x.id()).string(x.text());
        }
        h.number(notes.size());
        for (hub.model.Footnote n : notes) {
            h.number(n.number()).string(n.label()).string(n.id()).string(n.html()).value(n.backrefs()).string(n.citesKey());
            ref(h, n.ref());
        }
        h.number(references.size());
        for (ReferenceEntry r : references) h.string(r.key()).string(r.label()).string(r.html());
        h.number(links.size());
        for (OutgoingLink l : links) {
            h.string(l.kind().name()).string(l.raw()).string(l.targetKey()).string(l.fragment()).number(l.footnote()).string(l.hint());
            ref(h, l.ref());
        }
        return h.hash();
    }

    private static void ref(Hasher h, SourceRef r) {
        h.string(r.path()).number(r.line()).number(r.col());
    }

    /**
     * Every link and citation, in the order written, resolved once; each node remembers its target for the renderer.
     * Images are only checked, and links Markdown could not read are reported with what stopped it.
     */
    private List<OutgoingLink> resolveLinks(hub.model.Document doc, Document ast, Scan scan, Notes notes, DocContext ctx, Positions pos,
                                            LinkResolver resolver, Function<String, String> shortReference, AuthorDate[] authorDate) {
        List<OutgoingLink> links = new ArrayList<>();
        // Citations get their text once every one is resolved: a label's letter (2019a) depends on the page's other citations.
        List<Citation> citations = new ArrayList<>();
        List<List<Citation.Resolved>> pending = new ArrayList<>();
        java.util.Map<String, String> cited = new java.util.LinkedHashMap<>();
        for (Scan.Found f : scan.links()) {
            FootnoteBlock inNote = f.note();
            if (inNote != null && !notes.isFirstDefinition(inNote)) continue;
            int noteNumber = notes.numberOf(inNote);
            if (f.node() instanceof Citation c) {
                List<Citation.Resolved> resolved = new ArrayList<>();
                for (Citation.Item item : c.items()) {
                    LinkTarget t = resolver.citation(doc.key(), item.key());
                    if (t.kind() == LinkTarget.Kind.DOCUMENT) cited.computeIfAbsent(t.targetKey(), shortReference);
                    resolved.add(new Citation.Resolved(item, t, item.key()));
                    links.add(link(t, "@" + item.key(), pos.at(item.offset()), noteNumber, true));
                    notes.target(inNote, t);
                }
                citations.add(c);
                pending.add(resolved);
                continue;
            }
            if (f.node() instanceof RefNode r && !r.isDefined()) { // [text](a b): Markdown read no link, the text shows as typed
                String written = writtenDestination(r);
                links.add(malformed(written, LinkDestination.unreadable(written), pos.at(r.getStartOffset()), noteNumber));
                continue;
            }
            String url = destination(ast, f.node());
            if (url == null) continue;
            if (f.node() instanceof Image || f.node() instanceof ImageRef) {
                // An image's address is written as given, not rewritten, but checked as a link is: one that is not a URL
                // at all, or names no file of the site (static/, a bundle's folder), is reported.
                String problem = LinkDestination.problem(url.strip());
                if (problem != null) links.add(malformed(url, problem, pos.at(f.node().getStartOffset()), noteNumber));
                else checkOnly(doc, url, resolver, pos.at(f.node().getStartOffset()), noteNumber, links, IMAGE_HINT);
                continue;
            }
            // A bare "www." address (the autolink extension keeps it without a scheme) is a web address, as in
            // GitHub's Markdown: http://, never a path on this site.
            if (f.node() instanceof AutoLink && url.regionMatches(true, 0, "www.", 0, 4)) url = "http://" + url;
            LinkTarget t = resolver.link(doc.key(), url);
            ctx.targets.put(f.node(), t);
            links.add(link(t, url, pos.at(f.node().getStartOffset()), noteNumber, false));
            notes.target(inNote, t);
        }
        for (Scan.Found f : scan.html()) {
            if (f.note() != null && !notes.isFirstDefinition(f.note())) continue;
            int start = f.node().getStartOffset();
            for (RawHtmlLinks.Found a : RawHtmlLinks.of(f.node().getChars().toString())) {
                checkOnly(doc, a.url(), resolver, pos.at(start + a.offset()), notes.numberOf(f.note()), links, a.image() ? IMAGE_HINT : null);
            }
        }
        AuthorDate labels = new AuthorDate(cited);
        authorDate[0] = labels;
        for (int i = 0; i < citations.size(); i++) {
            List<Citation.Resolved> texts = new ArrayList<>();
            for (Citation.Resolved r : pending.get(i)) {
                texts.add(r.target().kind() == LinkTarget.Kind.DOCUMENT ? new Citation.Resolved(r.item(), r.target(), labels.label(r.target().targetKey())) : r);
            }
            citations.get(i).resolve(texts);
        }
        return links;
    }

    /**
     * Checks an address the page keeps as written (an image's, or an href or src in raw HTML): only a problem is recorded,
     * so the link graph and the HTML stay as they were.
     */
    private static void checkOnly(hub.model.Document doc, String url, LinkResolver resolver, SourceRef at, int note, List<OutgoingLink> links,
                                  String imageHint) {
        if (url.isBlank()) return;
        LinkTarget t = resolver.link(doc.key(), url);
        // The nearest page is no hint for a missing picture: where pictures go is.
        if (t.kind() == LinkTarget.Kind.UNRESOLVED && imageHint != null) t = LinkTarget.unresolved(t.url(), imageHint);
        if (t.kind() == LinkTarget.Kind.UNRESOLVED || t.kind() == LinkTarget.Kind.MALFORMED) links.add(link(t, url, at, note, false));
    }

    /** The notes in number order: a note that only cites one archive document is shown as that document's formatted reference. */
    private List<hub.model.Footnote> footnotes(hub.model.Document doc, String body, Scan scan, Notes notes, DocContext ctx, Positions pos,
                                               Function<String, String> fullReference, AuthorDate authorDate, Diagnostics diagnostics) {
        List<hub.model.Footnote> out = new ArrayList<>();
        for (Notes.Numbered n : notes.numbered()) {
            List<String> citedKeys = n.targets().stream().filter(t -> t.kind() == LinkTarget.Kind.DOCUMENT && t.targetKey() != null
                    && !t.targetKey().equals(doc.key())).map(LinkTarget::targetKey).distinct().toList();
            String cites = citedKeys.size() == 1 ? citedKeys.get(0) : null;
            String noteHtml;
            if (cites != null && onlyCites(n.block())) {
                noteHtml = authorDate.withLetter(cites, fullReference.apply(cites));
            } else {
                String raw = ctx.noteHtml.getOrDefault(n.block(), "");
                noteHtml = scan.rawHtml() ? clean(raw, body, doc, pos, diagnostics) : raw;
            }
            out.add(new hub.model.Footnote(n.number(), n.label(), ctx.noteId(n.number()), noteHtml.strip(), n.backrefs(), cites,
                    pos.at(n.block().getStartOffset())));
        }
        return out;
    }

    /** A note that is only a title and one link (or citations): shown as a formatted reference instead. */
    private static boolean onlyCites(FootnoteBlock block) {
        int links = 0;
        for (Node n : block.getDescendants()) {
            if (n instanceof AutoLink || n instanceof LinkRef || n instanceof Citation) links++;
            else if (n instanceof Link l) {
                links++;
                // An ordinary [text](url) link whose text is prose, not a URL, is the editor's own wording: keep it.
                if (!URL_TEXT.matcher(l.getText()).matches()) return false;
            }
        }
        return links >= 1;
    }

    /**
     * A link's or image's destination as the renderer writes it, backslash escapes and entities resolved (an autolink
     * has none: CommonMark keeps its text as it is); null for a reference that is not there.
     */
    private static String destination(Document ast, Node node) {
        if (node instanceof AutoLink a) return a.getUrl().toString();
        if (node instanceof LinkNodeBase l) return l.getUrl().unescape();
        Reference ref = ((RefNode) node).getReferenceNode(ast);
        return ref == null ? null : ref.getUrl().unescape();
    }

    /** What follows {@code [text](} up to the first ')' or the end of the line: the destination Markdown could not read. */
    private static String writtenDestination(RefNode ref) {
        BasedSequence body = ref.getChars().getBaseSequence();
        int from = ref.getEndOffset() + 1, end = from;
        while (end < body.length() && body.charAt(end) != ')' && body.charAt(end) != '\n' && body.charAt(end) != '\r') end++;
        return body.subSequence(from, end).toString();
    }

    private static OutgoingLink malformed(String raw, String hint, SourceRef at, int note) {
        return link(LinkTarget.malformed(raw, hint), raw, at, note, false);
    }

    private static OutgoingLink link(LinkTarget t, String raw, SourceRef at, int note, boolean citation) {
        OutgoingLink.Kind kind = switch (t.kind()) {
            case DOCUMENT -> citation ? OutgoingLink.Kind.CITATION : OutgoingLink.Kind.LINK;
            case PAGE -> OutgoingLink.Kind.PAGE;
            case EXTERNAL -> OutgoingLink.Kind.EXTERNAL;
            case UNRESOLVED -> OutgoingLink.Kind.UNRESOLVED;
            case MALFORMED -> OutgoingLink.Kind.MALFORMED;
        };
        return new OutgoingLink(kind, raw, at, t.targetKey(), t.fragment(), note, t.hint());
    }

    /**
     * A line that starts with "TODO:" is text an editor has yet to write (hub new's body is one): a warning at that line,
     * as the summary's placeholder is an error at its line, so it is not published by mistake.
     */
    static void placeholders(String body, String path, int bodyLine, Diagnostics diagnostics) {
        // Found by searching for the mark (one pass, and none further in the common case that it is absent), then
        // kept when it starts a line; lines are counted only up to each one found.
        int line = 0, counted = 0;
        for (int from = body.indexOf("TODO:"); from >= 0; from = body.indexOf("TODO:", from + 1)) {
            if (from > 0 && body.charAt(from - 1) != '\n') continue;
            for (int i = body.indexOf('\n', counted); i >= 0 && i < from; i = body.indexOf('\n', i + 1)) line++;
            counted = from;
            int end = body.indexOf('\n', from);
            if (end < 0) end = body.length();
            diagnostics.warning(new SourceRef(path, bodyLine + line, 1), "placeholder text left in: "
                    + body.substring(from, Math.min(end, from + 60)).strip() + (end - from > 60 ? "..." : ""),
                    "replace the TODO line with the publication's text");
        }
    }

    /** Sanitises rendered HTML; a removal is reported at the first place the body has the tag. */
    private String clean(String html, String body, hub.model.Document doc, Positions pos, Diagnostics diagnostics) {
        HtmlPolicy.Result r = policy.sanitize(html);
        if (!r.removed().isEmpty()) {
            String first = r.removed().get(0);
            String tag = first.startsWith("<") ? first.substring(1, first.length() - 1) : null;
            int offset = tag == null || body == null ? -1 : body.toLowerCase().indexOf("<" + tag);
            SourceRef at = offset >= 0 ? pos.at(offset) : new SourceRef(doc.ref().path(), doc.bodyLine(), 1);
            diagnostics.warning(at, "raw HTML removed by the sanitizer: " + String.join(", ", r.removed().stream().distinct().toList()),
                    "only the elements the html policy allows are kept (see site-config.yml html:)");
        }
        return r.html();
    }
}
