package hub.render;

import hub.memo.Hasher;
import hub.model.Attachment;
import hub.model.ContentType;
import hub.model.Document;
import hub.model.Footnote;
import hub.model.Heading;
import hub.model.Lifecycle;
import hub.model.LinkGraph;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.Taxonomy;
import hub.model.TaxonomyRole;
import hub.model.Term;
import hub.render.cite.Author;
import hub.render.cite.Cite;
import hub.render.cite.Doi;
import hub.render.cite.JsonLd;
import hub.render.cite.Publication;
import hub.text.Html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the model into the maps templates see (the documented template context). Every key is always
 * present, so strict-variables templates can test {@code is not null} safely. One instance per build: it
 * indexes the site once (documents by type, term and collection) and builds each document's summary once,
 * as a {@link ViewMap} that knows its hash.
 */
final class Views {
    /** Newest first, then by title and key. (Written out: the composed comparator was half of sorting 10,000 documents.) */
    static final Comparator<Document> NEWEST_FIRST = (a, b) -> {
        int c = b.date().compareTo(a.date());
        if (c == 0) c = a.title().compareTo(b.title());
        return c != 0 ? c : a.key().compareTo(b.key());
    };
    /** Oldest first, then by key: a type's order (a publication's place in it gives its previous and next). */
    static final Comparator<Document> OLDEST_FIRST = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : a.key().compareTo(b.key());
    };
    static final Comparator<Document> COLLECTION_ORDER = Comparator.comparingInt(Document::weight).thenComparing(Document::title);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Site site;
    private final SiteConfig config;
    private final Map<String, Document> byKey;
    private final Map<String, ViewMap> summaries = new ConcurrentHashMap<>();
    private final Map<String, List<Document>> byType;
    private final Map<String, List<Document>> collections;
    /** Taxonomy, then term, to its publications, newest first: built once, since every term page and count needs it. */
    private final Map<String, Map<String, List<Document>>> termDocs;
    private final Map<String, Integer> positionInType;
    /** Term pages' own documents (content/places/<slug>.md and the like), by taxonomy and slug. */
    private final Map<String, Document> termPages;
    private final Map<String, ViewMap> typeViews = new HashMap<>();
    private final Map<Term, Map<String, Object>> termLinks = new ConcurrentHashMap<>();
    private final Map<String, Publication> publications = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, String>> noteAnchors = new ConcurrentHashMap<>();
    /** The publications lists show (current ones: not superseded or withdrawn), in corpus order. */
    private final List<Document> listed;
    /** The same newest first ({@link #NEWEST_FIRST}), and by type: sorted once per index, for every list and feed. */
    private final List<Document> newestFirst;
    private final Map<String, List<Document>> newestByType;
    /** Translations of one another (Document.translationGroup), when a group has more than one document. */
    private final Map<String, List<Document>> translations;

    /** The link graph: the site's, or (a quick build's) one still being made, waited for when a page first needs it. */
    private final java.util.function.Supplier<LinkGraph> links;


    Views(Site site, java.util.function.Supplier<LinkGraph> links, DocumentIndex index) {
        this.site = site;
        this.links = links;
        this.config = site.config();
        this.byKey = site.corpus().byKey();
        this.listed = index.listed;
        this.newestFirst = index.newestFirst;
        this.newestByType = index.newestByType;
        this.byType = index.byType;
        this.collections = index.collections;
        this.termDocs = index.termDocs;
        this.positionInType = index.positionInType;
        this.termPages = index.termPages;
        this.translations = index.translations;
        for (ContentType t : config.types()) typeViews.put(t.id(), typeView(t));
    }

    /**
     * The other languages {@code d} is published in: language code, its name, the page's URL and canonical URL, and
     * the title, ordered by language code.
     */
    List<Map<String, Object>> translations(Document d) {
        List<Document> group = translations.get(d.translationGroup());
        if (group == null) return List.of();
        List<Map<String, Object>> out = new ArrayList<>();
        group.stream().filter(o -> !o.key().equals(d.key())).sorted(Comparator.comparing((Document o) -> langOf(o)).thenComparing(Document::key))
                .forEach(o -> {
                    String path = site.urls().pathOf(o.key());
                    if (path == null) return;
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("lang", langOf(o));
                    m.put("label", languageLabel(langOf(o)));
                    m.put("url", url(path));
                    m.put("canonical", canonical(path));
                    m.put("title", o.title());
                    out.add(m);
                });
        return out;
    }

    /** The languages other than the site's that publications are written in: lang, label and the URL of their list. */
    List<Map<String, Object>> languages() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (hub.model.Language l : config.languages()) {
            if (listed.stream().noneMatch(d -> l.code().equals(d.lang()))) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lang", l.code());
            m.put("label", l.label());
            m.put("url", url(l.code().toLowerCase(java.util.Locale.ROOT) + "/"));
            out.add(m);
        }
        return out;
    }

    /** The language a document is written in: its own, or the site's. */
    String langOf(Document d) {
        return d.lang() != null ? d.lang() : config.language();
    }

    /** A language's name: its label in site-config.yml, or for the site's own language its name in itself ("English"). */
    private String languageLabel(String code) {
        return config.languageOf(code).map(hub.model.Language::label).orElseGet(() -> {
            java.util.Locale l = java.util.Locale.forLanguageTag(code);
            String name = l.getDisplayLanguage(l);
            return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(l) + name.substring(1);
        });
    }

    String root() {
        return config.basePath();
    }

    String url(String path) {
        return config.basePath() + path;
    }

    String canonical(String path) {
        return config.baseUrl() + path;
    }

    /** The publications lists, feeds and the home page show: superseded and withdrawn ones keep their page but leave the lists. */
    List<Document> listed() {
        return listed;
    }

    /** {@link #listed} newest first ({@link #NEWEST_FIRST}): the order of lists and feeds. Read only. */
    List<Document> newestFirst() {
        return newestFirst;
    }

    /** The listed publications of a type, newest first. Read only. */
    List<Document> newestOfType(String type) {
        return java.util.Collections.unmodifiableList(newestByType.getOrDefault(type, List.of()));
    }

    List<Document> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    ViewMap type(ContentType t) {
        return typeViews.get(t.id());
    }

    private ViewMap typeView(ContentType t) {
        return ViewMap.builder()
                .put("id", t.id())
                .put("label", t.label())
                .put("plural", t.plural())
                .put("singular", t.singular())
                .put("url", url(t.listPath()))
                .put("count", ofType(t.id()).size())
                .build();
    }

    ViewMap typeOf(Document d) {
        return typeViews.get(d.type());
    }

    /** A link to a term's page, made once per term and shared by every document that carries it. */
    Map<String, Object> termLink(Term t) {
        return termLinks.computeIfAbsent(t, this::makeTermLink);
    }

    private Map<String, Object> makeTermLink(Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("label", t.label());
        m.put("url", url(t.path()));
        m.put("taxonomy", t.taxonomy());
        return java.util.Collections.unmodifiableMap(m);
    }

    List<Map<String, Object>> termLinks(String docKey, String taxonomy) {
        return site.taxonomies().termsOf(docKey, taxonomy).stream().map(this::termLink).toList();
    }

    static String displayDate(LocalDate d, String precision) {
        if (d == null) return null;
        if ("year".equals(precision)) return String.valueOf(d.getYear());
        if ("month".equals(precision)) return d.format(MONTH);
        return d.format(DAY);
    }

    /**
     * The date as a {@code <time datetime>} value to the precision it is known: "2018", "2018-06" or "2018-06-03", so a
     * year-only date is the same year to people and machines (never "2018-01-01").
     */
    static String machineDate(LocalDate d, String precision) {
        if (d == null) return null;
        if ("year".equals(precision)) return String.valueOf(d.getYear());
        if ("month".equals(precision)) return d.toString().substring(0, 7);
        return d.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A URL's host, lower case ("whatworksscotland.ac.uk"), or null when it has none. */
    private static String host(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The light view of a document, as lists show it (made once per build: lists share it). */
    ViewMap summary(Document given) {
        Document d = byKey.getOrDefault(given.key(), given);
        return summaries.computeIfAbsent(d.key(), k -> buildSummary(d));
    }

    private ViewMap buildSummary(Document d) {
        RenderedDocument r = site.rendered().get(d.key());
        ViewMap.Builder m = ViewMap.builder();
        m.put("key", d.key());
        m.put("title", d.title());
        m.put("list_title", config.type(d.type()).map(t -> t.listTitle(d.title())).orElse(d.title()));
        m.put("lang", d.lang()); // null: the site's language
        m.put("url", url(site.urls().pathOf(d.key())));
        m.put("type", typeOf(d));
        // A term's page (an author, a place) may have no date: its date fields are null, as an absent updated is.
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("date_display", displayDate(d.date(), d.extraString("date_precision")));
        m.put("datetime", machineDate(d.date(), d.extraString("date_precision")));
        m.put("date_note", d.extraString("date_note"));
        m.put("year", d.date() == null ? null : d.date().getYear());
        m.put("updated", d.updated() == null ? null : d.updated().toString());
        m.put("updated_display", displayDate(d.updated(), null));
        Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();
        // Every role's key is always there (doc.themes: the terms of the taxonomy with role themes, whatever its id), then each taxonomy's id.
        for (TaxonomyRole role : TaxonomyRole.values()) {
            links.put(role.key(), site.taxonomies().termsOf(d.key(), role).stream().map(this::termLink).toList());
        }
        Map<String, Object> terms = new LinkedHashMap<>();
        for (Taxonomy t : site.taxonomies().taxonomies()) {
            List<Map<String, Object>> l = t.def().role() != null ? links.get(t.def().role().key()) : termLinks(d.key(), t.id());
            links.putIfAbsent(t.id(), l);
            terms.put(t.id(), l);
        }
        links.forEach(m::put);
        m.put("terms", terms);
        m.put("summary", d.summary());
        m.put("doi", d.doi());
        m.put("doi_url", d.doi() == null ? null : Doi.url(d.doi()));
        m.put("isbn", d.isbn());
        m.put("publisher", d.extraString("publisher"));
        String original = blankToNull(d.extraString("original_url"));
        m.put("original_url", original);
        m.put("original_host", original == null ? null : host(original));
        m.put("archive_url", original != null && config.legacyHosts().contains(host(original)) ? "https://web.archive.org/web/" + original : null);
        m.put("full_text_note", blankToNull(d.extraString("full_text_note")));
        m.put("attachments", attachments(d));
        m.put("extra", d.extra());
        m.put("source", d.ref().path());
        m.put("reading_minutes", r == null ? 1 : Math.max(1, Math.round(r.words() / 200.0)));
        m.put("html", null);
        m.put("toc", List.of());
        m.put("toc_html", null);
        m.put("footnotes", List.of());
        m.put("references", List.of());
        m.put("cited_by", List.of());
        m.put("linked_from", List.of());
        m.put("related", List.of());
        m.put("prev", null);
        m.put("next", null);
        m.put("collection", List.of());
        m.put("cite", null);
        lifecycle(m, d.lifecycle());
        return m.build();
    }

    /**
     * The files a document attaches, as its page lists them: address, title, kind (id and label), format, size as a
     * reader reads it ("1.2 MB"), and both as one phrase ("PDF, 1.2 MB").
     */
    private List<Map<String, Object>> attachments(Document d) {
        String page = site.urls().pathOf(d.key());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Attachment a : d.attachments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", url(a.urlPath(page)));
            m.put("title", a.title());
            m.put("kind", a.kind());
            m.put("kind_label", a.kindLabel());
            m.put("format", a.format());
            m.put("size", Attachment.humanSize(a.size()));
            m.put("bytes", a.size());
            m.put("description", a.format() + ", " + Attachment.humanSize(a.size()));
            out.add(m);
        }
        return out;
    }

    /** The full report's PDF, for citation_pdf_url: the first attachment of kind full-report that is a PDF, or null. */
    private String fullReportPdf(Document d) {
        String page = site.urls().pathOf(d.key());
        return d.attachments().stream().filter(a -> a.kind().equals("full-report") && a.pdf()).findFirst()
                .map(a -> canonical(a.urlPath(page))).orElse(null);
    }

    /** The full view of the document a page is about: its summary with the body, notes, backlinks and neighbours. */
    ViewMap full(Document d) {
        ViewMap summary = summary(d);
        RenderedDocument r = site.rendered().get(d.key());
        ViewMap.Builder m = ViewMap.extending(summary);
        m.put("html", r.html(), r.hash());
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading h : r.toc()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("level", h.level());
            t.put("id", h.id());
            t.put("text", h.text());
            toc.add(t);
        }
        m.put("toc", toc, r.hash());
        m.put("toc_html", toc.isEmpty() ? null : tocHtml(r.toc()), r.hash());
        List<Map<String, Object>> notes = new ArrayList<>();
        Hasher notesHash = new Hasher().hash(r.hash());
        for (Footnote f : r.footnotes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("number", f.number());
            n.put("id", f.id());
            n.put("html", f.html());
            n.put("backrefs", f.backrefs());
            ViewMap cites = f.citesKey() == null || !byKey.containsKey(f.citesKey()) ? null : summary(byKey.get(f.citesKey()));
            n.put("cites", cites);
            notesHash.value(cites);
            notes.add(n);
        }
        m.put("footnotes", notes, notesHash.hash());
        List<Map<String, Object>> references = new ArrayList<>();
        for (hub.model.ReferenceEntry e : r.references()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", e.label());
            x.put("html", e.html());
            x.put("doc", byKey.containsKey(e.key()) ? summary(byKey.get(e.key())) : null);
            references.add(x);
        }
        m.put("references", references);
        List<Map<String, Object>> citedBy = new ArrayList<>();
        for (LinkGraph.Citation c : links.get().citedBy(d.key())) {
            Document from = byKey.get(c.fromKey());
            if (from == null) continue;
            List<Integer> numbers = c.notes().stream().filter(n -> n > 0).toList();
            citedBy.add(ViewMap.builder().put("doc", summary(from)).put("notes", numbers)
                    .put("note_links", noteLinks(from, numbers)).build());
        }
        m.put("cited_by", citedBy);
        m.put("linked_from", links.get().linkedFrom(d.key()).stream().map(byKey::get).filter(Objects::nonNull).map(this::summary).toList());
        m.put("related", site.related().getOrDefault(d.key(), List.of()).stream().map(byKey::get).filter(Objects::nonNull)
                .map(this::summary).toList());
        List<Document> same = ofType(d.type());
        int i = positionInType.getOrDefault(d.key(), -1);
        m.put("prev", i > 0 ? summary(same.get(i - 1)) : null);
        m.put("next", i >= 0 && i < same.size() - 1 ? summary(same.get(i + 1)) : null);
        String c = d.extraString("collection");
        m.put("collection", c == null ? List.of() : collections.getOrDefault(c, List.of()).stream().map(this::summary).toList());
        m.put("cite", cite(d));
        String replacement = links.get().succession().replacementOf(d.key());
        m.put("superseded_by", replacement == null || !byKey.containsKey(replacement) ? null : summary(byKey.get(replacement)));
        m.put("supersedes", links.get().succession().supersedes(d.key()).stream().map(byKey::get).filter(Objects::nonNull).map(this::summary).toList());
        return m.build();
    }

    /**
     * The citing notes of a "Cited by" entry, each linked to the passage that cites: the note's first reference in the
     * citing page's text ({@code /other-page/#fnref-slug-3}), so a reader lands on the sentence, not the note list.
     */
    private List<Map<String, Object>> noteLinks(Document from, List<Integer> numbers) {
        Map<Integer, String> anchors = noteAnchors.computeIfAbsent(from.key(), this::noteAnchors);
        String page = url(site.urls().pathOf(from.key()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int n : numbers) {
            String anchor = anchors.get(n);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", n);
            m.put("url", anchor == null ? page : page + "#" + anchor);
            out.add(m);
        }
        return out;
    }

    /**
     * Each note's first reference in {@code key}'s text, by note number: made once per citing document, since a document
     * citing many publications appears in as many "Cited by" lists (scanning its notes for each cost a preview save
     * a tenth of its time at 10,000 documents).
     */
    private Map<Integer, String> noteAnchors(String key) {
        RenderedDocument r = site.rendered().get(key);
        if (r == null) return Map.of();
        Map<Integer, String> anchors = new HashMap<>();
        for (Footnote f : r.footnotes()) if (!f.backrefs().isEmpty()) anchors.putIfAbsent(f.number(), f.backrefs().get(0));
        return anchors;
    }

    /**
     * Where the publication stands: {@code status} (published, superseded or withdrawn), the reason it was withdrawn,
     * its corrections (dated), and, filled in by {@link #full} only (a summary does not hold other summaries), the
     * replacement and what it replaces.
     */
    private static void lifecycle(ViewMap.Builder m, Lifecycle l) {
        m.put("status", l.status().word());
        m.put("withdrawn_reason", l.withdrawnReason());
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (Lifecycle.Correction c : l.corrections()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("date", c.date().toString());
            v.put("date_display", displayDate(c.date(), null));
            v.put("note", c.note());
            corrections.add(v);
        }
        m.put("corrections", corrections);
        m.put("superseded_by", null);
        m.put("supersedes", List.of());
    }

    /**
     * What a publication's page shows to cite it and tells indexers: the reference (HTML and plain text), the
     * downloads beside the page, the date as Highwire Press and Dublin Core write it, the full report's PDF and the
     * schema.org JSON-LD (already escaped for a script element).
     */
    private Map<String, Object> cite(Document d) {
        Publication p = publication(d);
        String original = blankToNull(d.extraString("original_url"));
        String path = site.urls().pathOf(d.key());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference_html", Cite.referenceHtml(p));
        m.put("reference_text", Cite.referenceText(p));
        List<Map<String, Object>> files = new ArrayList<>();
        for (Cite.Format f : Cite.Format.values()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("label", f.label());
            file.put("url", url(f.pathBeside(path)));
            file.put("type", f.mediaType());
            file.put("extension", f.extension());
            file.put("download", p.fileStem() + "." + f.extension());
            files.add(file);
        }
        m.put("files", files);
        m.put("highwire_date", p.slashDate());
        m.put("iso_date", p.isoDate());
        m.put("pdf_url", p.pdfUrl());
        ContentType type = config.type(d.type()).orElseThrow();
        m.put("json_ld", JsonLd.publication(p, List.of(new JsonLd.Crumb(config.title(), config.baseUrl()),
                new JsonLd.Crumb(type.plural(), canonical(type.listPath())), new JsonLd.Crumb(d.title(), p.url())),
                d.lifecycle().corrections().stream().map(c -> new JsonLd.Correction(c.date().toString(), c.note())).toList(),
                original == null ? List.of() : List.of(original)));
        return m;
    }

    /** A publication as its citations see it, made once per build (the page and the downloads share it). */
    Publication publication(Document given) {
        Document d = byKey.getOrDefault(given.key(), given);
        return publications.computeIfAbsent(d.key(), k -> makePublication(d));
    }

    private Publication makePublication(Document d) {
        ContentType type = config.type(d.type()).orElseThrow();
        List<Author> authors = site.taxonomies().termsOf(d.key(), TaxonomyRole.AUTHORS).stream().map(this::author).toList();
        List<String> places = site.taxonomies().termsOf(d.key(), TaxonomyRole.PLACES).stream().map(Term::label).toList();
        return new Publication(d.key(), d.title(), authors, d.date(), d.extraString("date_precision"), type.citeAs(), type.label(),
                d.extraString("publisher"), canonical(site.urls().pathOf(d.key())), d.doi(), d.isbn(), d.summary(), config.language(),
                fullReportPdf(d), places);
    }

    /** An author as citations write them: an organisation when the author's page says {@code organisation: true}. */
    private Author author(Term t) {
        Document page = termPages.get(t.taxonomy() + "/" + t.id());
        boolean organisation = page != null && Boolean.TRUE.equals(page.extra().get("organisation"));
        return new Author(t.label(), organisation, canonical(t.path()));
    }

    /** The home page's variable: latest publications, the latest of each type, themes, places and counts. */
    Map<String, Object> home() {
        List<Document> newest = newestFirst;
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("latest", newest.stream().limit(10).map(this::summary).toList());
        List<Map<String, Object>> latestByType = new ArrayList<>();
        for (ContentType t : config.types()) {
            if (!t.isPublication() || ofType(t.id()).isEmpty()) continue;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("type", type(t));
            g.put("items", newest.stream().filter(d -> d.type().equals(t.id())).limit(3).map(this::summary).toList());
            latestByType.add(g);
        }
        h.put("latest_by_type", latestByType);
        h.put(TaxonomyRole.THEMES.key(), site.taxonomies().withRole(TaxonomyRole.THEMES).map(t -> t.terms().stream().map(this::termCount).toList()).orElse(List.of()));
        h.put(TaxonomyRole.PLACES.key(), site.taxonomies().withRole(TaxonomyRole.PLACES).map(t -> t.terms().stream().map(this::termCount).toList()).orElse(List.of()));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("publications", newest.size());
        counts.put("types", latestByType.size());
        counts.put("authors", site.taxonomies().withRole(TaxonomyRole.AUTHORS).map(t -> t.terms().size()).orElse(0));
        h.put("counts", counts);
        return h;
    }

    /** The site variable: what every page may show of the site as a whole (read-tracked, {@link SiteView}). */
    SiteView siteView() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", config.title());
        s.put("tagline", config.tagline());
        s.put("description", config.description());
        s.put("programme", config.programme());
        s.put("language", config.language());
        s.put("logo", config.logo() == null ? null : url(config.logo()));
        s.put("example_searches", config.exampleSearches());
        s.put("languages", languages());
        s.put("base_url", config.baseUrl());
        s.put("root", config.basePath());
        s.put("search_url", url("search/"));
        s.put("feed_url", url("feed.xml"));
        s.put("types", config.types().stream().filter(ContentType::isPublication).filter(t -> !ofType(t.id()).isEmpty()).map(this::type).toList());
        s.put("taxonomies", site.taxonomies().taxonomies().stream().map(t -> taxonomy(t, true)).toList());
        s.put("build_date", config.buildDate());
        return new SiteView(s);
    }

    private String tocHtml(List<Heading> toc) {
        StringBuilder sb = new StringBuilder("<ol>");
        int level = toc.get(0).level();
        boolean open = false;
        for (Heading h : toc) {
            String a = "<a href=\"#" + Html.escape(h.id()) + "\">" + Html.escape(h.text()) + "</a>";
            if (h.level() > level && open) {
                sb.append("<ol><li>").append(a);
                level = h.level();
            } else if (h.level() < level) {
                sb.append("</li></ol></li><li>").append(a);
                level = h.level();
            } else {
                if (open) sb.append("</li>");
                sb.append("<li>").append(a);
            }
            open = true;
        }
        sb.append("</li>");
        while (level > toc.get(0).level()) {
            sb.append("</ol></li>");
            level--;
        }
        return sb.append("</ol>").toString();
    }

    Map<String, Object> taxonomy(Taxonomy t, boolean withTerms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("label", t.def().label());
        m.put("plural", t.def().plural());
        m.put("url", url(t.def().basePath()));
        m.put("controlled", t.def().controlled());
        m.put("role", t.def().role() == null ? null : t.def().role().key());
        m.put("terms", withTerms ? t.terms().stream().map(this::termCount).toList() : List.of());
        m.put("empty", t.terms().isEmpty()); // menus leave out a taxonomy with no terms (a site without themes shows no Themes)
        return m;
    }

    /** Publications carrying a term, newest first. */
    List<Document> docsOf(Term term) {
        Map<String, List<Document>> ofTaxonomy = termDocs.get(term.taxonomy());
        return ofTaxonomy == null ? List.of() : ofTaxonomy.getOrDefault(term.id(), List.of());
    }

    Map<String, Object> termCount(Term t) {
        Map<String, Object> m = new LinkedHashMap<>(termLink(t));
        m.put("description", t.description());
        m.put("count", docsOf(t).size());
        return m;
    }

    private final Map<Term, Map<String, Object>> termViews = new ConcurrentHashMap<>();

    /** {@link #term}, made once per build: a term's pages (one per page of its list) share it. */
    Map<String, Object> termView(Term t, List<Document> docs) {
        return termViews.computeIfAbsent(t, k -> term(t, docs));
    }

    Map<String, Object> term(Term t, List<Document> docs) {
        Map<String, Object> m = new LinkedHashMap<>(termCount(t));
        m.put("feed_url", url(t.path() + "feed.xml"));
        Map<String, Integer> counts = new TreeMap<>();
        docs.forEach(d -> counts.merge(d.type(), 1, Integer::sum));
        List<Map<String, Object>> byTypeCounts = new ArrayList<>();
        for (ContentType ct : config.types()) {
            if (!counts.containsKey(ct.id())) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("type", type(ct));
            c.put("count", counts.get(ct.id()));
            byTypeCounts.add(c);
        }
        m.put("counts_by_type", byTypeCounts);
        List<Map<String, Object>> co = new ArrayList<>();
        for (Taxonomy other : site.taxonomies().taxonomies()) {
            if (other.id().equals(t.taxonomy()) || other.def().role() == TaxonomyRole.AUTHORS) continue;
            List<Map<String, Object>> terms = cooccurring(docs, other, null);
            if (terms.isEmpty()) continue;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("taxonomy", taxonomy(other, false));
            g.put("terms", terms);
            co.add(g);
        }
        m.put("cooccurring", co);
        Document page = termPages.get(t.taxonomy() + "/" + t.id());
        RenderedDocument pageBody = page == null ? null : site.rendered().get(page.key());
        m.put("html", pageBody == null ? null : pageBody.html());
        m.put("extra", page == null ? Map.of() : page.extra());
        m.put("summary", page == null ? null : page.summary());
        boolean authors = site.taxonomies().withRole(TaxonomyRole.AUTHORS).filter(a -> a.id().equals(t.taxonomy())).isPresent();
        m.put("coauthors", authors ? cooccurring(docs, site.taxonomies().withRole(TaxonomyRole.AUTHORS).get(), t.id()) : List.of());
        // An author's page describes the author (a Person or an Organization) to indexers; other term pages do not need it.
        String plural = config.taxonomy(t.taxonomy()).map(x -> x.plural()).orElse(t.taxonomy());
        String basePath = config.taxonomy(t.taxonomy()).map(x -> x.basePath()).orElse("");
        m.put("json_ld", !authors ? null : JsonLd.author(author(t), page == null ? null : page.extraString("affiliation"),
                page == null ? null : page.summary(), List.of(new JsonLd.Crumb(config.title(), config.baseUrl()),
                        new JsonLd.Crumb(plural, canonical(basePath)), new JsonLd.Crumb(t.label(), canonical(t.path())))));
        return m;
    }

    private List<Map<String, Object>> cooccurring(List<Document> docs, Taxonomy other, String except) {
        Map<String, Integer> counts = new HashMap<>();
        for (Document d : docs) {
            for (String id : site.taxonomies().termIdsOf(d.key(), other.id())) if (!id.equals(except)) counts.merge(id, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12)
                .map(e -> {
                    Term term = other.term(e.getKey()).orElse(null);
                    if (term == null) return null;
                    Map<String, Object> v = new LinkedHashMap<>(termLink(term));
                    v.put("count", e.getValue());
                    return v;
                }).filter(Objects::nonNull).toList();
    }
}
