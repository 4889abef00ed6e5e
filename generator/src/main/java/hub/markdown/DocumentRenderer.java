package hub.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import hub.diagnostic.Diagnostics;
import hub.model.LinkResolver;
import hub.model.LinkTarget;
import hub.model.OutgoingLink;
import hub.model.RenderedDocument;
import hub.model.SiteConfig;
import hub.model.SourceRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders one document's Markdown body: parse, resolve every link and citation (recording each
 * with its file line and column), number footnotes by first reference, render, sanitise.
 * The one place Flexmark is configured; one parser and renderer serve all documents and threads.
 */
final class DocumentRenderer {
    private static final Pattern CITATION = Pattern.compile(
            "\\s*(?:see\\s+)?@[A-Za-z0-9/_-]+(?:\\s*,\\s*[^;@]+)?(?:\\s*;\\s*(?:see\\s+)?@[A-Za-z0-9/_-]+(?:\\s*,\\s*[^;@]+)?)*\\s*");
    private static final Pattern CITE_ITEM = Pattern.compile("@([A-Za-z0-9/_-]+)(?:\\s*,\\s*([^;@]+))?");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlPolicy policy;
    private final SiteConfig config;
    private final LinkResolver resolver;
    private final Function<String, String> shortReference;
    private final Function<String, String> fullReference;

    /**
     * @param shortReference document key to the text of an inline citation ("Bennett et al. 2018")
     * @param fullReference  document key to the HTML of a formatted reference, used for a footnote that only cites
     */
    DocumentRenderer(SiteConfig config, LinkResolver resolver, Function<String, String> shortReference,
                     Function<String, String> fullReference) {
        this.config = config;
        this.resolver = resolver;
        this.shortReference = shortReference;
        this.fullReference = fullReference;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, Arrays.asList(TablesExtension.create(), FootnoteExtension.create(),
                        TypographicExtension.create(), AutolinkExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // Links and images with script-capable schemes are rendered as text (the sanitizer would drop them anyway).
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*")
                .set(TablesExtension.CLASS_NAME, "table")
                .set(TablesExtension.WITH_CAPTION, false);
        this.parser = Parser.builder(options).build();
        // The renderer leaves out Flexmark's footnote renderer: ours numbers notes per page and the template places them.
        MutableDataSet renderOptions = new MutableDataSet(options).set(Parser.EXTENSIONS, Arrays.asList(TablesExtension.create(),
                TypographicExtension.create(), AutolinkExtension.create(), new HubNodeRenderer.Extension()));
        this.renderer = HtmlRenderer.builder(renderOptions).build();
        this.policy = new HtmlPolicy(config.allowIframeHosts());
    }

    /** Positions in the body become file positions: line offset from the front matter, column from the line start. */
    private static final class Positions {
        private final int[] lineStarts;
        private final SourceRef file;
        private final int bodyLine;

        Positions(String body, SourceRef file, int bodyLine) {
            int lines = 1;
            for (int i = 0; i < body.length(); i++) if (body.charAt(i) == '\n') lines++;
            int[] starts = new int[lines];
            for (int i = 0, k = 1; i < body.length(); i++) if (body.charAt(i) == '\n') starts[k++] = i + 1;
            this.lineStarts = starts;
            this.file = file;
            this.bodyLine = bodyLine;
        }

        SourceRef at(int offset) {
            int idx = Arrays.binarySearch(lineStarts, offset);
            int line = idx >= 0 ? idx : -idx - 2;
            return new SourceRef(file.path(), bodyLine + line, offset - lineStarts[line] + 1);
        }
    }

    RenderedDocument render(hub.model.Document doc, Diagnostics diagnostics) {
        Document ast = parser.parse(doc.body());
        DocContext ctx = new DocContext(doc.slug());
        ast.set(DocContext.KEY, ctx);
        Positions pos = new Positions(doc.body(), doc.ref(), doc.bodyLine());

        // 1. Footnotes: number by first reference; collect the definitions by label.
        Map<String, List<FootnoteBlock>> definitions = new LinkedHashMap<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, List<String>> backrefs = new LinkedHashMap<>();
        for (Node n : ast.getDescendants()) {
            if (n instanceof FootnoteBlock b) definitions.computeIfAbsent(b.getText().toString(), k -> new ArrayList<>()).add(b);
        }
        for (Node n : ast.getDescendants()) {
            if (!(n instanceof Footnote f)) continue;
            String label = f.getText().toString();
            if (!definitions.containsKey(label)) {
                diagnostics.error(pos.at(f.getStartOffset()), "footnote [^" + label + "] is never defined",
                        hub.diagnostic.Suggest.nearest(label, definitions.keySet()).map(s -> "did you mean [^" + s + "]?")
                                .orElse("add a line '[^" + label + "]: the note' at the end of the document"));
                continue;
            }
            int number = numbers.computeIfAbsent(label, k -> numbers.size() + 1);
            List<String> refs = backrefs.computeIfAbsent(number, k -> new ArrayList<>());
            ctx.footnoteRefs.put(f, new int[]{number, refs.size() + 1});
            refs.add(ctx.refId(number, refs.size() + 1));
        }
        for (var e : definitions.entrySet()) {
            List<FootnoteBlock> blocks = e.getValue();
            for (int i = 1; i < blocks.size(); i++) {
                diagnostics.strictWarning(pos.at(blocks.get(i).getStartOffset()), "footnote [^" + e.getKey() + "] is defined twice (first on line "
                        + pos.at(blocks.get(0).getStartOffset()).line() + "); the first definition is used", "remove or renumber one of them");
            }
            if (!numbers.containsKey(e.getKey())) {
                diagnostics.strictWarning(pos.at(blocks.get(0).getStartOffset()), "footnote [^" + e.getKey() + "] is defined but never referenced",
                        "reference it with [^" + e.getKey() + "] in the text, or remove it");
            }
        }

        // 2. Links and citations: resolve each once, remember where it was written.
        List<OutgoingLink> links = new ArrayList<>();
        Map<FootnoteBlock, List<LinkTarget>> noteTargets = new LinkedHashMap<>();
        for (Node n : ast.getDescendants()) {
            FootnoteBlock inNote = enclosingNote(n);
            int noteNumber = inNote == null ? 0 : numbers.getOrDefault(inNote.getText().toString(), 0);
            if (inNote != null && definitions.get(inNote.getText().toString()).get(0) != inNote) continue;
            if (n instanceof LinkRef ref && !ref.isDefined() && CITATION.matcher(ref.getReference()).matches()) {
                List<DocContext.Cite> cites = new ArrayList<>();
                Matcher m = CITE_ITEM.matcher(ref.getReference());
                while (m.find()) {
                    String key = m.group(1);
                    LinkTarget t = resolver.citation(doc.key(), key);
                    int offset = ref.getReference().getStartOffset() + m.start();
                    SourceRef at = pos.at(offset);
                    String locator = m.group(2) == null ? null : m.group(2).strip();
                    String text = t.kind() == LinkTarget.Kind.DOCUMENT ? shortReference.apply(t.targetKey()) : key;
                    cites.add(new DocContext.Cite(key, locator, t, text));
                    links.add(link(t, "@" + key, at, noteNumber, true));
                    if (inNote != null) noteTargets.computeIfAbsent(inNote, k -> new ArrayList<>()).add(t);
                }
                ctx.citations.put(ref, cites);
                ctx.targets.put(ref, cites.get(0).target());
            } else if (n instanceof Link || n instanceof AutoLink || n instanceof LinkRef && ((LinkRef) n).isDefined()
                    || n instanceof com.vladsch.flexmark.ast.MailLink) {
                String url = n instanceof LinkNodeBase l ? l.getUrl().toString()
                        : n instanceof LinkRef r ? referenceUrl(ast, r) : null;
                if (url == null || n instanceof com.vladsch.flexmark.ast.MailLink) continue;
                LinkTarget t = resolver.link(doc.key(), url);
                ctx.targets.put(n, t);
                links.add(link(t, url, pos.at(n.getStartOffset()), noteNumber, false));
                if (inNote != null) noteTargets.computeIfAbsent(inNote, k -> new ArrayList<>()).add(t);
            }
        }

        // 3. Headings: stable ids (Flexmark's own generator, as the renderer uses), the contents list.
        HeaderIdGenerator ids = new HeaderIdGenerator();
        ids.generateIds(ast);
        List<hub.model.Heading> headings = new ArrayList<>();
        for (Node n : ast.getDescendants()) {
            if (n instanceof Heading h && enclosingNote(n) == null) {
                headings.add(new hub.model.Heading(h.getLevel(), h.getAnchorRefId(), new TextCollectingVisitor().collectAndGetText(h).strip()));
            }
        }
        List<hub.model.Heading> toc = headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        if (toc.size() < config.tocMinHeadings()) toc = List.of();

        // 4. Render body and notes. Flexmark escapes text and attributes itself, so only a document with raw HTML
        //    needs the (comparatively slow) sanitizer.
        boolean rawHtml = false;
        for (Node n : ast.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.HtmlBlockBase || n instanceof com.vladsch.flexmark.ast.HtmlInlineBase) {
                rawHtml = true;
                break;
            }
        }
        String html = rawHtml ? clean(renderer.render(ast), doc, pos, diagnostics) : renderer.render(ast);
        List<hub.model.Footnote> notes = new ArrayList<>();
        for (var e : numbers.entrySet()) {
            FootnoteBlock block = definitions.get(e.getKey()).get(0);
            int number = e.getValue();
            List<LinkTarget> targets = noteTargets.getOrDefault(block, List.of());
            List<String> citedKeys = targets.stream().filter(t -> t.kind() == LinkTarget.Kind.DOCUMENT && t.targetKey() != null
                    && !t.targetKey().equals(doc.key())).map(LinkTarget::targetKey).distinct().toList();
            String cites = citedKeys.size() == 1 ? citedKeys.get(0) : null;
            String noteHtml;
            if (cites != null && onlyCites(block)) {
                noteHtml = fullReference.apply(cites);
            } else {
                String raw = ctx.noteHtml.getOrDefault(block, "");
                noteHtml = rawHtml ? clean(raw, doc, pos, diagnostics) : raw;
            }
            notes.add(new hub.model.Footnote(number, e.getKey(), ctx.noteId(number), noteHtml.strip(),
                    backrefs.getOrDefault(number, List.of()), cites, pos.at(block.getStartOffset())));
        }
        // Plain text for search and similarity, from the HTML (Flexmark's text visitor drops typographic apostrophes).
        StringBuilder all = new StringBuilder(PlainText.of(html));
        for (hub.model.Footnote n : notes) all.append('\n').append(PlainText.of(n.html()));
        String text = all.toString();
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return new RenderedDocument(doc.key(), html, headings, toc, notes, links, text, words);
    }

    /** A note that is only a title and one link (or citations): shown as a formatted reference instead. */
    private static boolean onlyCites(FootnoteBlock block) {
        int links = 0;
        for (Node n : block.getDescendants()) {
            if (n instanceof AutoLink || n instanceof LinkRef) links++;
            else if (n instanceof Link l) {
                links++;
                // An ordinary [text](url) link whose text is prose, not a URL, is the editor's own wording: keep it.
                if (!l.getText().toString().matches("(?i)https?://\\S+")) return false;
            }
        }
        return links >= 1;
    }

    private static String referenceUrl(Document ast, LinkRef r) {
        var ref = r.getReferenceNode(ast);
        return ref == null ? null : ref.getUrl().toString();
    }

    private static FootnoteBlock enclosingNote(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) if (p instanceof FootnoteBlock b) return b;
        return null;
    }

    private static OutgoingLink link(LinkTarget t, String raw, SourceRef at, int note, boolean citation) {
        OutgoingLink.Kind kind = switch (t.kind()) {
            case DOCUMENT -> citation ? OutgoingLink.Kind.CITATION : OutgoingLink.Kind.LINK;
            case PAGE -> OutgoingLink.Kind.PAGE;
            case EXTERNAL -> OutgoingLink.Kind.EXTERNAL;
            case UNRESOLVED -> OutgoingLink.Kind.UNRESOLVED;
        };
        return new OutgoingLink(kind, raw, at, t.targetKey(), t.fragment(), note, t.hint());
    }

    private String clean(String html, hub.model.Document doc, Positions pos, Diagnostics diagnostics) {
        HtmlPolicy.Result r = policy.sanitize(html);
        if (!r.removed().isEmpty()) {
            String first = r.removed().get(0);
            String tag = first.startsWith("<") ? first.substring(1, first.length() - 1) : null;
            int offset = tag == null ? -1 : doc.body().toLowerCase().indexOf("<" + tag);
            SourceRef at = offset >= 0 ? pos.at(offset) : new SourceRef(doc.ref().path(), doc.bodyLine(), 1);
            diagnostics.warning(at, "raw HTML removed by the sanitizer: " + String.join(", ", r.removed().stream().distinct().toList()),
                    "only the elements the html policy allows are kept (see site-config.yml html:)");
        }
        return r.html();
    }
}
