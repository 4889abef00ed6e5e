package hub.load;

import hub.diagnostic.Diagnostics;
import hub.model.HugoSite;
import hub.model.SourceRef;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads what {@code hub import hugo} needs of a Hugo site ({@link HugoSite}): its configuration (hugo.toml,
 * hugo.yaml, hugo.json or the older config.* names, as Hugo looks for them) with keys in lower case (Hugo's keys are
 * case-insensitive), the folders under content/ (its sections, or its languages' content folders), and the site's
 * own shortcodes (layouts/shortcodes/*.html).
 */
final class HugoSiteReader {
    private HugoSiteReader() {
    }

    static final List<String> CONFIG_NAMES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    /** Reads the Hugo site in {@code dir}; null (with diagnostics) when there is none or its configuration is unreadable. */
    static HugoSite read(Path dir, Diagnostics diagnostics) {
        Path file = CONFIG_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
        if (file == null) {
            diagnostics.error(SourceRef.file(dir.toString()), "no Hugo configuration in " + dir,
                    "a Hugo site has one of " + String.join(", ", CONFIG_NAMES) + " at its top");
            return null;
        }
        String name = file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > Load.MAX_CONFIG_BYTES) {
                diagnostics.error(SourceRef.file(name).at(1, 1), "file is too large for a configuration", null);
                return null;
            }
            text = SourceText.decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceRef.file(name).at(1, 1), "configuration is not valid UTF-8", "save it as UTF-8");
            return null;
        } catch (IOException e) {
            diagnostics.error(SourceRef.file(name), "cannot read the configuration: " + e.getMessage(), null);
            return null;
        }
        Map<String, Object> config;
        try {
            if (name.endsWith(".toml")) {
                config = TomlReader.read(text);
            } else {
                YNode doc = new YamlReader(0).read(text);
                if (doc.kind != YNode.Kind.MAP) {
                    diagnostics.error(SourceRef.file(name).at(doc.line, doc.col), "a Hugo configuration is a map of settings", "title: My blog");
                    return null;
                }
                @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) doc.plain();
                config = m;
            }
        } catch (TomlReader.TomlError e) {
            diagnostics.error(SourceRef.file(name).at(e.line, e.col), e.getMessage(), "Hugo reads this file as TOML");
            return null;
        } catch (YamlReader.YamlError e) {
            diagnostics.error(SourceRef.file(name).at(e.line, e.col), e.getMessage(), e.hint);
            return null;
        }
        return new HugoSite(dir, name, lowerKeys(config), folders(dir.resolve("content")), shortcodes(dir.resolve("layouts/shortcodes")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lowerKeys(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v instanceof Map<?, ?> child ? lowerKeys((Map<String, Object>) child)
                : v instanceof List<?> l ? l.stream().map(x -> x instanceof Map<?, ?> c ? lowerKeys((Map<String, Object>) c) : x).toList() : v));
        return out;
    }

    private static List<String> folders(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> shortcodes(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
                    .forEach(n -> out.add(n.substring(0, n.length() - ".html".length())));
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }
}
