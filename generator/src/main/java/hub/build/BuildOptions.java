package hub.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What a build is asked to do. {@code out} is the site's folder; null builds in memory (the preview, tests).
 * {@code check} validates and stops before the search index and pages (what {@code hub check} does).
 * {@code today} decides which future-dated documents are left out; {@code baseUrl} overrides site-config.yml
 * (preview deployments under a sub-path). {@code state} carries what earlier builds of the same site left
 * (null: a build starts from what the work folder holds, or from nothing in memory); {@code staleSearch} lets a
 * build take the last search index and related lists even when its inputs changed (the preview, which then
 * refreshes them with another build). {@code pagesOnDemand} makes pages, feeds and citation downloads only when
 * {@link BuildResult#onDemand} is asked for them (the preview's quick builds; needs {@code state}): the build's other
 * stages and files are as usual, and the build leaves the render memo and files of the last full build in the state.
 */
public record BuildOptions(Path config, Path out, boolean drafts, boolean future, LocalDate today, String baseUrl,
                           boolean strict, Consumer<String> progress, boolean check, BuildState state, boolean staleSearch,
                           boolean pagesOnDemand) {
    public BuildOptions(Path config, Path out, boolean drafts, boolean future, LocalDate today, String baseUrl,
                        boolean strict, Consumer<String> progress) {
        this(config, out, drafts, future, today, baseUrl, strict, progress, false, null, false, false);
    }

    public static BuildOptions check(Path config) {
        return new BuildOptions(config, null, false, false, LocalDate.now(), null, false, s -> { }).checkOnly();
    }

    public static BuildOptions build(Path config, Path out) {
        return new BuildOptions(config, out, false, false, LocalDate.now(), null, false, s -> { });
    }

    /** The same options for a check: validate, render nothing, write nothing. */
    public BuildOptions checkOnly() {
        return new BuildOptions(config, null, drafts, future, today, baseUrl, strict, progress, true, state, staleSearch, false);
    }

    public BuildOptions withOut(Path o) {
        return new BuildOptions(config, o, drafts, future, today, baseUrl, strict, progress, check, state, staleSearch, pagesOnDemand);
    }

    /** The same build, starting from and updating {@code s} (the preview keeps one between its builds). */
    public BuildOptions withState(BuildState s, boolean stale) {
        return new BuildOptions(config, out, drafts, future, today, baseUrl, strict, progress, check, s, stale, false);
    }

    /** The same build, making pages only when asked for ({@link BuildResult#onDemand}); only for a build with a state. */
    public BuildOptions withPagesOnDemand() {
        return new BuildOptions(config, out, drafts, future, today, baseUrl, strict, progress, check, state, staleSearch, true);
    }

    /**
     * The work folder: beside the site's folder, never inside the published site. A check has no site folder: it
     * reads (never writes) the work folder of a default build, beside the configuration.
     */
    public Path workDir() {
        if (out != null) return workDirOf(out);
        return check ? config.toAbsolutePath().normalize().getParent().resolve(".hub") : null;
    }

    /**
     * The work folder of a build into {@code out}: {@code .hub/} beside {@code public/}, and {@code .hub-NAME/} beside any
     * other folder {@code NAME} ({@code --out dist/site} -> {@code dist/.hub-site/}), so two sites built into sibling
     * folders never share (and overwrite) one search index. The build prints it when it is not {@code .hub/}.
     */
    public static Path workDirOf(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getParent() == null) return abs.resolve(".hub"); // "/" is refused by the output stage
        String name = abs.getFileName().toString();
        return abs.getParent().resolve(name.equals("public") ? ".hub" : ".hub-" + name);
    }
}
