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
import java.util.function.Supplier;

/**
 * Every page and feed of the site, as jobs: publications, type lists, taxonomy and term pages, years,
 * the home, search and not-found pages, and alias redirects, with the sitemap's entries. Making a job builds
 * its variables (cheap: views are shared); rendering it is left to {@link Render}.
 */
final class PageJobs {
    /** A feed to write: its path, title, the page it belongs to and its entries, newest first. */
    record Feed(String path, String title, String alternatePath, List<Document> entries) {
    }

    /** Everything to produce: pages, feeds, sitemap entries (path, last modified or null) and the redirects file. */
    record Plan(List<Job> jobs, List<Feed> feeds, List<String[]> sitemap, String redirects) {
    }

    private final Site site;
    private final SiteConfig config;
    private final Views views;
    private final List<Job> jobs = new ArrayList<>();
    private final List<Feed> feeds = new ArrayList<>();
    private final List<String[]> sitemap = new ArrayList<>();

    private PageJobs(Site site, Views views) {
        this.site = site;
        this.config = site.config();
        this.views = views;
    }

    static Plan plan(Site site, Views views) {
        PageJobs p = new PageJobs(site, views);
        p.publications();
        p.typeLists();
        p.taxonomies();
        p.years();
        p.fixedPages();
        String redirects = p.aliases();
        p.sitemap.sort(Comparator.comparing(a -> a[0]));
        return new Plan(List.copyOf(p.jobs), List.copyOf(p.feeds), List.copyOf(p.sitemap), redirects);
    }

    private void publications() {
        for (Document d : site.corpus().publications()) {
            String path = site.urls().pathOf(d.key());
            if (path == null) continue;
            // The window title and shared-link title carry the type's context ("Key messages: Evidence"), as lists do.
            String title = config.type(d.type()).map(t -> t.listTitle(d.title())).orElse(d.title());
            jobs.add(new Job(path, List.of("page-" + d.type() + ".peb", "page.peb"), page(title, path, d.summary(), "document", null),
                    () -> Map.of("doc", views.full(d)), d.ref()));
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
            List<Document> docs = new ArrayList<>(views.ofType(t.id()));
            docs.sort(Views.NEWEST_FIRST);
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
        // The term's view (counts by type, co-occurring terms) is made once, by the first of its pages to render.
        Supplier<Map<String, Object>> termView = once(() -> views.term(term, docs));
        Map<String, Object> taxView = views.taxonomy(tax, false);
        String description = term.description() == null || term.description().isBlank() ? null : term.description();
        for (Pager.Page<Document> p : Pager.paginate(docs, config.pageSize(), term.path(), views.root())) {
            String title = term.label() + (p.number() > 1 ? " (page " + p.number() + ")" : "");
            jobs.add(new Job(p.path(), List.of("term-" + tax.id() + ".peb", "term.peb"),
                    page(title, p.path(), description, "term", term.path() + "feed.xml"), () -> {
                        Map<String, Object> tv = new LinkedHashMap<>();
                        tv.put("taxonomy", taxView);
                        tv.put("term", termView.get());
                        tv.put("items", p.items().stream().map(views::summary).toList());
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
        for (Document d : views.listed()) years.computeIfAbsent(d.date().getYear(), k -> new ArrayList<>()).add(d);
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
            List<Document> docs = new ArrayList<>(e.getValue());
            docs.sort(Views.NEWEST_FIRST);
            String base = "years/" + e.getKey() + "/";
            String title = "Publications of " + e.getKey();
            paginated(docs, base, list(title, base, null, null), title, List.of("year.peb", "list.peb"), "year", null);
        }
    }

    /** Home, search and not-found pages. */
    private void fixedPages() {
        jobs.add(new Job("", List.of("home.peb"), page(config.title(), "", config.description(), "home", "feed.xml"),
                Map.of("home", views.home()), configRef()));
        sitemap.add(new String[]{"", null});
        jobs.add(new Job("search/", List.of("search.peb"), page("Search", "search/", null, "search", null), Map.of(), configRef()));
        Map<String, Object> notFound = page("Page not found", "404.html", null, "404", null);
        notFound.put("noindex", true);
        jobs.add(new Job("404.html", List.of("404.peb"), notFound, Map.of(), configRef()));
        List<Document> newest = new ArrayList<>(views.listed());
        newest.sort(Views.NEWEST_FIRST);
        feeds.add(new Feed("feed.xml", config.title(), "", newest(newest)));
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
            jobs.add(new Job(p.path(), templates, page(pageTitle, p.path(), null, kind, feedPath), () -> {
                Map<String, Object> vars = new LinkedHashMap<>();
                vars.put("list", list);
                vars.put("items", p.items().stream().map(views::summary).toList());
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

    /** {@code make}'s value, made by the first caller (pages render in parallel) and shared with the rest. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) value = make.get();
                        v = value;
                    }
                }
                return v;
            }
        };
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
        return p;
    }

    private SourceRef configRef() {
        return SourceRef.file(config.configPath());
    }
}
