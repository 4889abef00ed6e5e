package hub.render;

import hub.model.ContentType;
import hub.model.Document;
import hub.model.Footnote;
import hub.model.Heading;
import hub.model.LinkGraph;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.Taxonomy;
import hub.model.Term;

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
 * Turns the model into the maps templates see (the documented template context). Every key is
 * always present, so strict-variables templates can test {@code is not null} safely.
 */
final class Views {
    static final Comparator<Document> NEWEST_FIRST = Comparator.comparing(Document::date).reversed()
            .thenComparing(Document::title).thenComparing(Document::key);
    static final Comparator<Document> COLLECTION_ORDER = Comparator.comparingInt(Document::weight).thenComparing(Document::title);
    static final List<String> STANDARD_TAXONOMIES = List.of("authors", "themes", "places", "workstreams");

    private final Site site;
    private final SiteConfig config;
    private final Map<String, Document> byKey;
    private final Map<String, Map<String, Object>> summaries = new ConcurrentHashMap<>();
    private final Map<String, List<Document>> byType = new HashMap<>();
    private final Map<String, List<Document>> collections = new HashMap<>();
    private final Map<String, Integer> typeCounts = new HashMap<>();
    /** "taxonomy/term" to its publications, newest first: built once, since every term page and count needs it. */
    private final Map<String, List<Document>> termDocs = new HashMap<>();
    private final Map<String, Integer> positionInType = new HashMap<>();

    /** The summaries of the previous build (preview only): an equal summary is reused, so comparing pages that hold it is cheap. */
    private final Map<String, Map<String, Object>> previous;
    private final java.util.Set<String> changed;
    /** Term pages' own documents (content/themes/<slug>.md and the like), by taxonomy and slug. */
    private final Map<String, Document> termPages = new HashMap<>();

    Views(Site site) {
        this(site, Map.of());
    }

    Views(Site site, Map<String, Map<String, Object>> previous) {
        this(site, previous, null);
    }

    /**
     * With {@code changed} not null (a scoped update, {@link Render#update}), the summary of every
     * other publication is the previous one as it is: nothing it shows can have changed.
     */
    Views(Site site, Map<String, Map<String, Object>> previous, java.util.Set<String> changed) {
        this.site = site;
        this.previous = previous;
        this.changed = changed;
        this.config = site.config();
        this.byKey = site.corpus().byKey();
        for (Document d : site.corpus().publications()) {
            byType.computeIfAbsent(d.type(), k -> new ArrayList<>()).add(d);
            String c = d.extraString("collection");
            if (c != null) collections.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
        }
        byType.values().forEach(l -> l.sort(Comparator.comparing(Document::date).thenComparing(Document::key)));
        collections.values().forEach(l -> l.sort(COLLECTION_ORDER));
        byType.forEach((k, v) -> typeCounts.put(k, v.size()));
        byType.values().forEach(l -> {
            for (int i = 0; i < l.size(); i++) positionInType.put(l.get(i).key(), i);
        });
        for (Document d : site.corpus().publications()) {
            for (Taxonomy t : site.taxonomies().taxonomies()) {
                for (String id : site.taxonomies().termIdsOf(d.key(), t.id())) {
                    termDocs.computeIfAbsent(t.id() + "/" + id, k -> new ArrayList<>()).add(d);
                }
            }
        }
        termDocs.values().forEach(l -> l.sort(NEWEST_FIRST));
        for (Document d : site.corpus().documents()) {
            String taxonomy = config.type(d.type()).map(ContentType::termOf).orElse(null);
            if (taxonomy != null) termPages.putIfAbsent(taxonomy + "/" + d.slug(), d);
        }
    }

    /**
     * The same views over {@code changed}, a site that differs from this one only in the Markdown
     * bodies of some publications (the preview's shortcut, {@link Render#pages}): every index
     * built from front matter is shared, and so are the summaries, which do not depend on bodies.
     */
    private Views(Views base, Site changed) {
        this.site = changed;
        this.config = changed.config();
        this.byKey = changed.corpus().byKey();
        this.previous = Map.of();
        this.changed = null;
        this.summaries.putAll(base.summaries);
        copyIndexes(base);
    }

    /** Shares {@code base}'s indexes built from front matter (the lists themselves are replaced, never changed in place). */
    private void copyIndexes(Views base) {
        byType.putAll(base.byType);
        collections.putAll(base.collections);
        typeCounts.putAll(base.typeCounts);
        termDocs.putAll(base.termDocs);
        positionInType.putAll(base.positionInType);
        termPages.putAll(base.termPages);
    }

    Views withSite(Site changed) {
        return new Views(this, changed);
    }

    /**
     * The views over {@code site}, which differs from this one's only in the front matter of the
     * publications {@code edited} and not in anything that decides which lists hold them or how many
     * there are (a scoped update, {@link Render#update}). The indexes are this one's, with the edited
     * documents' new versions put in and the lists that order by title sorted again; the summary of
     * every other publication is {@code previous}'s.
     */
    Views edited(Site site, Map<String, Map<String, Object>> previous, java.util.Set<String> edited) {
        return new Views(this, site, previous, edited);
    }

    private Views(Views base, Site site, Map<String, Map<String, Object>> previous, java.util.Set<String> edited) {
        this.site = site;
        this.config = site.config();
        this.byKey = site.corpus().byKey();
        this.previous = previous;
        this.changed = edited;
        copyIndexes(base);
        for (String key : edited) {
            Document d = byKey.get(key);
            if (d == null) continue;
            byType.computeIfPresent(d.type(), (k, l) -> fresh(l, null));
            String c = d.extraString("collection");
            if (c != null) collections.computeIfPresent(c, (k, l) -> fresh(l, COLLECTION_ORDER));
            for (Taxonomy t : site.taxonomies().taxonomies()) {
                for (String id : site.taxonomies().termIdsOf(key, t.id())) termDocs.computeIfPresent(t.id() + "/" + id, (k, l) -> fresh(l, NEWEST_FIRST));
            }
        }
    }

    /** The list with each document's current version, sorted again when {@code order} is given (it may look at titles). */
    private List<Document> fresh(List<Document> list, Comparator<Document> order) {
        List<Document> out = new ArrayList<>(list.size());
        for (Document d : list) out.add(byKey.getOrDefault(d.key(), d));
        if (order != null) out.sort(order);
        return out;
    }

    /** Every summary made so far, for the next build's {@code previous}. */
    Map<String, Map<String, Object>> summaries() {
        return summaries;
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

    List<Document> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    Map<String, Object> type(ContentType t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("label", t.label());
        m.put("plural", t.plural());
        m.put("url", url(t.listPath()));
        m.put("count", typeCounts.getOrDefault(t.id(), 0));
        return m;
    }

    Map<String, Object> typeOf(Document d) {
        return type(config.type(d.type()).orElseThrow());
    }

    Map<String, Object> termLink(Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("label", t.label());
        m.put("url", url(t.path()));
        m.put("taxonomy", t.taxonomy());
        return m;
    }

    List<Map<String, Object>> termLinks(String docKey, String taxonomy) {
        return site.taxonomies().termsOf(docKey, taxonomy).stream().map(this::termLink).toList();
    }

    static String displayDate(LocalDate d, String precision) {
        if (d == null) return null;
        if ("year".equals(precision)) return String.valueOf(d.getYear());
        if ("month".equals(precision)) return d.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** The light view of a document, as lists show it (cached: lists share it). */
    Map<String, Object> summary(Document given) {
        if (changed != null && !changed.contains(given.key())) {
            Map<String, Object> same = previous.get(given.key());
            if (same != null) return same;
        }
        // Lists may hold an older version of an edited document (Views.edited): describe the current one.
        Document d = byKey.getOrDefault(given.key(), given);
        return summaries.computeIfAbsent(d.key(), k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            RenderedDocument r = site.rendered().get(d.key());
            m.put("key", d.key());
            m.put("title", d.title());
            m.put("url", url(site.urls().pathOf(d.key())));
            m.put("type", typeOf(d));
            m.put("date", d.date().toString());
            m.put("date_display", displayDate(d.date(), d.extraString("date_precision")));
            m.put("date_note", d.extraString("date_note"));
            m.put("year", d.date().getYear());
            m.put("updated", d.updated() == null ? null : d.updated().toString());
            m.put("updated_display", displayDate(d.updated(), null));
            for (String tax : STANDARD_TAXONOMIES) m.put(tax, termLinks(d.key(), tax));
            Map<String, Object> terms = new LinkedHashMap<>();
            for (Taxonomy t : site.taxonomies().taxonomies()) {
                terms.put(t.id(), termLinks(d.key(), t.id()));
                m.putIfAbsent(t.id(), termLinks(d.key(), t.id()));
            }
            m.put("terms", terms);
            m.put("summary", d.summary());
            m.put("extra", d.extra());
            m.put("source", d.ref().path());
            m.put("reading_minutes", r == null ? 1 : Math.max(1, Math.round(r.words() / 200.0)));
            m.put("html", null);
            m.put("toc", List.of());
            m.put("toc_html", null);
            m.put("footnotes", List.of());
            m.put("cited_by", List.of());
            m.put("linked_from", List.of());
            m.put("related", List.of());
            m.put("prev", null);
            m.put("next", null);
            m.put("collection", List.of());
            Map<String, Object> same = previous.get(k);
            return same != null && same.equals(m) ? same : java.util.Collections.unmodifiableMap(m);
        });
    }

    /** The full view of the document a page is about. */
    Map<String, Object> full(Document d) {
        Map<String, Object> m = new LinkedHashMap<>(summary(d));
        RenderedDocument r = site.rendered().get(d.key());
        m.put("html", r.html());
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading h : r.toc()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("level", h.level());
            t.put("id", h.id());
            t.put("text", h.text());
            toc.add(t);
        }
        m.put("toc", toc);
        m.put("toc_html", toc.isEmpty() ? null : tocHtml(r.toc()));
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Footnote f : r.footnotes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("number", f.number());
            n.put("id", f.id());
            n.put("html", f.html());
            n.put("backrefs", f.backrefs());
            n.put("cites", f.citesKey() == null || !byKey.containsKey(f.citesKey()) ? null : summary(byKey.get(f.citesKey())));
            notes.add(n);
        }
        m.put("footnotes", notes);
        List<Map<String, Object>> citedBy = new ArrayList<>();
        for (LinkGraph.Citation c : site.links().citedBy(d.key())) {
            Document from = byKey.get(c.fromKey());
            if (from == null) continue;
            Map<String, Object> cv = new LinkedHashMap<>();
            cv.put("doc", summary(from));
            cv.put("notes", c.notes().stream().filter(n -> n > 0).toList());
            citedBy.add(cv);
        }
        m.put("cited_by", citedBy);
        m.put("linked_from", site.links().linkedFrom(d.key()).stream().map(byKey::get).filter(Objects::nonNull).map(this::summary).toList());
        m.put("related", site.related().getOrDefault(d.key(), List.of()).stream().map(byKey::get).filter(Objects::nonNull)
                .map(this::summary).toList());
        List<Document> same = ofType(d.type());
        int i = positionInType.getOrDefault(d.key(), -1);
        m.put("prev", i > 0 ? summary(same.get(i - 1)) : null);
        m.put("next", i >= 0 && i < same.size() - 1 ? summary(same.get(i + 1)) : null);
        String c = d.extraString("collection");
        m.put("collection", c == null ? List.of() : collections.getOrDefault(c, List.of()).stream().map(this::summary).toList());
        return m;
    }

    private String tocHtml(List<Heading> toc) {
        StringBuilder sb = new StringBuilder("<ol>");
        int level = toc.get(0).level();
        boolean open = false;
        for (Heading h : toc) {
            String a = "<a href=\"#" + esc(h.id()) + "\">" + esc(h.text()) + "</a>";
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

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    Map<String, Object> taxonomy(Taxonomy t, boolean withTerms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("label", t.def().label());
        m.put("plural", t.def().plural());
        m.put("url", url(t.def().basePath()));
        m.put("controlled", t.def().controlled());
        m.put("terms", withTerms ? t.terms().stream().map(x -> termCount(x)).toList() : List.of());
        return m;
    }

    /** Publications carrying a term, newest first. */
    List<Document> docsOfCached(Term term) {
        return termDocs.getOrDefault(term.taxonomy() + "/" + term.id(), List.of());
    }

    Map<String, Object> termCount(Term t) {
        Map<String, Object> m = new LinkedHashMap<>(termLink(t));
        m.put("description", t.description());
        m.put("count", docsOfCached(t).size());
        return m;
    }

    Map<String, Object> term(Term t, List<Document> docs) {
        Map<String, Object> m = new LinkedHashMap<>(termCount(t));
        m.put("feed_url", url(t.path() + "feed.xml"));
        Map<String, Integer> counts = new TreeMap<>();
        docs.forEach(d -> counts.merge(d.type(), 1, Integer::sum));
        List<Map<String, Object>> byType = new ArrayList<>();
        for (ContentType ct : config.types()) {
            if (!counts.containsKey(ct.id())) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("type", type(ct));
            c.put("count", counts.get(ct.id()));
            byType.add(c);
        }
        m.put("counts_by_type", byType);
        List<Map<String, Object>> co = new ArrayList<>();
        for (Taxonomy other : site.taxonomies().taxonomies()) {
            if (other.id().equals(t.taxonomy()) || other.id().equals("authors")) continue;
            List<Map<String, Object>> terms = cooccurring(docs, other, null);
            if (terms.isEmpty()) continue;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("taxonomy", taxonomy(other, false));
            g.put("terms", terms);
            co.add(g);
        }
        m.put("cooccurring", co);
        Document page = termPages.get(t.taxonomy() + "/" + t.id());
        m.put("html", page == null ? null : site.rendered().get(page.key()).html());
        m.put("extra", page == null ? Map.of() : page.extra());
        m.put("summary", page == null ? null : page.summary());
        m.put("coauthors", t.taxonomy().equals("authors")
                ? cooccurring(docs, site.taxonomies().get("authors").orElseThrow(), t.id()) : List.of());
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
