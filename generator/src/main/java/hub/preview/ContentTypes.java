package hub.preview;

import java.util.Locale;
import java.util.Map;

/** Content types for what a site holds. */
final class ContentTypes {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"),
            // Citation downloads (hub.render.cite): BibTeX is text, so it says its encoding; RIS and CSL-JSON are UTF-8 by definition.
            Map.entry("bib", "application/x-bibtex; charset=utf-8"), Map.entry("ris", "application/x-research-info-systems"));

    private ContentTypes() {
    }

    static String of(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, path.endsWith("_redirects") ? "text/plain; charset=utf-8" : "application/octet-stream");
    }
}
