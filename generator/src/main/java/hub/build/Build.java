package hub.build;

import hub.diagnostic.Diagnostics;
import hub.link.Links;
import hub.load.Load;
import hub.markdown.Markdown;
import hub.memo.Hash;
import hub.model.Corpus;
import hub.model.LinkGraph;
import hub.model.LinkResolver;
import hub.model.OutputFile;
import hub.model.RenderedDocument;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.SourceRef;
import hub.model.Succession;
import hub.model.Taxonomies;
import hub.model.UrlIndex;
import hub.output.Output;
import hub.render.Render;
import hub.search.Search;
import hub.taxonomy.Taxonomize;
import hub.text.BaseUrl;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The only code that knows the order of the stages. Each stage reports into one collector; the checking stages go
 * on past content errors (see {@code linked}), and no stage that makes files runs after any, so they never see bad
 * input. Every build runs the same
 * way; what an earlier build left ({@link BuildState}, or the work folder's memos) only lets stages skip work
 * whose inputs did not change, so a build equals a clean build byte for byte.
 */
public final class Build {
    /**
     * Above this much HTML (characters, about bytes), a one-shot build keeps rendered documents on disk, not in memory
     * (the system property hub.readBackAbove sets it: tests build small sites this way).
     */
    private static final long READ_BACK_ABOVE = Long.getLong("hub.readBackAbove", 128L << 20);
    private static final String RENDER_MEMO = "cache/render.tsv", SEARCH_MEMO = "cache/search.tsv", MARKDOWN_MEMO = "cache/markdown.bin",
            PDF_TEXT_MEMO = "cache/pdf-text.tsv";

    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        return new Run(options).run();
    }

    /** One build: the stages in order, timed. */
    private static final class Run {
        private final BuildOptions options;
        private final BuildState state;
        private final Diagnostics diagnostics;
        private final Map<String, Integer> stats = new LinkedHashMap<>();
        private final long start = System.nanoTime();
        private long mark = start;
        private String current;
        private boolean markdownWritten;
        /** The rendered documents as later stages read them: from the memo file, for a large site (null: in memory). */
        private Map<String, RenderedDocument> renderedForLater;
        private Markdown.ReadBack readBack;
        /** A quick build's link graph, made while its pages are planned (null: made in the links stage). */
        private java.util.concurrent.CompletableFuture<LinkGraph> pendingGraph;
        /** A quick build's page plan being made ahead (Render.planAhead), or null. */
        private java.util.concurrent.CompletableFuture<Void> planAhead;
        /** Which documents' front matter changed since the last build kept in the state (null: no state). */
        private Render.FrontMatterEdit frontMatterEdit;

        Run(BuildOptions options) {
            this.options = options;
            this.state = options.state() != null ? options.state() : new BuildState();
            this.diagnostics = new Diagnostics(options.strict());
            // A build that is not handed a state starts from what the last build left in the work folder (a check
            // reads it too, and writes nothing).
            if (options.state() == null) {
                state.markdown = Markdown.Memo.read(Output.openWork(options.workDir(), MARKDOWN_MEMO));
                state.pdfTexts = Load.PdfTexts.read(readAll(Output.openWork(options.workDir(), PDF_TEXT_MEMO)));
            }
        }

        /** The bytes of a work file opened with {@link Output#openWork}, or null when it is absent or unreadable. */
        private static byte[] readAll(java.io.InputStream in) {
            if (in == null) return null;
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }

        /** Ends the stage running (its wall time goes into the statistics) and starts {@code name}. */
        private void stage(String name) {
            long now = System.nanoTime();
            if (current != null) stats.put("ms " + current, (int) ((now - mark) / 1_000_000));
            mark = now;
            current = name;
            options.progress().accept(name);
        }

        BuildResult run() {
            if (options.check()) {
                Site linked = linked(null);
                if (linked == null || diagnostics.hasErrors()) return stop(exitCode(), linked, Map.of());
                stage("templates");
                Render.checkTemplates(linked.config(), diagnostics);
                return stop(diagnostics.hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK, linked, Map.of());
            }
            Output.Staged out;
            try {
                out = options.out() == null ? Output.memory(state.files, diagnostics)
                        : Output.directory(options.out(), options.workDir(), options.config().toAbsolutePath().getParent(), diagnostics);
            } catch (Output.Refused e) {
                diagnostics.error(SourceRef.file(options.out().toString()), e.getMessage(), e.hint());
                return stop(ExitCode.USAGE, null, Map.of());
            } catch (IOException e) {
                // A folder that cannot be written (read-only, no such disk) is a problem with where to build, as --out is.
                diagnostics.error(SourceRef.file(options.out().toString()), "cannot write the site: " + describe(e),
                        "check that the folder is writable; the previous output was left as it was");
                return stop(ExitCode.USAGE, null, Map.of());
            }
            try (out; Closer closer = new Closer()) {
                Site linked = linked(out);
                if (linked == null || diagnostics.hasErrors()) return stop(exitCode(), linked == null ? null : graphFor(linked), Map.of());
                return output(linked, out);
            } catch (IOException e) {
                diagnostics.error(SourceRef.file(String.valueOf(options.out())), "cannot write the site: " + describe(e),
                        "check that the disk has room and the folder is writable; the previous output was left as it was");
                return stop(ExitCode.USAGE, null, Map.of());
            }
        }

        /** Closes the read-back memo (if any) when the build is done, before the staged trees are removed or swapped. */
        private final class Closer implements AutoCloseable {
            @Override
            public void close() throws IOException {
                if (readBack != null) readBack.close();
            }
        }

        /** An I/O failure as a sentence: Java's message for a denied permission is only the path. */
        private static String describe(IOException e) {
            return e instanceof java.nio.file.AccessDeniedException ? "permission denied: " + e.getMessage() : String.valueOf(e.getMessage());
        }

        /** Exit code of a build that stopped: usage (2) for configuration errors, else content errors (1). */
        private ExitCode exitCode() {
            return "config".equals(current) ? ExitCode.USAGE : ExitCode.CONTENT_ERRORS;
        }

        /**
         * The stages up to the link graph: the site with every document's body rendered and every link checked,
         * without related lists; null when a stage found errors. Its documents no longer hold their Markdown
         * (no later stage reads it), and nothing else made here outlives this method.
         * <p>
         * A content error does not stop these stages: a file that does not load is left out (and links to it are not
         * reported again), an unknown term or a broken footnote leaves the rest checkable, so one run reports every
         * independent problem and an editor fixes them in one pass. Only what makes later checks meaningless stops
         * early: the configuration, no document at all, or two documents at one address (every link would be
         * ambiguous). Nothing is written after any error.
         */
        private Site linked(Output.Staged out) {
            stage("config");
            SiteConfig config = config();
            if (config == null) return null;
            stage("load");
            int loadMark = diagnostics.mark();
            // Only a build that hands its state on (the preview) remembers files: a one-shot build would keep every body.
            Corpus corpus = Load.content(config, new Load.Options(options.drafts(), options.future(), options.today()),
                    options.state() == null ? null : state.load, state.pdfTexts, diagnostics);
            stats.put("pdf_parsed", state.pdfTexts.parsed());
            stats.put("documents", corpus.documents().size());
            stats.put("publications", corpus.publications().size());
            java.util.Set<String> unloaded = new java.util.TreeSet<>();
            for (hub.diagnostic.Diagnostic d : diagnostics.since(loadMark)) if (d.isError()) unloaded.add(d.ref().path());
            if (!unloaded.isEmpty() && corpus.documents().isEmpty()) return null;
            stage("taxonomy");
            // The preview's last build, when only bodies changed since: its taxonomies, addresses and succession hold.
            FrontMatterMemo last = options.state() != null ? state.frontMatter : null;
            java.util.Map<String, Taxonomize.Part> parts = new java.util.HashMap<>(); // filled when the taxonomies are made
            // Which documents' front matter changed since it (null: not known, or too many to be worth listing).
            FrontMatterMemo.Change change = last == null ? null : last.changedSince(config, corpus.documents());
            java.util.Set<String> frontMatterChanged = change == null ? null : change.keys();
            FrontMatterMemo before = change != null && change.keys().isEmpty() ? last : null;
            stats.put("front_matter_same", before != null ? 1 : 0);
            stats.put("taxonomies_kept", change != null && change.taxonomiesHold() ? 1 : 0);
            // An edit that leaves every term as it was (a date, a title) keeps the taxonomies, and one that keeps every
            // address too keeps those: a save at 10,000 documents spent 40 ms on each.
            // (Kept in a new object when the front matter changed: later stages take the same object to mean "no front
            // matter changed", and the documents' lists follow dates and titles.)
            FrontMatterMemo.Made<Taxonomies> taxonomies = FrontMatterMemo.Made.of(before != null ? before.taxonomies
                            : change != null && change.taxonomiesHold() ? last.taxonomies.rewrapped(t -> new Taxonomies(t.taxonomies(), t.assignments())) : null,
                    diagnostics, () -> Taxonomize.run(corpus, diagnostics, id -> change == null ? null : change.kept(last, id), parts));
            stage("urls");
            long errors = diagnostics.errorCount();
            if (last != null && !parts.isEmpty()) stats.put("taxonomies_kept_of", (int) parts.entrySet().stream().filter(e -> last.parts.get(e.getKey()) == e.getValue()).count());
            boolean addressesHold = before == null && last != null && last.addressesHold(change, taxonomies.value());
            stats.put("addresses_kept", addressesHold ? 1 : 0);
            FrontMatterMemo.Made<UrlIndex> urlsMade = FrontMatterMemo.Made.of(before != null ? before.urls
                            : addressesHold ? last.urls.rewrapped(u -> new UrlIndex(u.documents(), u.byPath(), u.aliases(), u.sources(), u.pages()))
                            : null,
                    diagnostics, () -> Links.plan(corpus, taxonomies.value(), diagnostics));
            UrlIndex urls = urlsMade.value();
            if (diagnostics.errorCount() > errors) return null;
            // Which publication replaces which: a wrong superseded_by is reported here, and the rest still checked.
            FrontMatterMemo.Made<Succession> successionMade = FrontMatterMemo.Made.of(before == null ? null : before.succession, diagnostics,
                    () -> Links.succession(corpus, diagnostics));
            Succession succession = successionMade.value();
            // What the render stage may patch its last index of documents with (the preview and tests keep a state).
            if (options.state() != null) {
                frontMatterEdit = new Render.FrontMatterEdit(last == null ? null : last.documents(), corpus.documents(),
                        change == null ? null : change.keys());
            }
            // Its documents without their Markdown: no later stage reads it (made once, for the plan and the site).
            Corpus bodiless = corpus.withoutBodies();
            if (options.pagesOnDemand() && options.out() == null && options.state() != null) {
                // The page plan reads only what is known by now: made on its own thread while the documents render.
                Site planned = new Site(bodiless, taxonomies.value(), urls, Map.of(), null, Map.of());
                Render.FrontMatterEdit edit = frontMatterEdit;
                planAhead = java.util.concurrent.CompletableFuture.runAsync(() -> Render.planAhead(planned, state.render, edit), runnable -> {
                    Thread t = new Thread(runnable, "hub plan");
                    t.setDaemon(true);
                    t.start();
                });
            }
            stage("markdown");
            LinkResolver resolver = Links.resolver(corpus, urls);
            References refs = new References(corpus, taxonomies.value(), urls);
            // A one-shot build writes the Markdown memo as the documents are rendered, and lets it go: no later stage reads
            // its questions and answers, and a large site's documents are read back from it when a page or the index needs
            // one (see Markdown.Spill).
            Markdown.Spill spill;
            try {
                spill = out != null && options.state() == null
                        ? new Markdown.Spill(out.workStream(MARKDOWN_MEMO), out.workPath(MARKDOWN_MEMO) != null ? READ_BACK_ABOVE : Long.MAX_VALUE)
                        : null;
            } catch (IOException e) {
                return cannotWriteWork(e);
            }
            Map<String, RenderedDocument> rendered;
            try {
                rendered = Markdown.render(corpus, resolver,
                        new Markdown.References(refs::shortReference, refs::fullReference), state.markdown,
                        options.check() ? Markdown.Purpose.CHECK : Markdown.Purpose.PAGES,
                        before != null ? java.util.Set.of() : addressesHold ? change.keys() : null, spill, diagnostics);
            } catch (RuntimeException | Error e) {
                if (spill != null) spill.abandon();
                if (e instanceof java.io.UncheckedIOException io) return cannotWriteWork(io.getCause());
                throw e;
            }
            // Kept as it is while the front matter is the same: the object itself tells the link graph's memo so.
            if (options.state() != null && before == null) state.frontMatter = new FrontMatterMemo(config, corpus.documents(), taxonomies, urlsMade, successionMade,
                    parts.isEmpty() && last != null && change != null && change.taxonomiesHold() ? last.parts : parts);
            Links.FrontMatter frontMatter = new Links.FrontMatter(options.state() != null ? state.frontMatter : null, last, frontMatterChanged);
            stats.put("markdown_rendered", state.markdown.lastRendered());
            if (diagnostics.hasErrors()) {
                if (spill != null) spill.abandon();
                // Nothing will be written: check the links, then stop.
                Links.graph(rendered, corpus, succession, unloaded, diagnostics);
                return null;
            }
            if (spill != null) {
                try {
                    Markdown.Written written = spill.finish();
                    if (spill.readBack()) {
                        // A large site: its documents are read back from the memo when a page or the index needs one.
                        readBack = Markdown.readBack(out.workPath(MARKDOWN_MEMO), written);
                        renderedForLater = readBack;
                        stats.put("markdown_read_back", 1);
                    }
                } catch (IOException e) {
                    return cannotWriteWork(e);
                }
                state.markdown = new Markdown.Memo();
                markdownWritten = true;
            }
            stage("links");
            stats.put("aliases", urls.aliases().size());
            stats.put("footnotes", rendered.values().stream().mapToInt(r -> r.footnotes().size()).sum());
            Map<String, RenderedDocument> later = renderedForLater != null ? renderedForLater : rendered;
            if (options.pagesOnDemand() && options.out() == null && options.staleSearch() && state.search != null) {
                // A quick build that keeps the search index needs the graph only for the pages it makes on demand: it is
                // made on another core while the pages are planned (graphFor waits for it before the build ends).
                pendingGraph = java.util.concurrent.CompletableFuture.supplyAsync(() -> Links.graph(state.links, frontMatter, rendered, corpus, succession,
                        unloaded, diagnostics));
                return new Site(bodiless, taxonomies.value(), urls, later, null, Map.of());
            }
            // A build that hands its state on updates the graph of the last one for the documents that changed.
            LinkGraph graph = options.state() != null ? Links.graph(state.links, frontMatter, rendered, corpus, succession, unloaded, diagnostics)
                    : Links.graph(rendered, corpus, succession, unloaded, diagnostics);
            return withGraph(new Site(bodiless, taxonomies.value(), urls, later, null, Map.of()), graph);
        }

        /** Reports that the Markdown memo could not be written; returns null (the build stops). */
        private Site cannotWriteWork(IOException e) {
            diagnostics.error(SourceRef.file(".hub/" + MARKDOWN_MEMO), "cannot write the work folder: " + e.getMessage(),
                    "check that the disk has room and the folder is writable");
            return null;
        }

        /** {@code site} with its link graph, counted in the statistics. */
        private Site withGraph(Site site, LinkGraph graph) {
            stats.put("internal_links", graph.resolvedLinks());
            if (options.state() != null) stats.put("graph_checked", state.links.checked());
            stats.put("internal_citations", graph.resolvedCitations());
            return new Site(site.corpus(), site.taxonomies(), site.urls(), site.rendered(), graph, site.related());
        }

        /** The link graph being made on another core (a quick build's), waited for; its failure is this thread's. */
        private LinkGraph pendingGraph() {
            try {
                return pendingGraph.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }

        /** {@code site} with its graph: a quick build's, once made; a site that has one already, as it is. */
        private Site graphFor(Site site) {
            return site.links() != null ? site : withGraph(site, pendingGraph());
        }

        /** The configuration, with --base-url applied; null when it cannot be used (reported). */
        private SiteConfig config() {
            SiteConfig config = Load.config(options.config(), diagnostics);
            if (config == null || diagnostics.hasErrors()) return null;
            // A site written for publishing (not the preview, not a check) under an example address would give feeds,
            // the sitemap and canonical links that point nowhere: say so where base_url is written.
            if (options.baseUrl() == null && options.out() != null && options.state() == null && !options.check()) {
                Load.warnExampleBaseUrl(config, diagnostics);
            }
            if (options.baseUrl() == null) return config;
            try {
                BaseUrl base = BaseUrl.parse(options.baseUrl());
                return config.withBaseUrl(base.url(), base.path());
            } catch (BaseUrl.Invalid e) {
                diagnostics.error(SourceRef.file("--base-url"), e.describe("--base-url"), BaseUrl.HINT);
                return null;
            }
        }

        /** The stages that make files: search, render, then the swap of the staged trees. */
        private BuildResult output(Site linked, Output.Staged out) throws IOException {
            awaitPlan();
            try {
                // A quick build with pages on demand only reads the memo (its compiled templates): no copy to fill.
                Render.Memo renderMemo = options.pagesOnDemand() && options.out() == null ? state.render
                        : options.state() != null ? state.render.copy() : Render.Memo.read(out.previousWork(RENDER_MEMO));
                Search.Memo searchMemo = options.state() != null ? state.search : Search.Memo.read(out.previousWork(SEARCH_MEMO));
                stage("search");
                Search.Memo search = search(linked, searchMemo, out);
                if (search == null || diagnostics.hasErrors()) return stop(ExitCode.CONTENT_ERRORS, linked, Map.of());
                Site site = new Site(linked.corpus(), linked.taxonomies(), linked.urls(), linked.rendered(), linked.links(), search.related());
                stage("render");
                if (options.pagesOnDemand() && options.out() == null) return onDemand(site, renderMemo, out);
                site = graphFor(site);
                Render.Result result = Render.run(site, renderMemo, out.site(), diagnostics, frontMatterEdit);
                stats.put("pages", result.pages());
                stats.put("rendered", result.rendered());
                stats.put("index_patched", result.indexPatched() ? 1 : 0);
                if (diagnostics.hasErrors()) return stop(ExitCode.CONTENT_ERRORS, site, Map.of());
                stage("write");
                if (options.out() != null) {
                    // The memos the next run starts from. A build in memory (the preview, tests) keeps them in its
                    // state instead: serialising them (every document's HTML) on each save cost the preview seconds.
                    out.work().write(new OutputFile(RENDER_MEMO, renderMemo.write(), null));
                    out.work().write(new OutputFile(SEARCH_MEMO, search.write(), null));
                    out.work().write(new OutputFile(PDF_TEXT_MEMO, state.pdfTexts.write(), null));
                    if (!markdownWritten) state.markdown.write(out.workStream(MARKDOWN_MEMO));
                }
                out.commit();
                stats.put("written", out.written());
                stats.put("kept", out.kept());
                Map<String, byte[]> files = out instanceof Output.Memory m ? m.files() : Map.of();
                state.render = renderMemo;
                state.search = search;
                state.pdfTexts = state.pdfTexts.next();
                // Looked up by path only (a build keeps the files it did not change from it): hashed, not sorted.
                state.files = new java.util.HashMap<>(files);
                state.lastRenderedPages = result.rendered();
                stage("done");
                return new BuildResult(ExitCode.OK.code(), diagnostics.sorted(), site, files, result.pages(), millis(), stats);
            } catch (IOException e) {
                diagnostics.error(SourceRef.file(String.valueOf(options.out())), "cannot write the site: " + describe(e),
                        "check that the disk has room and the folder is writable; the previous output was left as it was");
                return stop(ExitCode.USAGE, linked, Map.of());
            }
        }

        /**
         * The preview's quick build: pages, feeds and citation downloads are made when the server is asked for them, the
         * other files now. The render memo and files in the state stay those of the last full build, which the next full
         * build starts from (the memo describes those files).
         */
        private BuildResult onDemand(Site planned, Render.Memo renderMemo, Output.Staged out) throws IOException {
            hub.model.PagesOnDemand pages = Render.onDemand(planned, () -> planned.links() != null ? planned.links() : pendingGraph(), renderMemo,
                    out.site(), diagnostics);
            Site site = graphFor(planned);
            if (diagnostics.hasErrors()) return stop(ExitCode.CONTENT_ERRORS, site, Map.of());
            stage("write");
            out.commit();
            stats.put("pages", pages.pages());
            // The server looks files up by path: not sorted (a quick build keeps 40,000 search index files at 10,000 documents).
            Map<String, byte[]> files = out instanceof Output.Memory m ? m.filesUnsorted() : Map.of();
            state.pdfTexts = state.pdfTexts.next();
            stage("done");
            return new BuildResult(ExitCode.OK.code(), diagnostics.sorted(), site, files, pages.pages(), millis(), stats, pages);
        }

        /**
         * The search stage, or what the last build left of it when its inputs are the same (or, for the preview's
         * quick builds, whatever they are): the previous static index files and work folder are kept.
         */
        private Search.Memo search(Site site, Search.Memo memo, Output.Staged out) throws IOException {
            if (options.pagesOnDemand() && options.staleSearch() && memo != null && keep(memo, out)) {
                // A quick build takes the index as it is without hashing the site to ask: the full build after it does.
                state.searchCurrent = false;
                stats.put("search_kept", 1);
                return memo;
            }
            site = graphFor(site);
            Hash fingerprint = Search.fingerprint(site);
            boolean same = memo != null && memo.fingerprint().equals(fingerprint);
            if (memo != null && (same || options.staleSearch()) && keep(memo, out)) {
                state.searchCurrent = same;
                stats.put("search_kept", 1);
                return memo;
            }
            java.nio.file.Path lucene = out.workFolder(Search.LUCENE_FOLDER);
            Search.Indexed indexed = Search.index(site, new Search.Target(out.site(), out.work(), lucene), fingerprint, diagnostics, stats);
            if (indexed == null) return null;
            state.searchCurrent = true;
            return new Search.Memo(fingerprint, indexed.related(), indexed.files());
        }

        /** Keeps the previous build's static index files and search work folder; false when any is missing. */
        private boolean keep(Search.Memo memo, Output.Staged out) {
            if (options.out() != null && !out.keepWorkFolder(Search.FOLDER)) return false;
            return out.site().keepAll(memo.files());
        }

        private long millis() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        /**
         * Waits for the plan made ahead, if any. Its failure is not reported here: the render stage then makes the plan
         * itself and meets the same fault where a full build would.
         */
        private void awaitPlan() {
            if (planAhead == null) return;
            try {
                planAhead.join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // (see above)
            }
            planAhead = null;
        }

        private BuildResult stop(ExitCode code, Site site, Map<String, byte[]> files) {
            awaitPlan(); // nothing of a build may still run when it returns: the next one reads the same memo
            // A graph still being made reports into the diagnostics: every way out waits for it (and its failure is ours).
            if (site != null && site.links() == null && pendingGraph != null) site = graphFor(site);
            else if (pendingGraph != null) pendingGraph();
            stage("done");
            return new BuildResult(code.code(), diagnostics.sorted(), site, files, 0, millis(), stats);
        }
    }
}
