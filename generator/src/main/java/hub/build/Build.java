package hub.build;

import hub.diagnostic.Diagnostics;
import hub.link.Links;
import hub.load.Load;
import hub.markdown.Markdown;
import hub.model.Corpus;
import hub.model.LinkGraph;
import hub.model.LinkResolver;
import hub.model.OutputFile;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.Taxonomies;
import hub.model.UrlIndex;
import hub.output.Output;
import hub.render.Render;
import hub.search.Search;
import hub.taxonomy.Taxonomize;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only code that knows the order of the stages. Each stage reports into one collector; the
 * build stops at the end of the first stage that found errors, so later stages never see bad input.
 */
public final class Build {
    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics(options.strict());
        Map<String, Integer> stats = new LinkedHashMap<>();
        // Wall time per stage (in the statistics, not the output): bench reports what links and search cost.
        long[] mark = {start};
        String[] current = {null};
        java.util.function.Consumer<String> stage = name -> {
            long now = System.nanoTime();
            if (current[0] != null) stats.put("ms " + current[0], (int) ((now - mark[0]) / 1_000_000));
            mark[0] = now;
            current[0] = name;
            options.progress().accept(name);
        };

        stage.accept("config");
        SiteConfig config = Load.config(options.config(), diagnostics);
        if (config == null || diagnostics.hasErrors()) return stop(2, diagnostics, null, start, stats);
        if (options.baseUrl() != null) {
            String url = options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
            String path;
            try {
                URI u = URI.create(url);
                path = u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath();
                if (!path.startsWith("/")) path = "/" + path;
            } catch (IllegalArgumentException e) {
                diagnostics.error(hub.model.SourceRef.file("--base-url"), "not a URL: " + options.baseUrl(), "e.g. --base-url https://example.org/preview/");
                return stop(2, diagnostics, null, start, stats);
            }
            config = config.withBaseUrl(url, path);
        }

        stage.accept("load");
        Corpus corpus = Load.content(config, new Load.Options(options.drafts(), options.future(), options.today()),
                options.cache() == null ? null : options.cache().load, diagnostics);
        stats.put("documents", corpus.documents().size());
        stats.put("publications", corpus.publications().size());
        if (diagnostics.hasErrors()) return stop(1, diagnostics, null, start, stats);
        if (options.cache() != null) {
            stage.accept("body-edit");
            BuildResult quick = BodyEdit.apply(options.cache(), config, corpus, diagnostics, stats);
            if (quick != null) {
                stage.accept("done");
                return new BuildResult(0, quick.diagnostics(), quick.site(), quick.files(), quick.pages(),
                        (System.nanoTime() - start) / 1_000_000, stats);
            }
        }
        int sinceLoad = diagnostics.mark();

        stage.accept("taxonomy");
        Taxonomies taxonomies = Taxonomize.run(corpus, diagnostics);
        if (diagnostics.hasErrors()) return stop(1, diagnostics, null, start, stats);

        stage.accept("urls");
        UrlIndex urls = Links.plan(corpus, taxonomies, diagnostics);
        if (diagnostics.hasErrors()) return stop(1, diagnostics, null, start, stats);

        stage.accept("markdown");
        int beforeMarkdown = diagnostics.mark();
        LinkResolver resolver = Links.resolver(corpus, urls);
        References refs = new References(corpus, taxonomies, urls);
        Map<String, RenderedDocument> rendered = options.cache() == null
                ? Markdown.render(corpus, resolver, refs::shortReference, refs::fullReference, diagnostics)
                : IncrementalMarkdown.render(options.cache(), corpus, IncrementalMarkdown.signature(config, urls), resolver, refs, true,
                        diagnostics);
        if (diagnostics.hasErrors()) return stop(1, diagnostics, null, start, stats);
        List<hub.diagnostic.Diagnostic> markdownFindings = diagnostics.since(beforeMarkdown);

        stage.accept("links");
        LinkGraph graph = Links.graph(rendered, diagnostics);
        stats.put("internal_links", graph.resolvedLinks());
        stats.put("internal_citations", graph.resolvedCitations());
        stats.put("aliases", urls.aliases().size());
        stats.put("footnotes", rendered.values().stream().mapToInt(r -> r.footnotes().size()).sum());
        if (diagnostics.hasErrors()) return stop(1, diagnostics, null, start, stats);

        stage.accept("search");
        // One Lucene index serves search and related publications.
        // The work directory sits beside the output folder (public/ -> .hub/), never inside the published site.
        java.nio.file.Path workDir = options.out() == null ? null : options.out().toAbsolutePath().getParent().resolve(".hub");
        PreviewCache cache = options.cache();
        Site site;
        List<OutputFile> searchFiles = List.of();
        if (cache != null && cache.related != null) {
            // The preview after its first build: related lists and the search index depend on every
            // text in the corpus (BM25 statistics, similarity), so one save changes most of them and
            // there is no cheap partial update to wait for. The pages are built with the last exact
            // lists; PreviewServer recomputes both in the background and rebuilds if the lists changed.
            cache.relatedExact = cache.refreshed;
            cache.refreshed = false;
            site = new Site(corpus, taxonomies, urls, rendered, graph, cache.related);
        } else {
            Search.Indexed indexed = Search.index(new Site(corpus, taxonomies, urls, rendered, graph, Map.of()), workDir, true,
                    diagnostics, stats);
            site = new Site(corpus, taxonomies, urls, rendered, graph, indexed.related());
            if (cache == null) {
                searchFiles = indexed.files();
            } else {
                cache.related = site.related();
                cache.relatedExact = true;
                cache.useSearchFiles(indexed.files());
            }
        }
        if (diagnostics.hasErrors()) return stop(1, diagnostics, site, start, stats);

        stage.accept("render");
        List<OutputFile> files = new java.util.ArrayList<>(Render.run(site, options.cache() == null ? null : options.cache().render, diagnostics));
        files.addAll(searchFiles);
        if (diagnostics.hasErrors()) return stop(1, diagnostics, site, start, stats);
        Map<String, byte[]> planned = Output.plan(files, diagnostics);
        if (planned == null) return stop(1, diagnostics, site, start, stats);
        int pages = (int) planned.keySet().stream().filter(p -> p.endsWith(".html")).count();
        stats.put("pages", pages);

        if (options.out() != null) {
            stage.accept("write");
            try {
                Output.write(planned, options.out());
            } catch (IOException e) {
                diagnostics.error(hub.model.SourceRef.file(options.out().toString()), "cannot write the site: " + e.getMessage(),
                        "check that the folder is writable; the previous output was left as it was");
                return stop(3, diagnostics, site, start, stats);
            }
        }
        if (options.cache() != null) {
            // What a later save that changes only Markdown bodies can start from (BodyEdit): every
            // finding of the stages it skips, i.e. all but those of load and markdown, which it redoes.
            List<hub.diagnostic.Diagnostic> skipped = new java.util.ArrayList<>(diagnostics.since(sinceLoad));
            skipped.removeAll(markdownFindings);
            options.cache().previous = new PreviewCache.Previous(config, corpus, site, planned, pages, skipped, resolver, refs,
                    IncrementalMarkdown.signature(config, urls));
        }
        stage.accept("done");
        return new BuildResult(0, diagnostics.sorted(), site, planned, pages, (System.nanoTime() - start) / 1_000_000, stats);
    }

    private static BuildResult stop(int code, Diagnostics diagnostics, Site site, long start, Map<String, Integer> stats) {
        return new BuildResult(code, diagnostics.sorted(), site, Map.of(), 0, (System.nanoTime() - start) / 1_000_000, stats);
    }
}
