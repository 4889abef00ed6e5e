package hub.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What a build is asked to do. {@code out} null means check only (nothing written).
 * {@code today} decides which future-dated documents are left out; {@code baseUrl} overrides
 * site-config.yml (preview deployments under a sub-path).
 */
public record BuildOptions(Path config, Path out, boolean drafts, boolean future, LocalDate today, String baseUrl,
                           boolean strict, Consumer<String> progress, PreviewCache cache) {
    public BuildOptions(Path config, Path out, boolean drafts, boolean future, LocalDate today, String baseUrl,
                        boolean strict, Consumer<String> progress) {
        this(config, out, drafts, future, today, baseUrl, strict, progress, null);
    }

    /** The same build, keeping stage results in {@code c} between runs (the preview server). */
    public BuildOptions withCache(PreviewCache c) {
        return new BuildOptions(config, out, drafts, future, today, baseUrl, strict, progress, c);
    }

    public static BuildOptions check(Path config) {
        return new BuildOptions(config, null, false, false, LocalDate.now(), null, false, s -> { });
    }

    public static BuildOptions build(Path config, Path out) {
        return new BuildOptions(config, out, false, false, LocalDate.now(), null, false, s -> { });
    }

    public BuildOptions withOut(Path o) {
        return new BuildOptions(config, o, drafts, future, today, baseUrl, strict, progress, cache);
    }
}
