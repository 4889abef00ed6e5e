package hub.build;

import hub.support.Sites;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The architecture's rule, enforced on the source: stages never import each other, each library
 * stays in its stage, and only build (and the drivers above it) knows the stages. The foundation
 * packages {@code text} (escaping, slugs, JSON strings, base URLs), {@code memo} (hashes) and {@code parallel} (work
 * over a list on every core) depend on nothing and everyone may use them.
 */
class PackageRulesTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("memo", Set.of()),
            Map.entry("parallel", Set.of()),
            Map.entry("model", Set.of("memo", "text")),
            Map.entry("diagnostic", Set.of("model", "text")),
            Map.entry("load", Set.of("memo", "model", "diagnostic", "text", "parallel")),
            Map.entry("taxonomy", Set.of("memo", "model", "diagnostic", "text", "parallel")),
            Map.entry("link", Set.of("memo", "model", "diagnostic", "text", "parallel")),
            Map.entry("markdown", Set.of("memo", "model", "diagnostic", "text", "parallel")),
            Map.entry("search", Set.of("memo", "model", "diagnostic", "text", "parallel")),
            Map.entry("render", Set.of("memo", "model", "diagnostic", "text", "parallel")),
            Map.entry("output", Set.of("memo", "model", "diagnostic", "text", "parallel")),
            Map.entry("build", Set.of("memo", "model", "diagnostic", "text", "parallel", "load", "taxonomy", "link", "markdown", "search", "render", "output")));
    private static final Map<String, String> LIBRARIES = Map.of(
            "com.vladsch.flexmark", "markdown",
            "io.pebbletemplates", "render",
            "org.apache.lucene", "search",
            "com.fasterxml.jackson", "load",
            // PDF attachments are read where their front matter is checked, so a damaged or encrypted PDF is a
            // content error at the attachment's line in hub check too, and their text is in the Document.
            "org.apache.pdfbox", "load",
            "org.owasp.html", "markdown",
            "picocli", "cli");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
    private static final Pattern QUALIFIED = Pattern.compile("\\bhub\\.(\\w+)\\.[A-Z]");

    @Test
    void stagesOnlyDependOnWhatTheArchitectureAllows() throws IOException {
        Path src = Sites.repositoryRoot().resolve("generator/src/main/java/hub");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = src.relativize(f).getName(0).toString();
                String text = Files.readString(f);
                List<String> refs = new ArrayList<>();
                Matcher m = IMPORT.matcher(text);
                while (m.find()) refs.add(m.group(1));
                Matcher q = QUALIFIED.matcher(text);
                while (q.find()) refs.add("hub." + q.group(1) + ".X");
                for (String ref : refs) {
                    if (ref.startsWith("hub.")) {
                        String target = ref.split("\\.")[1];
                        if (target.equals(pkg)) continue;
                        Set<String> allowed = ALLOWED.get(pkg);
                        if (allowed != null && !allowed.contains(target)) violations.add(f.getFileName() + " (" + pkg + ") uses hub." + target);
                        // Drivers reach the stages through build only (search queries too: their types are in model).
                        Set<String> driver = pkg.equals("cli") ? Set.of("build", "model", "diagnostic", "text", "preview") : Set.of("build", "model", "diagnostic", "text");
                        if (allowed == null && !driver.contains(target)) {
                            violations.add(f.getFileName() + " (" + pkg + ") is a driver and may use only " + driver + ", not hub." + target);
                        }
                    }
                    for (var lib : LIBRARIES.entrySet()) {
                        if (ref.startsWith(lib.getKey()) && !lib.getValue().equals(pkg)) {
                            violations.add(f.getFileName() + " (" + pkg + ") imports " + lib.getKey() + ", which belongs to " + lib.getValue());
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void eachStageHasOnePublicEntryClass() throws IOException {
        Path src = Sites.repositoryRoot().resolve("generator/src/main/java/hub");
        List<String> problems = new ArrayList<>();
        for (String stage : List.of("load", "taxonomy", "link", "markdown", "search", "render", "output")) {
            List<String> publicTypes = new ArrayList<>();
            try (Stream<Path> files = Files.list(src.resolve(stage))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (Pattern.compile("(?m)^public (final )?(class|record|interface|enum)").matcher(Files.readString(f)).find()) {
                        publicTypes.add(f.getFileName().toString());
                    }
                }
            }
            if (publicTypes.size() != 1) problems.add(stage + " has public types " + publicTypes);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
