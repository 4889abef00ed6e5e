package hub.render;

import hub.model.ContentType;
import hub.model.Document;
import hub.model.Lifecycle;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.SourceRef;
import hub.model.Taxonomy;
import hub.model.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every page and feed of the site, as jobs: publications, type lists, taxonomy and term pages, years,
 * the home, search and not-found pages, and alias redirects, with the sitemap's entries. A plan is made from the
 * front matter, taxonomies, addresses and configuration only (what a page shows of bodies, links and related
 * lists comes from the {@link Views} its variables are made with), so the render memo keeps it for the next build
 * with the same front matter ({@link Render.Memo}); rendering is left to {@link Render}.
 */
final class PageJobs {
    /** A feed to write: its path, title, the page it belongs to and its entries, newest first. */
    record Feed(String path, String title, String alternatePath, List<Document> entries) {
    }

    /**
     * Everything to produce: pages, feeds, sitemap entries (path, last modified or null), the sitemap and redirects files,
     * the first job of each list of templates (in plan order: a missing template is reported naming it), and the keys of
     * the documents with files to copy beside their pages (attachments; a page bundle's files). All of it front matter decides, so a plan
     * kept for the next build keeps them, and a quick build makes them on the plan's own thread.
     */
    record Plan(List<Job> jobs, List<Feed> feeds, Sitemap sitemap, String redirects,
                Map<List<String>, Job> firstJobOfTemplates, List<String> attached, List<String> bundles) {
        String sitemapXml() {
            return sitemap.xml();
        }
    }

    /**
     * The sitemap: its entries (path, last modified or null) in the order they were planned, and its text (sorted by
     * path). Made again only when an entry or the base URL differs from the last plan's: a title or term edit leaves it
     * as it was, and sorting and writing 17,000 entries was a sixth of planning after one.
     */
    record Sitemap(List<String[]> planned, String baseUrl, String xml) {
        static Sitemap of(SiteConfig config, List<String[]> planned, Plan previous) {
            if (previous != null && previous.sitemap().baseUrl().equals(config.baseUrl()) && sameEntries(previous.sitemap().planned(), planned)) {
                return previous.sitemap();
            }
            List<String[]> sorted = new ArrayList<>(planned);
            sorted.sort(Comparator.comparing(a -> a[0]));
            return new Sitemap(List.copyOf(planned), config.baseUrl(), Feeds.sitemap(config, sorted));
        }

        private static boolean sameEntries(List<String[]> a, List<String[]> b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!java.util.Arrays.equals(a.get(i), b.get(i))) return false;
            return true;
        }
    }

    private final Site site;
    private final SiteConfig config;
    private final Views views;
    private final List<Job> jobs = new ArrayList<>();
    private final List<Feed> feeds = new ArrayList<>();
    private final List<String[]> sitemap = new ArrayList<>();
    /** A publication page's templates, one list per type (the lists are compared, and hashed, per job). */
    private final Map<String, List<String>> pageTemplates = new java.util.HashMap<>();

    private PageJobs(Site site, Views views) {
        this.site = site;
        this.config = site.config();
        this.views = views;
    }

    /** The plan of {@code site}; {@code previous} (null: none) is the last one, whose sitemap is taken when it is the same. */
    static Plan plan(Site site, Views views, Plan previous) {
        PageJobs p = new PageJobs(site, views);
        p.publications();
        p.typeLists();
        p.taxonomies();
        p.years();
        p.languages();
        p.fixedPages();
        String redirects = p.aliases();
        Map<List<String>, Job> first = new LinkedHashMap<>();
        for (Job j : p.jobs) first.putIfAbsent(j.templates(), j);
        // By key: a plan kept for a build whose bodies or attached files changed holds the documents it was made with.
        List<String> attached = new ArrayList<>(), bundles = new ArrayList<>();
        for (Document d : site.corpus().publications()) {
            if (!d.attachments().isEmpty() && site.urls().pathOf(d.key()) != null) attached.add(d.key());
        }
        for (Document d : site.corpus().documents()) {
            if (hub.model.Bundle.isPage(d.ref().path()) && site.urls().pathOf(d.key()) != null) bundles.add(d.key());
        }
        return new Plan(List.copyOf(p.jobs), List.copyOf(p.feeds), Sitemap.of(site.config(), p.sitemap, previous), redirects,
                java.util.Collections.unmodifiableMap(first), List.copyOf(attached), List.copyOf(bundles));
    }

    private void publications() {
        for (Document d : site.corpus().publications()) {
            String path = site.urls().pathOf(d.key());
            if (path == null) continue;
            // The window title and shared-link title carry the type's context ("Key messages: Evidence"), as lists do.
            String title = config.type(d.type()).map(t -> t.listTitle(d.title())).orElse(d.title());
            Map<String, Object> page = page(title, path, d.summary(), "document", null);
            page.put("lang", d.lang());
            page.put("translations", views.translations(d));
            jobs.add(new Job(path, pageTemplates.computeIfAbsent(d.type(), t -> List.of("page-" + t + ".peb", "page.peb")), page,
                    v -> Map.of("doc", v.full(d)), d.ref()));
            // A superseded publication stays in the sitemap: it is still a valid page that search engines should know
            // leads on to its replacement. A withdrawn one leaves it: nothing should send new readers there.
            if (d.lifecycle().status() != Lifecycle.Status.WITHDRAWN) {
                sitemap.add(new String[]{path, (d.updated() != null ? d.updated() : d.date()).toString()});
            }
        }
    }

    /** Type listings, paginated, newest first, with a feed each. */
    private void typeLists() {
        for (ContentType t : config.types()) {
            if (!t.isPublication()) continue;
            List<Document> docs = views.newestOfType(t.id());
            Map<String, Object> list = list(t.plural(), t.listPath(), views.type(t), t.listPath() + "feed.xml");
            paginated(docs, t.listPath(), list, t.plural(), List.of("list-" + t.id() + ".peb", "list.peb"), "list", t.listPath() + "feed.xml");
            feeds.add(new Feed(t.listPath() + "feed.xml", config.title() + ": " + t.plural(), t.listPath(), newest(docs)));
        }
    }

    /** Taxonomies: an index page each, a page (paginated) and a feed per term. */
    private void taxonomies() {
        for (Taxonomy tax : site.taxonomies().taxonomies()) {
            Map<String, Object> taxView = views.taxonomy(tax, true);
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("taxonomy", taxView);
            vars.put("terms", taxView.get("terms"));
            jobs.add(new Job(tax.def().basePath(), List.of("taxonomy-" + tax.id() + ".peb", "taxonomy.peb"),
                    page(tax.def().plural(), tax.def().basePath(), null, "taxonomy", null), vars, configRef()));
            sitemap.add(new String[]{tax.def().basePath(), null});
            for (Term term : tax.terms()) term(tax, term);
        }
    }

    /** A term's pages (paginated) and its feed. */
    private void term(Taxonomy tax, Term term) {
        List<Document> docs = views.docsOf(term);
        Map<String, Object> taxView = views.taxonomy(tax, false);
        String description = term.description() == null || term.description().isBlank() ? null : term.description();
        for (Pager.Page<Document> p : Pager.paginate(docs, config.pageSize(), term.path(), views.root())) {
            String title = term.label() + (p.number() > 1 ? " (page " + p.number() + ")" : "");
            jobs.add(new Job(p.path(), List.of("term-" + tax.id() + ".peb", "term.peb"),
                    page(title, p.path(), description, "term", term.path() + "feed.xml"), v -> {
                        Map<String, Object> tv = new LinkedHashMap<>();
                        tv.put("taxonomy", taxView);
                        // The term's view (counts by type, co-occurring terms, its page's text) is made once per build.
                        tv.put("term", v.termView(term, docs));
                        tv.put("items", p.items().stream().map(v::summary).toList());
                        tv.put("pagination", p.view());
                        return tv;
                    }, configRef()));
            sitemap.add(new String[]{p.path(), null});
        }
        feeds.add(new Feed(term.path() + "feed.xml", config.title() + ": " + term.label(), term.path(), newest(docs)));
    }

    /** The years index and a list per year. */
    private void years() {
        Map<Integer, List<Document>> years = new TreeMap<>(Comparator.reverseOrder());
        // Dealt from the newest-first list: each year's list comes out newest first.
        for (Document d : views.newestFirst()) years.computeIfAbsent(d.date().getYear(), k -> new ArrayList<>()).add(d);
        List<Map<String, Object>> yearViews = new ArrayList<>();
        for (var e : years.entrySet()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("year", e.getKey());
            y.put("count", e.getValue().size());
            y.put("url", views.url("years/" + e.getKey() + "/"));
            yearViews.add(y);
        }
        Map<String, Object> yearsVars = new LinkedHashMap<>();
        yearsVars.put("years", yearViews);
        jobs.add(new Job("years/", List.of("years.peb"), page("Publications by year", "years/", null, "years", null), yearsVars, configRef()));
        for (var e : years.entrySet()) {
            List<Document> docs = e.getValue();
            String base = "years/" + e.getKey() + "/";
            String title = "Publications of " + e.getKey();
            paginated(docs, base, list(title, base, null, null), title, List.of("year.peb", "list.peb"), "year", null);
        }
    }

    /**
     * A list per language other than the site's, of the publications written in it (/fr/, newest first, paginated,
     * with a feed), its pages in that language.
     */
    private void languages() {
        for (Map<String, Object> l : views.languages()) {
            String code = (String) l.get("lang");
            List<Document> docs = views.newestFirst().stream().filter(d -> code.equals(d.lang())).toList();
            String base = code.toLowerCase(java.util.Locale.ROOT) + "/";
            String title = (String) l.get("label");
            Map<String, Object> list = list(title, base, null, base + "feed.xml");
            int from = jobs.size();
            paginated(docs, base, list, title, List.of("language.peb", "list.peb"), "list", base + "feed.xml");
            for (int i = from; i < jobs.size(); i++) jobs.get(i).page().put("lang", code);
            feeds.add(new Feed(base + "feed.xml", config.title() + ": " + title, base, newest(docs)));
        }
    }

    /** Home, search and not-found pages. */
    private void fixedPages() {
        jobs.add(new Job("", List.of("home.peb"), page(config.title(), "", config.description(), "home", "feed.xml"),
                v -> Map.of("home", v.home()), configRef()));
        sitemap.add(new String[]{"", null});
        jobs.add(new Job("search/", List.of("search.peb"), page("Search", "search/", null, "search", null), Map.of(), configRef()));
        Map<String, Object> notFound = page("Page not found", "404.html", null, "404", null);
        notFound.put("noindex", true);
        jobs.add(new Job("404.html", List.of("404.peb"), notFound, Map.of(), configRef()));
        feeds.add(new Feed("feed.xml", config.title(), "", newest(views.newestFirst())));
    }

    /** A redirect page per alias; returns the _redirects file (for hosts that read one). */
    private String aliases() {
        StringBuilder redirects = new StringBuilder();
        for (var e : new TreeMap<>(site.urls().aliases()).entrySet()) {
            String target = site.urls().pathOf(e.getValue());
            if (target == null) continue;
            Map<String, Object> p = page("Moved", e.getKey(), null, "redirect", null);
            p.put("canonical", config.baseUrl() + target);
            p.put("noindex", true);
            jobs.add(new Job(e.getKey(), List.of("redirect.peb"), p, Map.of("target", config.baseUrl() + target), configRef()));
            redirects.append(config.basePath()).append(e.getKey()).append(' ').append(config.basePath()).append(target).append(" 301\n");
        }
        return redirects.toString();
    }

    /** A list's pages: {@code docs} cut into pages of the configured size, each a job. */
    private void paginated(List<Document> docs, String base, Map<String, Object> list, String title, List<String> templates, String kind,
                           String feedPath) {
        for (Pager.Page<Document> p : Pager.paginate(docs, config.pageSize(), base, views.root())) {
            String pageTitle = title + (p.number() > 1 ? " (page " + p.number() + ")" : "");
            // The items' views are made when the page renders (in parallel with the other pages), not while planning.
            jobs.add(new Job(p.path(), templates, page(pageTitle, p.path(), null, kind, feedPath), v -> {
                Map<String, Object> vars = new LinkedHashMap<>();
                vars.put("list", list);
                vars.put("items", p.items().stream().map(v::summary).toList());
                vars.put("pagination", p.view());
                return vars;
            }, configRef()));
            if (kind.equals("list")) sitemap.add(new String[]{p.path(), null});
        }
    }

    private Map<String, Object> list(String title, String path, Object type, String feedPath) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("title", title);
        list.put("description", null);
        list.put("url", views.url(path));
        list.put("type", type);
        list.put("feed_url", feedPath == null ? null : views.url(feedPath));
        return list;
    }

    private List<Document> newest(List<Document> newestFirst) {
        return newestFirst.subList(0, Math.min(newestFirst.size(), config.feedSize()));
    }

    private Map<String, Object> page(String title, String path, String description, String kind, String feedPath) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("url", views.url(path));
        p.put("canonical", views.canonical(path));
        p.put("description", description);
        p.put("kind", kind);
        p.put("feed_url", feedPath == null ? null : views.url(feedPath));
        p.put("noindex", false);
        p.put("lang", null); // a document page's language, when it is not the site's
        p.put("translations", List.of()); // a document page's translations: lang, label, url, canonical, title
        return p;
    }

    private SourceRef configRef() {
        return SourceRef.file(config.configPath());
    }
}
