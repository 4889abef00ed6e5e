package hub.render;

import hub.diagnostic.Diagnostics;
import hub.memo.Hash;
import hub.memo.Hasher;
import hub.model.FileSink;
import hub.model.OutputFile;
import hub.model.PagesOnDemand;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.SiteFiles;
import hub.model.SourceRef;
import hub.parallel.Parallel;
import hub.render.cite.Cite;
import hub.render.cite.Publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The render stage: every page of the site through Pebble, plus feeds, sitemap, robots.txt, redirects and
 * the static files, handed to a {@link FileSink} as they are made (in parallel; the sink orders nothing and
 * holds what it must). With a {@link Memo} from an earlier build, a page whose fingerprint (its templates and
 * every variable it is given) and whose reads of the site variable are what they were is not rendered again:
 * the sink keeps the previous file. So an edit re-renders exactly the pages that show something it changed.
 */
public final class Render {
    private Render() {
    }

    /**
     * What a run did: pages (HTML files) in the site, how many of them went through the templates, and whether it made its
     * index of documents by patching the last build's ({@link FrontMatterEdit}).
     */
    public record Result(int pages, int rendered, boolean indexPatched) {
    }

    /**
     * Renders the site into {@code sink}; {@code memo} (never null) is read and updated. {@code edit} says what changed in
     * the front matter since the build {@code memo} remembers ({@link FrontMatterEdit}), or is null.
     */
    public static Result run(Site site, Memo memo, FileSink sink, Diagnostics diagnostics, FrontMatterEdit edit) {
        DocumentIndex last = memo.index;
        DocumentIndex index = memo.index(site, edit);
        Views views = new Views(site, site::links, index);
        SiteView siteView = views.siteView();
        Templates templates = memo.templates(site.config());
        templates.reportLeaving(diagnostics);
        PageJobs.Plan plan = memo.plan(site, views, index);
        Run run = new Run(templates, views, siteView, memo, sink, diagnostics);
        run.reportMissing(plan);
        Parallel.forEach(plan.jobs(), run::page);
        Parallel.forEach(plan.feeds(), f -> run.feed(site.config(), views, f));
        Set<String> citePaths = run.citations(site, views);
        writeOthers(site, plan, sink, diagnostics);
        memo.retain(plan.jobs(), plan.feeds(), citePaths);
        int pages = (int) plan.jobs().stream().filter(j -> j.file().endsWith(".html")).count();
        return new Result(pages, run.rendered.get(), index != last && index.patched);
    }

    /**
     * The preview's quick render: the same plan as {@link #run}, but pages, feeds and citation downloads are made when
     * the server is asked for them, with the same views and templates (so with the same bytes); the other files go to
     * {@code sink} as in a full build. The templates the plan uses are compiled, and their errors reported, now.
     * {@code memo} is only read (its compiled templates): the full build that follows brings it up to date. {@code links}
     * gives the link graph, which the site may not hold yet (planning needs none of it; a page waits for it).
     */
    public static PagesOnDemand onDemand(Site site, java.util.function.Supplier<hub.model.LinkGraph> links, Memo memo, FileSink sink,
                                         Diagnostics diagnostics) {
        DocumentIndex index = memo.index(site);
        Views views = new Views(site, links, index);
        Templates templates = memo.current(site.config());
        templates.reportLeaving(diagnostics);
        PageJobs.Plan plan = memo.plan(site, views, index);
        OnDemand pages = new OnDemand(site, views, templates, memo.targets(site, plan));
        Run check = new Run(templates, views, null, new Memo(), sink, diagnostics);
        check.reportMissing(plan);
        java.util.Set<String> compiled = new java.util.HashSet<>();
        for (List<String> list : plan.firstJobOfTemplates().keySet()) {
            String template = templates.first(list);
            if (template != null && compiled.add(template)) templates.reportCompileErrors(template, diagnostics);
        }
        writeOthers(site, plan, sink, diagnostics);
        return pages;
    }

    /**
     * Makes ahead what {@link #onDemand} takes from {@code memo} for a site with these taxonomies and addresses: the
     * documents' index, the page plan and the paths it can make. They read only configuration and front matter, so a
     * quick build makes them on the other core while the Markdown stage runs (after a date or term edit they are a
     * third of a save at 10,000 documents). {@code site} need not hold renderings or a link graph.
     */
    public static void planAhead(Site site, Memo memo, FrontMatterEdit edit) {
        DocumentIndex index = memo.index(site, edit);
        PageJobs.Plan plan = memo.plan(site, new Views(site, () -> null, index), index);
        memo.targets(site, plan);
    }

    /**
     * What a quick build knows of its front matter, for {@link #planAhead}: the loaded documents it was made from
     * ({@code to}, the list itself), and when it knows them, the documents of the build before ({@code from}) and the keys
     * of those whose front matter changed since (null when not known). The index of the last build is then patched
     * when it was made for {@code from}.
     */
    public record FrontMatterEdit(Object from, Object to, Set<String> keys) {
    }

    /** What a check can say of the templates without rendering a page: each one compiles. */
    public static void checkTemplates(SiteConfig config, Diagnostics diagnostics) {
        new Templates(config.templatesDir(), "templates").compileAll(diagnostics);
    }

    /** The files that are neither pages, feeds nor citation downloads: sitemap, robots.txt, redirects, static files, attachments. */
    private static void writeOthers(Site site, PageJobs.Plan plan, FileSink sink, Diagnostics diagnostics) {
        SiteConfig config = site.config();
        sink.write(text("sitemap.xml", plan.sitemapXml()));
        sink.write(text("robots.txt", Feeds.robots(config)));
        sink.write(text("_redirects", plan.redirects()));
        staticFiles(config, sink, diagnostics);
        attachments(site, plan.attached(), sink, diagnostics);
        bundleResources(site, plan.bundles(), sink, diagnostics);
    }

    /** A publication's citation downloads, made together (they share the page beside which they lie). */
    private record CiteFiles(String page, hub.model.Document doc) {
    }

    /** The site's bibliography in each format. */
    private static final Object BIBLIOGRAPHY = new Object();

    /**
     * Every file {@link #onDemand} can make, by path: a page {@link Job}, a {@link PageJobs.Feed}, a publication's
     * {@link CiteFiles} or the {@link #BIBLIOGRAPHY}. First come first served, as the sink's claim is in a full build
     * (which reports a second file on a path). Made from the plan and the front matter only, so kept with the plan.
     * A publication's citation files are found from its page's path when asked for: a map of their 30,000 paths at
     * 10,000 publications was a third of making these, on every save that changes front matter.
     */
    static final class Targets {
        private final Map<String, Object> byPath;
        private final Map<String, hub.model.Document> publicationsByPage;
        private final int pages;

        private Targets(Site site, PageJobs.Plan plan) {
            byPath = new java.util.HashMap<>((plan.jobs().size() + plan.feeds().size()) * 4 / 3 + 16); // sized once
            int html = 0;
            for (Job j : plan.jobs()) {
                String file = j.file();
                if (file.endsWith(".html")) html++;
                byPath.putIfAbsent(file, j);
            }
            pages = html;
            for (PageJobs.Feed f : plan.feeds()) byPath.putIfAbsent(f.path(), f);
            for (Cite.Format f : Cite.Format.values()) byPath.putIfAbsent(f.sitePath(), BIBLIOGRAPHY);
            List<hub.model.Document> publications = site.corpus().publications();
            publicationsByPage = new java.util.HashMap<>(publications.size() * 4 / 3 + 16);
            for (var d : publications) {
                String path = site.urls().pathOf(d.key());
                if (path != null) publicationsByPage.putIfAbsent(path, d);
            }
        }

        /** What makes {@code path}, or null. */
        Object get(String path) {
            Object target = byPath.get(path);
            if (target != null) return target;
            for (Cite.Format f : Cite.Format.values()) {
                String name = f.pathBeside("");
                if (!path.endsWith(name)) continue;
                String page = path.substring(0, path.length() - name.length());
                hub.model.Document d = publicationsByPage.get(page);
                return d == null ? null : new CiteFiles(page, d);
            }
            return null;
        }

        java.util.SortedSet<String> paths() {
            java.util.SortedSet<String> all = new java.util.TreeSet<>(byPath.keySet());
            for (String page : publicationsByPage.keySet()) for (Cite.Format f : Cite.Format.values()) all.add(f.pathBeside(page));
            return all;
        }
    }

    /**
     * {@link #onDemand}'s files: each path knows how it is made ({@link Targets}), and is made by the code a full build
     * runs ({@link Run}), with this build's views and an empty memo so nothing is kept, into a sink that holds what it
     * is given. Requests come from the server's threads, so all of it is shared.
     */
    private static final class OnDemand implements PagesOnDemand {
        private final Targets targets;
        private final Map<String, byte[]> made = new ConcurrentHashMap<>();
        private final Map<String, String> problems = new ConcurrentHashMap<>();
        private final Site site;
        private final Views views;
        private final Templates templates;
        private final SiteView siteView;

        OnDemand(Site site, Views views, Templates templates, Targets targets) {
            this.site = site;
            this.views = views;
            this.templates = templates;
            this.siteView = views.siteView();
            this.targets = targets;
        }

        @Override
        public int pages() {
            return targets.pages;
        }

        @Override
        public java.util.SortedSet<String> paths() {
            return targets.paths();
        }

        @Override
        public boolean has(String path) {
            return targets.get(path) != null;
        }

        @Override
        public byte[] get(String path) {
            byte[] done = made.get(path);
            Object target = targets.get(path);
            if (done != null || target == null) return done;
            Diagnostics diagnostics = new Diagnostics();
            FileSink holder = FileSink.keepingNothing(f -> made.putIfAbsent(f.path(), f.content()));
            Run run = new Run(templates, views, siteView, new Memo(), holder, diagnostics);
            if (target instanceof Job j) run.page(j);
            else if (target instanceof PageJobs.Feed f) run.feed(site.config(), views, f);
            else if (target instanceof CiteFiles c) run.citation(c.page(), views.publication(c.doc()));
            else run.bibliography(site, views);
            if (diagnostics.hasErrors()) problems.put(path, hub.diagnostic.DiagnosticFormat.text(diagnostics.sorted()));
            return made.get(path);
        }

        @Override
        public int made() {
            return made.size();
        }

        @Override
        public String problems(String path) {
            return problems.getOrDefault(path, "");
        }
    }

    /** One run's shared state: renders a page or feed, or keeps it when nothing it depends on changed. */
    private static final class Run {
        private final Templates templates;
        private final Views views;
        private final SiteView site;
        private final Memo memo;
        private final FileSink sink;
        private final Diagnostics diagnostics;
        private final Set<String> missing = ConcurrentHashMap.newKeySet();
        private final Map<List<String>, Hash> siteHashes = new ConcurrentHashMap<>();
        final AtomicInteger rendered = new AtomicInteger();

        Run(Templates templates, Views views, SiteView site, Memo memo, FileSink sink, Diagnostics diagnostics) {
            this.templates = templates;
            this.views = views;
            this.site = site;
            this.memo = memo;
            this.sink = sink;
            this.diagnostics = diagnostics;
        }

        void page(Job j) {
            String template = templates.first(j.templates());
            if (template == null) {
                reportMissing(j);
                return;
            }
            Map<String, Object> vars = j.variables().apply(views);
            Hash fingerprint = j.fingerprint(template, templates.closure(template), vars);
            Memo.Page before = memo.pages.get(j.path());
            if (before != null && before.fingerprint().equals(fingerprint) && siteHash(before.siteReads()).equals(before.siteHash())
                    && sink.keep(j.file(), j.origin())) {
                return;
            }
            Map<String, Object> ctx = new java.util.LinkedHashMap<>(vars);
            ctx.put("site", site);
            ctx.put("page", j.page());
            byte[][] html = new byte[1][];
            List<String> reads = SiteView.recording(() -> html[0] = templates.render(template, ctx, j.path(), diagnostics));
            if (html[0] == null) {
                memo.pages.remove(j.path());
                return;
            }
            rendered.incrementAndGet();
            sink.write(new OutputFile(j.file(), html[0], j.origin()));
            memo.pages.put(j.path(), new Memo.Page(fingerprint, memo.intern(reads), siteHash(reads)));
        }

        /** The hash of what pages that read {@code paths} of the site variable saw (one per distinct set of paths per run). */
        private Hash siteHash(List<String> paths) {
            return siteHashes.computeIfAbsent(paths, site::hashOf);
        }

        /**
         * Reports each missing template once, naming the first page of the plan that needs it: in plan order, before the
         * pages render in parallel (where the first page to find it missing would be any of them).
         */
        void reportMissing(PageJobs.Plan plan) {
            plan.firstJobOfTemplates().forEach((list, j) -> {
                if (templates.first(list) == null) reportMissing(j);
            });
        }

        void reportMissing(Job j) {
            String fallback = j.templates().get(j.templates().size() - 1);
            if (missing.add(fallback)) {
                diagnostics.error(SourceRef.file("templates/" + fallback), "missing template: needed for /" + j.path()
                                + (j.templates().size() > 1 ? " (looked for " + String.join(", ", j.templates()) + ")" : ""),
                        "add templates/" + fallback + " (docs/REFERENCE.md, section Templates, lists them and their variables)");
            }
        }

        /** An Atom feed, kept when its title, paths, configuration and entries are what they were. */
        void feed(SiteConfig config, Views views, PageJobs.Feed f) {
            List<ViewMap> entries = f.entries().stream().map(views::summary).toList();
            Hash fingerprint = new Hasher().string("atom").string(f.title()).string(f.path()).string(f.alternatePath())
                    .string(config.language()).string(config.baseUrl()).string(config.basePath()).string(config.title())
                    .value(entries).hash();
            Memo.Page before = memo.pages.get(f.path());
            if (before != null && before.fingerprint().equals(fingerprint) && sink.keep(f.path(), null)) return;
            sink.write(text(f.path(), Feeds.atom(config, f.title(), f.path(), f.alternatePath(), entries)));
            memo.pages.put(f.path(), new Memo.Page(fingerprint, List.of(), Hash.ZERO));
        }

        /**
         * The citation downloads: each publication's files beside its page, and the site's bibliography in each
         * format. They are many, so each set is kept, as a feed is, when what it is made from is what it was: the
         * publications (the formats read nothing else, {@link Cite}) and the paths. Making them again to compare
         * their bytes cost every preview save 30,000 strings at 10,000 publications. Returns the memo keys used.
         */
        Set<String> citations(Site site, Views views) {
            Map<String, Publication> byPath = new java.util.TreeMap<>();
            for (var d : site.corpus().publications()) {
                String path = site.urls().pathOf(d.key());
                if (path != null) byPath.put(path, views.publication(d));
            }
            // The bibliography (every publication in each format, a second at 10,000) is one task among the
            // publications' files, so it runs beside them instead of after them on one thread.
            List<Runnable> tasks = new java.util.ArrayList<>(byPath.size() + 1);
            tasks.add(() -> bibliography(byPath.values()));
            byPath.forEach((path, p) -> tasks.add(() -> citation(path, p)));
            Parallel.forEach(tasks, Runnable::run);
            Set<String> keys = new java.util.HashSet<>();
            byPath.keySet().forEach(p -> keys.add(p + Cite.FILE_STEM + ".*"));
            keys.add(Cite.SITE_STEM + ".*");
            return keys;
        }

        /** The site's bibliography in each format, made from all publications (as {@link #citations} finds them). */
        void bibliography(Site site, Views views) {
            List<Publication> all = new java.util.ArrayList<>();
            for (var d : site.corpus().publications()) if (site.urls().pathOf(d.key()) != null) all.add(views.publication(d));
            bibliography(all);
        }

        private void bibliography(java.util.Collection<Publication> publications) {
            List<Publication> all = new java.util.ArrayList<>(publications);
            all.sort(java.util.Comparator.comparing(Publication::key));
            Map<String, java.util.function.Supplier<String>> siteFiles = new java.util.LinkedHashMap<>();
            for (Cite.Format f : Cite.Format.values()) siteFiles.put(f.sitePath(), () -> f.write(all));
            keepOrWrite(Cite.SITE_STEM + ".*", new Hasher().value(all).hash(), siteFiles);
        }

        /** A publication's citation files beside its page at {@code path}. */
        void citation(String path, Publication p) {
            Map<String, java.util.function.Supplier<String>> files = new java.util.LinkedHashMap<>();
            for (Cite.Format f : Cite.Format.values()) files.put(f.pathBeside(path), () -> f.write(List.of(p)));
            keepOrWrite(path + Cite.FILE_STEM + ".*", new Hasher().value(p).hash(), files);
        }

        /**
         * Writes {@code files} (path to how its text is made), or keeps the previous build's when the hash of their
         * paths and {@code source}, remembered under {@code key}, is unchanged.
         */
        private void keepOrWrite(String key, Hash source, Map<String, java.util.function.Supplier<String>> files) {
            Hash fingerprint = new Hasher().string("cite").value(new java.util.ArrayList<>(files.keySet())).hash(source).hash();
            Memo.Page before = memo.pages.get(key);
            if (before != null && before.fingerprint().equals(fingerprint) && sink.keepAll(files.keySet())) return;
            files.forEach((path, text) -> sink.write(text(path, text.get())));
            memo.pages.put(key, new Memo.Page(fingerprint, List.of(), Hash.ZERO));
        }
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * The attachments kept beside their documents under content/ (of the documents {@code attached}), each copied beside its page (those under static/
     * are copied with static/). A file that changed since the load stage hashed it is an error: the page states its size.
     */
    private static void attachments(Site site, List<String> attached, FileSink sink, Diagnostics diagnostics) {
        for (String key : attached) {
            hub.model.Document d = site.corpus().byKey().get(key); // this build's: its attachments' hashes are current
            String page = site.urls().pathOf(d.key());
            for (var a : d.attachments()) {
                if (!a.besidePage() || page == null) continue;
                try {
                    byte[] bytes = Files.readAllBytes(site.config().root().resolve(a.source()));
                    if (!new Hasher().bytes(bytes, 0, bytes.length).hash().equals(a.content())) {
                        diagnostics.error(a.ref(), "attachment '" + a.source() + "' changed while the site was being built", "build again");
                        continue;
                    }
                    sink.write(new OutputFile(a.sitePath(page), bytes, a.ref()));
                } catch (IOException e) {
                    diagnostics.error(a.ref(), "cannot read attachment '" + a.source() + "': " + e.getMessage(), null);
                }
            }
        }
    }

    /** The files of each page bundle (content/posts/hello/cover.png), copied beside its page (posts/hello/cover.png). */
    private static void bundleResources(Site site, List<String> bundles, FileSink sink, Diagnostics diagnostics) {
        for (String key : bundles) {
            hub.model.Document d = site.corpus().byKey().get(key);
            String page = site.urls().pathOf(d.key());
            if (page == null || !hub.model.Bundle.isPage(d.ref().path())) continue;
            String folder = hub.model.Bundle.folder(d.ref().path());
            try {
                for (String rel : hub.model.Bundle.resources(site.config().root(), d.ref().path())) {
                    if (rel.equals("index.html")) continue; // reported by the load stage
                    byte[] bytes = Files.readAllBytes(site.config().root().resolve(folder + rel));
                    sink.write(new OutputFile(page + rel, bytes, SourceRef.file(folder + rel)));
                }
            } catch (IOException e) {
                diagnostics.error(d.ref(), "cannot read the files of the bundle " + folder + ": " + e.getMessage(), null);
            }
        }
    }

    /** The files under static/, copied as they are; a symbolic link that leads outside the site is an error, never copied. */
    private static void staticFiles(SiteConfig config, FileSink sink, Diagnostics diagnostics) {
        Path dir = config.staticDir();
        try {
            SiteFiles.Listing listing = SiteFiles.list(dir, config.root());
            for (Path link : listing.leaving()) {
                diagnostics.error(SourceRef.file(SiteFiles.relative(link, config.root())), SiteFiles.leavingMessage(link, config.root()),
                        SiteFiles.LEAVING_HINT);
            }
            for (Path p : listing.files()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                sink.write(new OutputFile(rel, Files.readAllBytes(p), SourceRef.file("static/" + rel)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the render stage remembers between builds: the compiled templates (while no template changes) and,
     * per page and feed, its fingerprint and what it read of the site variable. Kept in memory by the preview
     * and written into the work folder between builds ({@link #write}, {@link #read}).
     */
    public static final class Memo {
        private static final String VERSION = "hub render memo 1";

        /** A page as last rendered: its fingerprint, the site-variable paths it read and their hash. */
        record Page(Hash fingerprint, List<String> siteReads, Hash siteHash) {
        }

        private final Map<String, Page> pages = new ConcurrentHashMap<>();
        private final Map<List<String>, List<String>> interned = new ConcurrentHashMap<>();
        private Templates templates;
        private volatile DocumentIndex index;
        private volatile PlanFor plan;

        /** A plan with the index it was made with, and the paths of what it can make on demand (made when first asked). */
        private record PlanFor(DocumentIndex index, PageJobs.Plan plan, java.util.concurrent.atomic.AtomicReference<Targets> targets) {
        }

        private Templates templates(SiteConfig config) {
            templates = current(config);
            return templates;
        }

        /** The compiled templates while no template file changed, else a fresh set (not remembered). */
        private Templates current(SiteConfig config) {
            Templates fresh = new Templates(config.templatesDir(), "templates");
            return templates == null || !templates.all().equals(fresh.all()) ? fresh : templates;
        }

        /**
         * The plan of pages for {@code site}: the last one when it was made with the same {@code index} (so from the same
         * front matter, taxonomies, addresses and configuration: {@link DocumentIndex#of}), else a new one.
         */
        private PageJobs.Plan plan(Site site, Views views, DocumentIndex index) {
            PlanFor p = plan;
            if (p == null || p.index() != index) {
                p = new PlanFor(index, PageJobs.plan(site, views, p == null ? null : p.plan()), new java.util.concurrent.atomic.AtomicReference<>());
                plan = p;
            }
            return p.plan();
        }

        /** The {@link Targets} of the plan {@link #plan} gave, made once per plan. */
        private Targets targets(Site site, PageJobs.Plan forPlan) {
            PlanFor p = plan;
            if (p == null || p.plan() != forPlan) return new Targets(site, forPlan);
            return p.targets().updateAndGet(t -> t != null ? t : new Targets(site, forPlan));
        }

        /** The documents' index for {@code site}: the last one when its inputs are the same ({@link DocumentIndex#of}). */
        private DocumentIndex index(Site site) {
            return index(site, null);
        }

        /** The same, patched from the last one when {@code edit} says what changed since it (see {@link DocumentIndex#of}). */
        private DocumentIndex index(Site site, FrontMatterEdit edit) {
            DocumentIndex i = DocumentIndex.of(site, index, edit);
            index = i;
            return i;
        }

        private List<String> intern(List<String> reads) {
            return interned.computeIfAbsent(reads, r -> r);
        }

        /** Forgets pages and feeds the site no longer has. */
        private void retain(List<Job> jobs, List<PageJobs.Feed> feeds, Set<String> others) {
            Set<String> live = new java.util.HashSet<>(others);
            jobs.forEach(j -> live.add(j.path()));
            feeds.forEach(f -> live.add(f.path()));
            pages.keySet().retainAll(live);
        }

        /** A copy to run a build on: the copy replaces the original only when the build succeeds. */
        public Memo copy() {
            Memo m = new Memo();
            m.pages.putAll(pages);
            m.interned.putAll(interned);
            m.templates = templates;
            m.index = index;
            m.plan = plan;
            return m;
        }

        /** How many pages and feeds it remembers. */
        public int size() {
            return pages.size();
        }

        /** The memo as text: a version line, then per page "path TAB fingerprint TAB site hash TAB read paths". */
        public byte[] write() {
            StringBuilder sb = new StringBuilder(VERSION).append('\n');
            for (String path : hub.parallel.Parallel.sortedKeys(pages)) {
                Page p = pages.get(path);
                sb.append(path).append('\t').append(p.fingerprint().hex()).append('\t')
                        .append(p.siteHash().hex()).append('\t').append(String.join(" ", p.siteReads())).append('\n');
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** A memo read back from {@link #write}'s bytes; an empty one when they are not from this version (or are damaged). */
        public static Memo read(byte[] bytes) {
            Memo m = new Memo();
            if (bytes == null) return m;
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            if (lines.length == 0 || !lines[0].equals(VERSION)) return m;
            try {
                for (int i = 1; i < lines.length; i++) {
                    String[] f = lines[i].split("\t", -1);
                    List<String> reads = f[3].isEmpty() ? List.of() : List.of(f[3].split(" "));
                    m.pages.put(f[0], new Page(Hash.parse(f[1]), m.intern(reads), Hash.parse(f[2])));
                }
            } catch (RuntimeException e) {
                return new Memo();
            }
            return m;
        }
    }
}
