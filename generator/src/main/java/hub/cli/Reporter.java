package hub.cli;

import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Prints diagnostics, the one-line summary, and (on a terminal, after a second) progress. */
final class Reporter implements AutoCloseable {
    private final PrintWriter err;
    private final boolean tty;
    private final AtomicReference<String> stage = new AtomicReference<>("starting");
    private final ScheduledExecutorService ticker;
    private volatile boolean shown;

    Reporter(PrintWriter err) {
        this.err = err;
        this.tty = System.console() != null && System.getenv("CI") == null;
        if (tty) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hub-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 1000, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    Consumer<String> progress() {
        return stage::set;
    }

    private synchronized void tick() {
        shown = true;
        err.print("\r\033[K  " + stage.get() + "...");
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    static void report(BuildResult r, SiteOptions o, PrintWriter out, PrintWriter err, String verb) {
        String diagnostics = DiagnosticFormat.format(r.diagnostics(), o.format);
        if (o.format == DiagnosticFormat.Style.JSON) out.print(diagnostics);
        else err.print(diagnostics);
        if (o.verbose) {
            for (Map.Entry<String, Integer> e : r.stats().entrySet()) err.println("  " + e.getKey().replace('_', ' ') + ": " + e.getValue());
        }
        if (r.stats().containsKey("internal_citations")) {
            err.printf("hub: %d documents; %d internal links and %d citations resolved; %d footnotes; %d aliases%n",
                    r.stats().get("documents"), r.stats().get("internal_links"), r.stats().get("internal_citations"),
                    r.stats().get("footnotes"), r.stats().get("aliases"));
        }
        // Not a warning (a publication scheduled for later is normal), but never silent.
        java.util.List<String> future = r.site() == null ? java.util.List.of() : r.site().corpus().future();
        if (!future.isEmpty()) {
            err.printf("hub: note: left out %d document%s dated after today: %s%n  hint: --future (or future: true in site-config.yml) publishes %s%n",
                    future.size(), future.size() == 1 ? "" : "s", String.join(", ", future.size() > 5 ? future.subList(0, 5) : future)
                            + (future.size() > 5 ? ", ..." : ""), future.size() == 1 ? "it" : "them");
        }
        String what = "checked".equals(verb) ? r.stats().getOrDefault("documents", 0) + " documents" : r.pages() + " pages";
        String summary = String.format("hub: %s %s in %d ms: %d error%s, %d warning%s", verb, what, r.millis(),
                r.errors(), r.errors() == 1 ? "" : "s", r.warnings(), r.warnings() == 1 ? "" : "s");
        if (r.exitCode() != 0 && "built".equals(verb)) summary += " (nothing written; the previous output is unchanged)";
        err.println(summary);
        err.flush();
        out.flush();
    }
}
