package hub.link;

import hub.diagnostic.Suggest;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.LinkResolver;
import hub.model.LinkTarget;
import hub.model.SiteConfig;
import hub.model.UrlIndex;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the four ways an editor writes an internal link: a relative path to a content file,
 * a site path, a citation key, and a URL on a legacy host that matches an alias. Anything else
 * with a scheme is external and left alone.
 */
final class Resolver implements LinkResolver {
    private final SiteConfig config;
    private final UrlIndex urls;
    private final Map<String, Document> byKey;
    private final CitationKeys citationKeys;
    private final String siteHost;

    Resolver(Corpus corpus, UrlIndex urls) {
        this.config = corpus.config();
        this.urls = urls;
        this.byKey = corpus.byKey();
        this.citationKeys = new CitationKeys(corpus);
        String host;
        try {
            host = URI.create(config.baseUrl()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        this.siteHost = host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    @Override
    public LinkTarget citation(String fromKey, String key) {
        String k = key.strip();
        String target = citationKeys.documentKey(k);
        if (target == null) {
            return LinkTarget.unresolved("@" + k, citationKeys.nearest(k).map(c -> "did you mean [@" + c + "]?")
                    .orElse("cite a document by its slug, e.g. [@" + citationKeys.example() + "]"));
        }
        return document(target, null);
    }

    @Override
    public LinkTarget link(String fromKey, String destination) {
        String dest = destination.strip();
        if (dest.isEmpty()) return LinkTarget.unresolved(dest, "write a target between the brackets");
        if (dest.startsWith("#")) return document(fromKey, decode(dest.substring(1)));
        if (dest.startsWith("@")) return citation(fromKey, dest.substring(1));
        String lower = dest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
            return absolute(dest);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) return LinkTarget.external(dest);
        String fragment = null;
        int hash = dest.indexOf('#');
        String path = dest;
        if (hash >= 0) {
            fragment = decode(dest.substring(hash + 1));
            path = dest.substring(0, hash);
        }
        path = decode(path);
        if (path.endsWith(".md")) return sourceFile(fromKey, path, fragment, dest);
        if (path.startsWith("/")) return sitePath(path, fragment, dest);
        // A relative URL path: resolve it against the linking page's own URL.
        String base = urls.pathOf(fromKey);
        String joined = URI.create("/" + (base == null ? "" : base)).resolve(path.replace(" ", "%20")).getPath();
        return sitePath(joined, fragment, dest);
    }

    private LinkTarget absolute(String dest) {
        URI u;
        try {
            u = URI.create(dest.startsWith("//") ? "http:" + dest : dest);
        } catch (IllegalArgumentException e) {
            return LinkTarget.external(dest);
        }
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        boolean legacy = config.legacyHosts().contains(host);
        if (!legacy && !host.equals(siteHost)) return LinkTarget.external(dest);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : decode(u.getRawPath());
        if (host.equals(siteHost) && path.startsWith(config.basePath())) path = "/" + path.substring(config.basePath().length());
        String fragment = u.getRawFragment() == null ? null : decode(u.getRawFragment());
        LinkTarget t = sitePath(path, fragment, dest);
        if (t.kind() == LinkTarget.Kind.UNRESOLVED && legacy) {
            return LinkTarget.unresolved(dest, "no document has the alias " + UrlIndex.normalise(path).replaceAll("^", "/")
                    + nearestAlias(path) + "; add it to the cited document's aliases");
        }
        return t;
    }

    private String nearestAlias(String path) {
        String n = UrlIndex.normalise(path);
        return Suggest.nearest(n, urls.aliases().keySet()).map(a -> " (nearest alias: /" + a + ")").orElse("");
    }

    private LinkTarget sitePath(String path, String fragment, String raw) {
        String n = UrlIndex.normalise(path);
        Optional<String> key = urls.documentAt(n);
        if (key.isPresent()) return document(key.get(), fragment);
        if (urls.pages().containsKey(n)) return new LinkTarget(LinkTarget.Kind.PAGE, null, fragment, url(n, fragment), null);
        // A static file (PDF, image) under static/ is a fine target too.
        String rel = path.replaceAll("^/+", "");
        if (!rel.isEmpty() && !rel.contains("..") && Files.isRegularFile(config.staticDir().resolve(rel))) {
            return new LinkTarget(LinkTarget.Kind.PAGE, null, fragment, url(rel, fragment), null);
        }
        List<String> all = new java.util.ArrayList<>(urls.byPath().keySet());
        all.addAll(urls.pages().keySet());
        String hint = Suggest.nearest(n, all).map(p -> "did you mean /" + p + "?").orElse("no page is published at /" + n);
        return LinkTarget.unresolved(raw, hint);
    }

    private LinkTarget sourceFile(String fromKey, String path, String fragment, String raw) {
        Document from = byKey.get(fromKey);
        Path fromFile = Path.of(from == null ? "content/x.md" : from.ref().path());
        Path target = path.startsWith("/") ? Path.of("content" + path) : fromFile.resolveSibling(path);
        String normal = target.normalize().toString().replace('\\', '/');
        String key = urls.sources().get(normal);
        if (key == null) {
            String hint = Suggest.nearest(normal, urls.sources().keySet()).map(s -> "did you mean " + relative(fromFile, s) + "?")
                    .orElse("no content file " + normal);
            return LinkTarget.unresolved(raw, hint);
        }
        return document(key, fragment);
    }

    private static String relative(Path from, String to) {
        return from.getParent().relativize(Path.of(to)).toString().replace('\\', '/');
    }

    private LinkTarget document(String key, String fragment) {
        String path = urls.pathOf(key);
        if (path == null) return LinkTarget.unresolved(key, null);
        return new LinkTarget(LinkTarget.Kind.DOCUMENT, key, fragment, url(path, fragment), null);
    }

    private String url(String path, String fragment) {
        return config.basePath() + path + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
