package hub.render;

import hub.diagnostic.Diagnostics;
import hub.memo.Hash;
import hub.memo.Hasher;
import hub.model.SiteFiles;
import hub.model.SourceRef;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pebble, configured once: strict variables (a typo in a template is an error, not an empty string),
 * autoescaping on, templates loaded from templates/ only. Failures become diagnostics at the template's
 * file and line. Also knows, for each template, the templates it reads ({@code extends}, {@code include},
 * {@code import}, {@code from}: its closure) and their hash, which is what a page's fingerprint counts of
 * the templates: an edit of one partial re-renders the pages whose templates include it, not every page.
 */
final class Templates {
    /** A template's references to other templates, by name: written as string literals, which is what we can follow. */
    private static final Pattern REFERENCE = Pattern.compile("\\{%-?\\s*(?:extends|include|import|from)\\s+(\"([^\"]*)\"|'([^']*)'|\\S+)");

    private final PebbleEngine engine;
    private final Path dir;
    private final String displayDir;
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();
    /** Template name to its source hash; every template file, read once. */
    private final Map<String, Hash> sources = new TreeMap<>();
    /** Template name to the names it references (null: a reference we cannot follow, so it may read any template). */
    private final Map<String, Set<String>> references = new TreeMap<>();
    private final Map<String, Hash> closures = new ConcurrentHashMap<>();
    private final Hash all;
    /** Symbolic links under templates/ that lead outside the site: errors, and never read. */
    private final List<Path> leaving;

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
        Hasher everything = new Hasher();
        SiteFiles.Listing listing = files(dir);
        this.leaving = listing.leaving();
        for (Path p : leaving) everything.string("leaving").string(p.toString());
        for (Path p : listing.files()) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            try {
                byte[] bytes = Files.readAllBytes(p);
                sources.put(name, Hash.of(bytes));
                references.put(name, referencesIn(new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                sources.put(name, new Hasher().string("unreadable").string(e.toString()).hash());
                references.put(name, null);
            }
            everything.string(name).hash(sources.get(name));
        }
        this.all = everything.hash();
    }

    /** The template files; the site's folder is the one templates/ is in. */
    private static SiteFiles.Listing files(Path dir) {
        try {
            return SiteFiles.list(dir, dir.toAbsolutePath().normalize().getParent());
        } catch (IOException e) {
            return new SiteFiles.Listing(List.of(), List.of());
        }
    }

    /** Reports the symbolic links under templates/ that lead outside the site (a build with any stops before writing). */
    void reportLeaving(Diagnostics diagnostics) {
        Path root = dir.toAbsolutePath().normalize().getParent();
        for (Path link : leaving) diagnostics.error(SourceRef.file(SiteFiles.relative(link, root)), SiteFiles.leavingMessage(link, root), SiteFiles.LEAVING_HINT);
    }

    private static Set<String> referencesIn(String source) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(source);
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3);
            if (name == null) return null; // a variable or expression: any template may be read
            out.add(name);
        }
        return out;
    }

    /** The hash of every template file: a change anywhere under templates/ changes it. */
    Hash all() {
        return all;
    }

    /**
     * The hash of what rendering {@code name} reads: the template and, following its references, every
     * template it extends, includes or imports (all templates, when a reference is not a plain name).
     */
    Hash closure(String name) {
        return closures.computeIfAbsent(name, n -> {
            Set<String> seen = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(n));
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (!seen.add(t)) continue;
                if (!references.containsKey(t)) continue; // missing: Pebble reports it when rendering
                Set<String> refs = references.get(t);
                if (refs == null) return all;
                todo.addAll(refs);
            }
            Hasher h = new Hasher();
            for (String t : seen) h.string(t).hash(sources.getOrDefault(t, Hash.ZERO));
            return h.hash();
        });
    }

    boolean exists(String name) {
        return sources.containsKey(name);
    }

    /** The first of the candidate templates that exists, or null. */
    String first(List<String> candidates) {
        for (String c : candidates) if (exists(c)) return c;
        return null;
    }

    /** Compiles every template, reporting those that do not compile (what a check can say without rendering). */
    void compileAll(Diagnostics diagnostics) {
        reportLeaving(diagnostics);
        for (String name : sources.keySet()) {
            if (!name.endsWith(".peb")) continue;
            Compiled t = compiled(name);
            if (t.template() == null) t.errors().forEach(diagnostics::add);
        }
    }

    /** Reports {@code name}'s compile errors, as rendering a page with it would (a quick build renders no page). */
    void reportCompileErrors(String name, Diagnostics diagnostics) {
        Compiled t = compiled(name);
        if (t.template() == null) t.errors().forEach(diagnostics::add);
    }

    private Compiled compiled(String name) {
        return cache.computeIfAbsent(name, n -> {
            try {
                return new Compiled(engine.getTemplate(n), null);
            } catch (PebbleException e) {
                Diagnostics own = new Diagnostics();
                report(e, n, null, own);
                return new Compiled(null, own.sorted());
            }
        });
    }

    /**
     * Renders a template into UTF-8 bytes, or reports the failure into {@code diagnostics} and returns null. A template that
     * does not compile is reported on every call, so a preview that keeps this object between builds
     * reports it again until the file is fixed.
     */
    byte[] render(String name, Map<String, Object> context, String outputPath, Diagnostics diagnostics) {
        Compiled t = compiled(name);
        if (t.template() == null) {
            t.errors().forEach(diagnostics::add);
            return null;
        }
        Utf8Writer out = new Utf8Writer(32 * 1024);
        try {
            t.template().evaluate(out, context);
            return out.toByteArray();
        } catch (PebbleException e) {
            report(e, name, outputPath, diagnostics);
            return null;
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourceRef.file(displayDir + "/" + name).at(1, 1), "template failed while rendering /" + outputPath + ": " + e, null);
            return null;
        } catch (StackOverflowError e) {
            // Includes, macros or extends that call themselves with nothing to stop them: Pebble recurses until the
            // stack runs out. Recursion with a stopping condition is legitimate, so this is found here, not when compiling.
            diagnostics.error(SourceRef.file(displayDir + "/" + name).at(1, 1), "template recursion never ends while rendering /" + outputPath,
                    "a template includes itself, directly or through another template or macro, with no condition that stops it");
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
        // Pebble names the Java class of a map it looked in: what a template sees is a map of the context.
        if (msg != null) msg = msg.replaceAll("of \\[(?:java\\.util|hub\\.\\w+)\\.[\\w$]+\\]", "of [map]");
        String hint = msg != null && msg.contains("does not exist") ? "strict variables are on: test optional values with 'is not null' or use '| default(...)'" : null;
        diagnostics.error(new SourceRef(displayDir + "/" + rel, line, 1), "template error: " + msg, hint);
    }
}
