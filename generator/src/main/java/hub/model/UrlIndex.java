package hub.model;

import java.util.Map;
import java.util.Optional;

/**
 * Where everything is published. Paths are relative to the site root with no leading slash and a
 * trailing slash for pages ({@code briefings/some-slug/}). {@code aliases} maps an alias path to
 * the key of the document it redirects to; {@code sources} maps a content file path
 * ({@code content/briefings/x.md}) to its document key; {@code pages} maps the path of every
 * generated page that is not a document (lists, term pages, the home page) to what it is.
 */
public record UrlIndex(Map<String, String> documents, Map<String, String> byPath, Map<String, String> aliases,
                       Map<String, String> sources, Map<String, String> pages) {
    public UrlIndex {
        documents = Map.copyOf(documents);
        byPath = Map.copyOf(byPath);
        aliases = Map.copyOf(aliases);
        sources = Map.copyOf(sources);
        pages = Map.copyOf(pages);
    }

    public String pathOf(String docKey) {
        return documents.get(docKey);
    }

    /** The document published at a path or redirected from it by an alias. */
    public Optional<String> documentAt(String path) {
        String p = normalise(path);
        String key = byPath.get(p);
        if (key == null) key = aliases.get(p);
        // A dotted slug ("v1.2-release") linked without its trailing slash reads as a file name: try it as a folder.
        if (key == null && !p.isEmpty() && !p.endsWith("/")) {
            key = byPath.get(p + "/");
            if (key == null) key = aliases.get(p + "/");
        }
        return Optional.ofNullable(key);
    }

    /** Lower-case-insensitive, slash-tolerant form of a site path: {@code /A/b} and {@code a/b/} are one path. */
    public static String normalise(String path) {
        String p = path.trim();
        int q = p.indexOf('?');
        if (q >= 0) p = p.substring(0, q);
        int slashes = 0;
        while (slashes < p.length() && p.charAt(slashes) == '/') slashes++;
        p = p.substring(slashes); // (a pattern compiled per call here was a twentieth of a preview save's garbage)
        if (p.endsWith("index.html")) p = p.substring(0, p.length() - "index.html".length());
        if (!p.isEmpty() && !p.endsWith("/") && !p.contains(".")) p = p + "/";
        return p.toLowerCase(java.util.Locale.ROOT);
    }
}
