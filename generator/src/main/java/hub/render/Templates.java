package hub.render;

import hub.diagnostic.Diagnostics;
import hub.model.SourceRef;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble, configured once: strict variables (a typo in a template is an error, not an empty
 * string), autoescaping on, templates loaded from templates/ only. Failures become diagnostics at
 * the template's file and line.
 */
final class Templates {
    private final PebbleEngine engine;
    private final Path dir;
    private final String displayDir;
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    /** A compiled template, or the diagnostics of why it does not compile. */
    private record Compiled(PebbleTemplate template, List<hub.diagnostic.Diagnostic> errors) {
    }

    Templates(Path dir, String displayDir) {
        this.dir = dir;
        this.displayDir = displayDir;
        FileLoader loader = new FileLoader(dir.toAbsolutePath().toString());
        loader.setSuffix("");
        this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).autoEscaping(true)
                .extension(new TemplateFilters())
                .newLineTrimming(true).cacheActive(true).build();
    }

    boolean exists(String name) {
        return Files.isRegularFile(dir.resolve(name));
    }

    /** The first of the candidate templates that exists, or null. */
    String first(List<String> candidates) {
        for (String c : candidates) if (exists(c)) return c;
        return null;
    }

    /**
     * Renders a template, or reports the failure into {@code diagnostics} and returns null. A
     * template that does not compile is reported on every call, so a preview that keeps this
     * object between builds reports it again until the file is fixed.
     */
    String render(String name, Map<String, Object> context, String outputPath, Diagnostics diagnostics) {
        Compiled t = cache.computeIfAbsent(name, n -> {
            try {
                return new Compiled(engine.getTemplate(n), null);
            } catch (PebbleException e) {
                Diagnostics own = new Diagnostics();
                report(e, n, null, own);
                return new Compiled(null, own.sorted());
            }
        });
        if (t.template() == null) {
            t.errors().forEach(diagnostics::add);
            return null;
        }
        StringWriter out = new StringWriter();
        try {
            t.template().evaluate(out, context);
            return out.toString();
        } catch (PebbleException e) {
            report(e, name, outputPath, diagnostics);
            return null;
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourceRef.file(displayDir + "/" + name).at(1, 1), "template failed while rendering /" + outputPath + ": " + e, null);
            return null;
        }
    }

    private void report(PebbleException e, String name, String outputPath, Diagnostics diagnostics) {
        String file = e.getFileName() == null ? name : Path.of(e.getFileName()).getFileName().toString();
        // Pebble reports the absolute path of the template; show it relative to the site root.
        String rel = e.getFileName() != null && Path.of(e.getFileName()).startsWith(dir.toAbsolutePath())
                ? dir.toAbsolutePath().relativize(Path.of(e.getFileName())).toString().replace('\\', '/') : file;
        int line = e.getLineNumber() == null ? 1 : Math.max(1, e.getLineNumber());
        String msg = e.getPebbleMessage() == null ? e.getMessage() : e.getPebbleMessage();
        String hint = msg != null && msg.contains("does not exist") ? "strict variables are on: test optional values with 'is not null' or use '| default(...)'" : null;
        diagnostics.error(new SourceRef(displayDir + "/" + rel, line, 1), "template error: " + msg, hint);
    }
}
