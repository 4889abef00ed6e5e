package hub.render;

import hub.diagnostic.Diagnostics;
import hub.model.ContentType;
import hub.model.Document;
import hub.model.OutputFile;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.SourceRef;
import hub.model.Taxonomy;
import hub.model.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The render stage: every page of the site through Pebble, plus feeds, sitemap, robots.txt,
 * redirects and the static files. Produces files in memory; the output stage writes them.
 */
public final class Render {
    private Render() {
    }

    /** One page to render: where it goes, which templates may render it (first existing wins), and its variables. */
    private record Job(String path, List<String> templates, Map<String, Object> page, Map<String, Object> vars, SourceRef origin) {
    }

    public static List<OutputFile> run(Site site, Diagnostics diagnostics) {
        return run(site, null, diagnostics);
    }

    /**
     * Renders the site, re-rendering through Pebble only the pages and feeds whose variables differ
     * from what {@code memo} rendered last time (null: render everything). The preview server
     * keeps one memo, so saving one document re-renders its page and the lists, term pages and
     * feeds whose entries changed; a template change renders everything again.
     */
    public static List<OutputFile> run(Site site, Memo memo, Diagnostics diagnostics) {
        return run(site, memo, null, diagnostics);
    }

    /**
     * Which pages an edit can have changed, for {@link #update}: {@code changed} are the publications
     * whose summaries may differ (every other summary is taken from the last run as it is); then the
     * pages of {@code documents}, the
     * type lists, term pages and year pages (every page of each, with its feed) and the home page.
     * Terms are "taxonomy/term".
     */
    public record Scope(java.util.Set<String> changed, java.util.Set<String> documents, java.util.Set<String> types,
                        java.util.Set<String> terms, java.util.Set<Integer> years, boolean home) {
    }

    /**
     * The preview's shortcut for edits that change what pages show but not which pages exist or what
     * they list (no term, type, date, URL or count changed): renders only the pages and feeds in
     * {@code scope}, with the templates and site-wide variables of the last {@link #run} on
     * {@code memo}, and returns them; every other file is as that run made it.
     */
    public static List<OutputFile> update(Site site, Memo memo, Scope scope, Diagnostics diagnostics) {
        return run(site, memo, scope, diagnostics);
    }

    private static List<OutputFile> run(Site site, Memo memo, Scope scope, Diagnostics diagnostics) {
        SiteConfig config = site.config();
        boolean all = scope == null;
        Views views = memo == null ? new Views(site)
                : all || memo.views == null ? new Views(site, memo.summaries) : memo.views.edited(site, memo.summaries, scope.changed());
        if (!all) memo.rendered.set(0);
        // A scoped update is only asked for when the site-wide variables cannot have changed.
        Map<String, Object> siteView = all ? siteView(site, views) : memo.siteView;
        Templates templates = memo == null ? new Templates(config.templatesDir(), "templates")
                : all ? memo.templates(config, siteView) : memo.templates;
        boolean reuse = memo != null && (memo.reusable || !all);
        List<Job> jobs = new ArrayList<>();
        List<OutputFile> files = new ArrayList<>();
        List<String[]> sitemap = new ArrayList<>();

        // Publications.
        for (Document d : site.corpus().publications()) {
            String path = site.urls().pathOf(d.key());
            if (path == null) continue;
            if (!all && !scope.documents().contains(d.key())) continue;
            jobs.add(publicationJob(views, d, path));
            sitemap.add(new String[]{path, (d.updated() != null ? d.updated() : d.date()).toString()});
        }
        // Type listings, paginated, newest first, with a feed each.
        for (ContentType t : config.types()) {
            if (!t.isPublication() || (!all && !scope.types().contains(t.id()))) continue;
            List<Document> docs = new ArrayList<>(views.ofType(t.id()));
            docs.sort(Views.NEWEST_FIRST);
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("title", t.plural());
            list.put("description", null);
            list.put("url", views.url(t.listPath()));
            list.put("type", views.type(t));
            list.put("feed_url", views.url(t.listPath() + "feed.xml"));
            for (Pager.Page<Document> p : Pager.paginate(docs, config.pageSize(), t.listPath(), views.root())) {
                Map<String, Object> vars = new LinkedHashMap<>();
                vars.put("list", list);
                vars.put("items", p.items().stream().map(views::summary).toList());
                vars.put("pagination", p.view());
                String title = t.plural() + (p.number() > 1 ? " (page " + p.number() + ")" : "");
                jobs.add(new Job(p.path(), List.of("list-" + t.id() + ".peb", "list.peb"),
                        page(views, title, p.path(), null, "list", t.listPath() + "feed.xml"), vars, SourceRef.file(config.configPath())));
                sitemap.add(new String[]{p.path(), null});
            }
            files.add(feed(memo, reuse, config, views, config.title() + ": " + t.plural(), t.listPath() + "feed.xml", t.listPath(),
                    docs.subList(0, Math.min(docs.size(), config.feedSize()))));
        }
        // Taxonomies: an index page each, a page (paginated) and a feed per term.
        for (Taxonomy tax : site.taxonomies().taxonomies()) {
            if (!all) {
                for (Term term : tax.terms()) {
                    if (scope.terms().contains(tax.id() + "/" + term.id())) termJobs(views, config, tax, term, jobs, sitemap, files, memo, reuse);
                }
                continue;
            }
            Map<String, Object> taxView = views.taxonomy(tax, true);
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("taxonomy", taxView);
            vars.put("terms", taxView.get("terms"));
            jobs.add(new Job(tax.def().basePath(), List.of("taxonomy-" + tax.id() + ".peb", "taxonomy.peb"),
                    page(views, tax.def().plural(), tax.def().basePath(), null, "taxonomy", null), vars, SourceRef.file(config.configPath())));
            sitemap.add(new String[]{tax.def().basePath(), null});
            for (Term term : tax.terms()) termJobs(views, config, tax, term, jobs, sitemap, files, memo, reuse);
        }
        // Years.
        Map<Integer, List<Document>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Document d : site.corpus().publications()) years.computeIfAbsent(d.date().getYear(), k -> new ArrayList<>()).add(d);
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
        if (all) jobs.add(new Job("years/", List.of("years.peb"), page(views, "Publications by year", "years/", null, "years", null), yearsVars,
                SourceRef.file(config.configPath())));
        for (var e : years.entrySet()) {
            if (!all && !scope.years().contains(e.getKey())) continue;
            List<Document> docs = new ArrayList<>(e.getValue());
            docs.sort(Views.NEWEST_FIRST);
            String base = "years/" + e.getKey() + "/";
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("title", "Publications of " + e.getKey());
            list.put("description", null);
            list.put("url", views.url(base));
            list.put("type", null);
            list.put("feed_url", null);
            for (Pager.Page<Document> p : Pager.paginate(docs, config.pageSize(), base, views.root())) {
                Map<String, Object> vars = new LinkedHashMap<>();
                vars.put("list", list);
                vars.put("items", p.items().stream().map(views::summary).toList());
                vars.put("pagination", p.view());
                String title = "Publications of " + e.getKey() + (p.number() > 1 ? " (page " + p.number() + ")" : "");
                jobs.add(new Job(p.path(), List.of("year.peb", "list.peb"), page(views, title, p.path(), null, "year", null), vars,
                        SourceRef.file(config.configPath())));
            }
        }
        // Home, search, 404.
        if (all || scope.home()) {
            jobs.add(new Job("", List.of("home.peb"), page(views, config.title(), "", config.description(), "home", "feed.xml"),
                    Map.of("home", home(site, views)), SourceRef.file(config.configPath())));
        }
        if (!all) return renderScoped(site, views, jobs, files, templates, siteView, memo, scope, diagnostics);
        sitemap.add(0, new String[]{"", null});
        jobs.add(new Job("search/", List.of("search.peb"), page(views, "Search", "search/", null, "search", null), Map.of(),
                SourceRef.file(config.configPath())));
        Map<String, Object> notFound = page(views, "Page not found", "404.html", null, "404", null);
        notFound.put("noindex", true);
        jobs.add(new Job("404.html", List.of("404.peb"), notFound, Map.of(), SourceRef.file(config.configPath())));

        // Alias redirects.
        StringBuilder redirects = new StringBuilder();
        for (var e : new TreeMap<>(site.urls().aliases()).entrySet()) {
            String target = site.urls().pathOf(e.getValue());
            if (target == null) continue;
            Map<String, Object> p = page(views, "Moved", e.getKey(), null, "redirect", null);
            p.put("canonical", config.baseUrl() + target);
            p.put("noindex", true);
            jobs.add(new Job(e.getKey(), List.of("redirect.peb"), p, Map.of("target", config.baseUrl() + target),
                    SourceRef.file(config.configPath())));
            redirects.append(config.basePath()).append(e.getKey()).append(' ').append(config.basePath()).append(target).append(" 301\n");
        }
        files.add(text("_redirects", redirects.toString()));

        // Render every page (in parallel; output order is fixed by path).
        java.util.Set<String> missing = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<OutputFile> pages = jobs.parallelStream().map(j -> renderJob(j, templates, siteView, memo, reuse, missing, diagnostics))
                .filter(java.util.Objects::nonNull).toList();
        files.addAll(pages);
        if (memo != null) {
            java.util.Set<String> live = new java.util.HashSet<>();
            jobs.forEach(j -> live.add(j.path()));
            memo.pages.keySet().retainAll(live);
            memo.summaries = Map.copyOf(views.summaries());
            memo.views = views;
        }


        List<Document> newest = new ArrayList<>(site.corpus().publications());
        newest.sort(Views.NEWEST_FIRST);
        files.add(feed(memo, reuse, config, views, config.title(), "feed.xml", "", newest.subList(0, Math.min(newest.size(), config.feedSize()))));
        sitemap.sort(Comparator.comparing(a -> a[0]));
        files.add(text("sitemap.xml", Feeds.sitemap(config, sitemap)));
        files.add(text("robots.txt", Feeds.robots(config)));
        files.addAll(staticFiles(config));
        return files;
    }

    private static Map<String, Object> page(Views views, String title, String path, String description, String kind, String feedPath) {
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

    private static Map<String, Object> siteView(Site site, Views views) {
        SiteConfig c = site.config();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", c.title());
        s.put("tagline", c.tagline());
        s.put("description", c.description());
        s.put("language", c.language());
        s.put("base_url", c.baseUrl());
        s.put("root", c.basePath());
        s.put("search_url", views.url("search/"));
        s.put("feed_url", views.url("feed.xml"));
        s.put("types", c.types().stream().filter(ContentType::isPublication).filter(t -> !views.ofType(t.id()).isEmpty()).map(views::type).toList());
        s.put("taxonomies", site.taxonomies().taxonomies().stream().map(t -> views.taxonomy(t, true)).toList());
        s.put("build_date", c.buildDate());
        return s;
    }

    private static Map<String, Object> home(Site site, Views views) {
        List<Document> newest = new ArrayList<>(site.corpus().publications());
        newest.sort(Views.NEWEST_FIRST);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("latest", newest.stream().limit(10).map(views::summary).toList());
        List<Map<String, Object>> byType = new ArrayList<>();
        for (ContentType t : site.config().types()) {
            if (!t.isPublication() || views.ofType(t.id()).isEmpty()) continue;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("type", views.type(t));
            g.put("items", newest.stream().filter(d -> d.type().equals(t.id())).limit(3).map(views::summary).toList());
            byType.add(g);
        }
        h.put("latest_by_type", byType);
        h.put("themes", site.taxonomies().get("themes").map(t -> t.terms().stream().map(views::termCount).toList()).orElse(List.of()));
        h.put("places", site.taxonomies().get("places").map(t -> t.terms().stream().map(views::termCount).toList()).orElse(List.of()));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("publications", newest.size());
        counts.put("types", byType.size());
        counts.put("authors", site.taxonomies().get("authors").map(t -> t.terms().size()).orElse(0));
        h.put("counts", counts);
        return h;
    }

    /** The end of a scoped update: its pages, feeds and the main feed when the home page is in scope. */
    private static List<OutputFile> renderScoped(Site site, Views views, List<Job> jobs, List<OutputFile> files, Templates templates,
                                                 Map<String, Object> siteView, Memo memo, Scope scope, Diagnostics diagnostics) {
        java.util.Set<String> missing = java.util.concurrent.ConcurrentHashMap.newKeySet();
        files.addAll(jobs.parallelStream().map(j -> renderJob(j, templates, siteView, memo, true, missing, diagnostics))
                .filter(java.util.Objects::nonNull).toList());
        if (scope.home()) {
            List<Document> newest = new ArrayList<>(site.corpus().publications());
            newest.sort(Views.NEWEST_FIRST);
            files.add(feed(memo, true, site.config(), views, site.config().title(), "feed.xml", "",
                    newest.subList(0, Math.min(newest.size(), site.config().feedSize()))));
        }
        Map<String, Map<String, Object>> summaries = new java.util.HashMap<>(memo.summaries);
        summaries.putAll(views.summaries());
        memo.summaries = summaries;
        memo.views = views;
        return files;
    }

    /** A term's pages (paginated) and its feed. */
    private static void termJobs(Views views, SiteConfig config, Taxonomy tax, Term term, List<Job> jobs, List<String[]> sitemap,
                                 List<OutputFile> files, Memo memo, boolean reuse) {
        List<Document> docs = views.docsOfCached(term);
        Map<String, Object> termView = views.term(term, docs);
        for (Pager.Page<Document> p : Pager.paginate(docs, config.pageSize(), term.path(), views.root())) {
            Map<String, Object> tv = new LinkedHashMap<>();
            tv.put("taxonomy", views.taxonomy(tax, false));
            tv.put("term", termView);
            tv.put("items", p.items().stream().map(views::summary).toList());
            tv.put("pagination", p.view());
            String title = term.label() + (p.number() > 1 ? " (page " + p.number() + ")" : "");
            String description = term.description() == null || term.description().isBlank() ? null : term.description();
            jobs.add(new Job(p.path(), List.of("term-" + tax.id() + ".peb", "term.peb"),
                    page(views, title, p.path(), description, "term", term.path() + "feed.xml"), tv, SourceRef.file(config.configPath())));
            sitemap.add(new String[]{p.path(), null});
        }
        files.add(feed(memo, reuse, config, views, config.title() + ": " + term.label(), term.path() + "feed.xml", term.path(),
                docs.subList(0, Math.min(docs.size(), config.feedSize()))));
    }

    /** A publication's page: the document's full view, rendered by page-<type>.peb or page.peb. */
    private static Job publicationJob(Views views, Document d, String path) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("doc", views.full(d));
        return new Job(path, List.of("page-" + d.type() + ".peb", "page.peb"),
                page(views, d.title(), path, d.summary(), "document", null), vars, d.ref());
    }

    /** Renders one page, or takes it from the memo when nothing it depends on changed; null when it failed (reported). */
    private static OutputFile renderJob(Job j, Templates templates, Map<String, Object> siteView, Memo memo, boolean reuse,
                                        java.util.Set<String> missing, Diagnostics diagnostics) {
        String template = templates.first(j.templates());
        if (template == null) {
            String fallback = j.templates().get(j.templates().size() - 1);
            if (missing.add(fallback)) {
                diagnostics.error(SourceRef.file("templates/" + fallback), "missing template: needed for /" + j.path()
                        + (j.templates().size() > 1 ? " (looked for " + String.join(", ", j.templates()) + ")" : ""),
                        "add templates/" + fallback + " (README.md lists the templates and their variables)");
            }
            return null;
        }
        Memo.Page before = memo == null ? null : memo.pages.get(j.path());
        if (reuse && before != null && before.template().equals(template) && before.vars().equals(j.vars())
                && before.page().equals(j.page())) {
            return before.file();
        }
        Map<String, Object> ctx = new LinkedHashMap<>(j.vars());
        ctx.put("site", siteView);
        ctx.put("page", j.page());
        String html = templates.render(template, ctx, j.path(), diagnostics);
        if (html == null) return null;
        String file = j.path().endsWith(".html") ? j.path() : j.path() + "index.html";
        OutputFile out = new OutputFile(file, html.getBytes(StandardCharsets.UTF_8), j.origin());
        if (memo != null) {
            memo.pages.put(j.path(), new Memo.Page(template, j.vars(), j.page(), out));
            memo.rendered.incrementAndGet();
        }
        return out;
    }

    /**
     * The preview's shortcut for a save that changed only the Markdown bodies of publications (not
     * their front matter, links, headings or reading time): re-renders just their pages, with the
     * templates and site-wide variables of the last {@link #run} on {@code memo}. Every other page
     * is, by construction, unchanged. Returns the new pages.
     */
    public static List<OutputFile> pages(Site site, Memo memo, java.util.Collection<String> keys, Diagnostics diagnostics) {
        memo.rendered.set(0);
        Views views = memo.views.withSite(site);
        Map<String, Document> byKey = site.corpus().byKey();
        List<OutputFile> out = new ArrayList<>();
        for (String key : keys) {
            String path = site.urls().pathOf(key);
            Document d = byKey.get(key);
            if (path == null || d == null) continue;
            OutputFile f = renderJob(publicationJob(views, d, path), memo.templates, memo.siteView, memo, false,
                    new java.util.HashSet<>(), diagnostics);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** An Atom feed, taken from the memo when its title, paths and entries are what they were. */
    private static OutputFile feed(Memo memo, boolean reuse, SiteConfig config, Views views, String title, String selfPath,
                                   String alternatePath, List<Document> newestFirst) {
        List<Object> key = List.of(title, alternatePath, newestFirst.stream().map(views::summary).toList());
        Memo.Feed before = memo == null ? null : memo.feeds.get(selfPath);
        if (reuse && before != null && before.key().equals(key)) return before.file();
        OutputFile out = text(selfPath, Feeds.atom(config, views, title, selfPath, alternatePath, newestFirst));
        if (memo != null) memo.feeds.put(selfPath, new Memo.Feed(key, out));
        return out;
    }

    /**
     * What the render stage keeps between builds of one preview: the compiled templates (until a
     * file under templates/ changes), the site-wide variables, and per page and feed the variables
     * it was rendered with and the bytes it gave. A page is reused only when its template, its
     * variables and the site-wide variables are all equal to last time, so reuse cannot change a
     * byte of the output: it only skips work.
     */
    public static final class Memo {
        record Page(String template, Map<String, Object> vars, Map<String, Object> page, OutputFile file) {
        }

        record Feed(List<Object> key, OutputFile file) {
        }

        private final Map<String, Page> pages = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Feed> feeds = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        private String templatesStamp;
        private String staticStamp;
        private Templates templates;
        private Map<String, Object> siteView;
        private Map<String, Map<String, Object>> summaries = Map.of();
        private Views views;
        private boolean reusable;

        /** How many pages the last build rendered through Pebble (the rest were reused). */
        public int lastRendered() {
            return rendered.get();
        }

        /** Whether no file under templates/ or static/ changed since the last {@link #run}. */
        public boolean unchangedSince(SiteConfig config) {
            return templates != null && stamp(config.templatesDir()).equals(templatesStamp) && stamp(config.staticDir()).equals(staticStamp);
        }

        /** Starts a build: keeps the compiled templates and the rendered pages only if nothing site-wide changed. */
        private Templates templates(SiteConfig config, Map<String, Object> site) {
            rendered.set(0);
            staticStamp = stamp(config.staticDir());
            String stamp = stamp(config.templatesDir());
            boolean same = templates != null && stamp.equals(templatesStamp) && site.equals(siteView);
            if (templates == null || !stamp.equals(templatesStamp)) templates = new Templates(config.templatesDir(), "templates");
            reusable = same;
            templatesStamp = stamp;
            siteView = site;
            if (!same) {
                pages.clear();
                feeds.clear();
            }
            return templates;
        }

        /** Names, sizes and modification times of every template: any edit changes it. */
        private static String stamp(Path dir) {
            if (!Files.isDirectory(dir)) return "";
            StringBuilder sb = new StringBuilder();
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    sb.append(dir.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                            .append(Files.getLastModifiedTime(p).to(java.util.concurrent.TimeUnit.NANOSECONDS)).append('\n');
                }
            } catch (IOException e) {
                return "unreadable " + System.nanoTime();
            }
            return sb.toString();
        }
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8), null);
    }

    private static List<OutputFile> staticFiles(SiteConfig config) {
        Path dir = config.staticDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    return new OutputFile(rel, Files.readAllBytes(p), SourceRef.file("static/" + rel));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
